import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absenceWindow, handOver, HAND_OVER_POLICIES, type OpenTask } from '../../rules/absence-handover.js';
import type { Absence } from '../../rules/people.js';

const vacation: Absence = { kind: 'vacation', from: '2026-12-07', until: '2026-12-14', deputy: 'ivan' };
const { startsAt, returnsAt } = absenceWindow(vacation, 'Europe/Moscow');
const olga = { name: 'Olga', head: 'pavel', returnsAt };
const tasks: OpenTask[] = [
  { id: 'd1:1:call', dueAt: '2026-12-10T07:00:00.000Z', pool: 'queue:sales' },
  { id: 'd2:1:visit', dueAt: '2026-12-20T07:00:00.000Z', pool: 'queue:sales' },
  { id: 'd3:1:note', dueAt: null, pool: 'queue:b2b' },
];

describe('an absence’s first day', () => {
  it('should start at midnight of the first day and end at midnight after the last, in the person’s zone', () => {
    expect(new Date(startsAt).toISOString()).toBe('2026-12-06T21:00:00.000Z');
    expect(new Date(returnsAt).toISOString()).toBe('2026-12-14T21:00:00.000Z');
  });

  it('should hand only the tasks due during the absence to the deputy, saying why', () => {
    expect(handOver(vacation, 'deputy', olga, tasks)).toEqual([
      { taskId: 'd1:1:call', to: 'ivan', reason: 'Olga is on vacation until 14.12; to the deputy ivan' },
    ]);
  });

  it('should hand them to the head when no deputy is named, to the queue for pool, and nowhere for stay', () => {
    const noDeputy = { ...vacation, deputy: null };
    expect(handOver(noDeputy, 'deputy', olga, tasks).map((m) => [m.to, m.reason])).toEqual([
      ['pavel', 'Olga is on vacation until 14.12; to the head pavel'],
    ]);
    expect(handOver(noDeputy, 'deputy', { ...olga, head: null }, tasks)).toEqual([]);
    expect(handOver(vacation, 'pool', olga, tasks).map((m) => m.to)).toEqual(['queue:sales']);
    expect(handOver(vacation, 'stay', olga, tasks)).toEqual([]);
  });

  it('should never move a task due after the return or without a due, nor to the absent person', () => {
    const task = fc.record({
      id: fc.string({ minLength: 1 }),
      dueAt: fc.option(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        { nil: null },
      ),
      pool: fc.constantFrom('queue:a', 'queue:b'),
    });
    fc.assert(
      fc.property(fc.array(task), fc.constantFrom(...HAND_OVER_POLICIES), fc.boolean(), (list, policy, deputy) => {
        const a = { ...vacation, deputy: deputy ? 'ivan' : null };
        const moves = handOver(a, policy, olga, list);
        const byId = new Map(list.map((t) => [t.id, t]));
        for (const m of moves) {
          const t = byId.get(m.taskId)!;
          expect(t.dueAt).not.toBeNull();
          expect(Date.parse(t.dueAt!)).toBeLessThan(returnsAt);
          expect(m.to).not.toBe('olga');
        }
        if (policy === 'stay') expect(moves).toEqual([]);
      }),
    );
  });
});
