/**
 * When an unpaid instalment's overdue notices are due: the owner at the due
 * time, then each escalation level its working time past it, in the
 * regulation's calendar; a watch that was down sends what it missed in order.
 *
 * @module
 */
import { describe, expect, it } from 'vitest';
import { dueNotices, overdueNotices } from '../../domain/overdue-notices.js';
import { DEFAULT_CALENDAR } from '../../rules/calendar.js';

// Friday 4 December 2026, 17:00 in Moscow (14:00 UTC): one working hour is left in the week.
const due = new Date('2026-12-04T14:00:00Z');
const chain = [
  { to: 'head' as const, after: 'PT2H' },
  { to: 'director' as const, after: 'P1D' },
];

describe('receivable notices', () => {
  it('should remind the owner at the due time and count escalations in working time past it', () => {
    const notices = overdueNotices(due, chain, DEFAULT_CALENDAR);
    expect(notices.map((n) => `${n.level}:${n.kind}:${n.to}@${n.at.toISOString()}`)).toEqual([
      '1:reminder:assignee@2026-12-04T14:00:00.000Z',
      // One hour on Friday, the second on Monday from 09:00 Moscow.
      '2:escalation:head@2026-12-07T07:00:00.000Z',
      // A working day (nine hours) past Friday 17:00: Monday 17:00 Moscow.
      '3:escalation:director@2026-12-07T14:00:00.000Z',
    ]);
  });

  it('should send what came due in order, once, and name the next instant', () => {
    const notices = overdueNotices(due, chain, DEFAULT_CALENDAR);
    expect(dueNotices(notices, 0, new Date('2026-12-03T00:00:00Z'))).toEqual({ send: [], nextAt: due });
    const monday = dueNotices(notices, 0, new Date('2026-12-07T08:00:00Z'));
    expect(monday.send.map((n) => n.level)).toEqual([1, 2]);
    expect(monday.nextAt).toEqual(new Date('2026-12-07T14:00:00Z'));
    // Level 2 already told: only the director is left.
    expect(dueNotices(notices, 2, new Date('2026-12-08T00:00:00Z'))).toEqual({ send: [notices[2]], nextAt: null });
  });
});
