/**
 * The first day of an absence and the return, decided purely: when the
 * absence starts and ends as instants in the person's zone, which of their
 * open tasks are handed over on the first day and to whom, and the words that
 * explain it. Deals stay with their owner; by default only tasks due during
 * the absence go to the deputy (or the head when none is named).
 *
 * @module
 */
import { zonedInstant } from './calendar.js';
import { describeAbsence, type Absence } from './people.js';

/** What happens to the absent person's open tasks on the first day. */
export type HandOverPolicy = 'stay' | 'deputy' | 'pool';
export const HAND_OVER_POLICIES: readonly HandOverPolicy[] = ['stay', 'deputy', 'pool'];

const localDate = (iso: string) => ({ y: +iso.slice(0, 4), m: +iso.slice(5, 7), d: +iso.slice(8, 10) });
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Midnight of the first day away and of the day after the last, in the person's zone (epoch ms). */
export function absenceWindow(a: Pick<Absence, 'from' | 'until'>, timezone: string) {
  return {
    startsAt: zonedInstant(localDate(a.from), 0, timezone),
    returnsAt: zonedInstant(localDate(dayAfter(a.until)), 0, timezone),
  };
}

export interface OpenTask {
  id: string;
  dueAt: string | null;
  /** The deal's regulation's queue (`assignment.fallback`): where `pool` sends it. */
  pool: string;
}

/**
 * Who takes each task on the first day, with the reason; tasks that stay are
 * left out. `deputy` and `pool` move only the tasks due before the return:
 * work due later waits for its owner.
 *
 * @example
 * handOver({ kind: 'vacation', from: '2026-12-07', until: '2026-12-14', deputy: 'ivan' }, 'deputy',
 *   { name: 'Olga', head: 'pavel', returnsAt }, tasks)
 * // → [{ taskId, to: 'ivan', reason: 'Olga is on vacation until 14.12; to the deputy ivan' }]
 */
export function handOver(
  absence: Absence,
  policy: HandOverPolicy,
  person: { name: string; head: string | null; returnsAt: number },
  tasks: OpenTask[],
): Array<{ taskId: string; to: string; reason: string }> {
  if (policy === 'stay') return [];
  const away = describeAbsence(person, absence);
  const due = tasks.filter((t) => t.dueAt !== null && Date.parse(t.dueAt) < person.returnsAt);
  if (policy === 'pool') return due.map((t) => ({ taskId: t.id, to: t.pool, reason: `${away}; back to ${t.pool}` }));
  const to = absence.deputy ?? person.head;
  if (!to) return [];
  const whom = absence.deputy ? `the deputy ${to}` : `the head ${to}`;
  return due.map((t) => ({ taskId: t.id, to, reason: `${away}; to ${whom}` }));
}
