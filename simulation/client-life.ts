/**
 * A client's life under a regulation, projected: the occurrences of every
 * recurring task of a stage between the stage entry and a horizon, with the
 * calendar's holidays and a pause applied, and the regulation the stage's
 * close would start next. The same `occurrenceAt` the deal workflow arms its
 * timers with, so the projection and a running deal agree instant for instant
 * (test/integration/recurring-tasks.test.ts checks it).
 *
 * @example
 * projectLife(retention, 'client', new Date('2027-01-01T06:00:00Z'), new Date('2027-12-31T21:00:00Z'));
 * // [{ at: '2027-01-11T06:00:00.000Z', task: 'quarterly_contact', n: 1, ... }, …]
 *
 * @module
 */
import { occurrencesBetween } from '../domain/recurrence.js';
import { stageOf, type FieldValues } from '../regulation/deal-state.js';
import type { Regulation } from '../regulation/types.js';

export interface LifeEntry {
  at: string;
  stage: string;
  task: string;
  title: string;
  /** Which occurrence of the task (1-based). */
  n: number;
}

/** Every occurrence of the stage's recurring tasks from `enteredAt` to `until`, in time order. */
export function projectLife(
  regulation: Regulation,
  stage: string,
  enteredAt: Date,
  until: Date,
  fields: FieldValues = {},
): LifeEntry[] {
  const out: LifeEntry[] = [];
  for (const task of stageOf(regulation, stage).tasks) {
    if (!task.recur) continue;
    const pauseValue = task.recur.pause ? fields[task.recur.pause] : undefined;
    const pause = typeof pauseValue === 'string' && pauseValue ? new Date(pauseValue) : null;
    for (const o of occurrencesBetween(task.recur, enteredAt, until, regulation.calendar, pause)) {
      out.push({ at: o.at.toISOString(), stage, task: task.key, title: task.title, n: o.n });
    }
  }
  return out.sort((a, b) => a.at.localeCompare(b.at) || a.task.localeCompare(b.task));
}
