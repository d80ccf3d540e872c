/**
 * Timers that follow the data: which open tasks of the current stage visit
 * take their due from a field an event just changed. Pure and deterministic;
 * the transition activity decides their new due, reminders and escalations
 * (or, for a cleared field, none) and the workflow re-creates their timers.
 *
 * @module
 */
import { stageOf, taskId, type DealContext, type FieldValues } from '../../regulation/deal-state.js';
import type { Regulation } from '../../regulation/types.js';
import type { PlannedTask } from '../../domain/transition.js';

/**
 * The open tasks of `stage`'s current visit whose due follows one of the
 * changed fields (`due: { field, offset }` or `dueFrom`).
 *
 * @example
 * tasksToRetime('d1', regulation, 'future_need', context, { need_expected_at: '2027-03-01' })
 * // → [{ id: 'd1:2:call_back', key: 'call_back', … }]
 */
export function tasksToRetime(
  dealId: string,
  regulation: Regulation,
  stage: string,
  context: Pick<DealContext, 'visit' | 'tasks'>,
  fieldsChanged: FieldValues,
): PlannedTask[] {
  const changed = new Set(Object.keys(fieldsChanged));
  if (changed.size === 0) return [];
  return stageOf(regulation, stage)
    .tasks.filter(
      (t) => !t.recur && t.dueFrom !== undefined && changed.has(t.dueFrom) && context.tasks[t.key] === 'open',
    )
    .map((t) => ({
      id: taskId(dealId, context.visit, t.key),
      stage,
      visit: context.visit,
      key: t.key,
      title: t.title,
      required: t.required,
      due: t.due ?? null,
      kind: t.kind ?? 'task',
    }));
}
