/**
 * When the overdue notices of something watched outside a deal's workflow
 * (an unpaid instalment, a client's complaint past its SLA) are due, pure:
 * level 1 reminds the person responsible at the due time; level 1 + n tells
 * the regulation's escalation chain's step n, the step's `after` of working
 * time (in the regulation's calendar) past the due time, as a task's
 * escalation counts from its due time. Shared by the watches' activities.
 *
 * @module
 */
import type { EscalationStep } from '../regulation/types.js';
import { addWorkingDuration, type BusinessCalendar } from '../rules/calendar.js';

export interface OverdueNotice {
  level: number;
  /** `assignee` for the reminder; the chain's recipient for an escalation. */
  to: EscalationStep['to'];
  kind: 'reminder' | 'escalation';
  at: Date;
}

/** Every notice of an instalment due at `dueAt`, in order of level. */
export function overdueNotices(dueAt: Date, chain: EscalationStep[], calendar: BusinessCalendar): OverdueNotice[] {
  return [
    { level: 1, to: 'assignee', kind: 'reminder', at: dueAt },
    ...chain.map((step, i) => ({
      level: i + 2,
      to: step.to,
      kind: 'escalation' as const,
      at: addWorkingDuration(dueAt, step.after, calendar),
    })),
  ];
}

/**
 * What an instalment at notice level `level` needs at `now`: the notices come
 * due (oldest first: a watch that was down sends each once, in order) and the
 * instant of the next one (null when the chain is spent).
 *
 * @example
 * dueNotices(overdueNotices(due, chain, cal), 0, now) // → { send: [reminder], nextAt: first escalation }
 */
export function dueNotices(
  notices: OverdueNotice[],
  level: number,
  now: Date,
): { send: OverdueNotice[]; nextAt: Date | null } {
  const ahead = notices.filter((n) => n.level > level);
  const send = ahead.filter((n) => n.at.getTime() <= now.getTime());
  const next = ahead.find((n) => n.at.getTime() > now.getTime());
  return { send, nextAt: next ? next.at : null };
}
