/**
 * Timers that follow the data, decided: an open task whose due follows a
 * deal field gets its due, reminders and escalations decided again from the
 * field's new value, the same way as when it was created; a cleared field
 * leaves it without a due and cancels them. Each move is a fact in the deal's
 * log with its reason, so nobody wonders where a reminder went.
 *
 * @module
 */
import type { Regulation } from '../regulation/types.js';
import type { DecisionData } from './decision-data.js';
import type { DealFacts, DecisionRecord } from './rule-runner.js';
import { fieldDue, type createScheduler } from './schedule.js';
import type { AuditFact, PlannedTask, TimerRecord } from './transition.js';

export interface Retimed {
  /** The tasks' new due times (null: the field was cleared). */
  tasks: Array<{ id: string; dueAt: string | null }>;
  timers: TimerRecord[];
  records: DecisionRecord[];
  facts: AuditFact[];
}

export async function decideRetime(
  scheduler: ReturnType<typeof createScheduler>,
  data: DecisionData,
  input: { regulation: Regulation; version: number; facts: DealFacts; owner: string; at: Date; tasks: PlannedTask[] },
): Promise<Retimed> {
  const fields = input.facts.fields as Record<string, unknown>;
  const definitionOf = (t: PlannedTask) =>
    input.regulation.stages.find((s) => s.key === t.stage)?.tasks.find((d) => d.key === t.key);
  const dated = input.tasks.filter((t) => fieldDue(definitionOf(t), fields) !== undefined);
  const planned = await scheduler.planTasks(data, { ...input, tasks: dated });
  const facts: AuditFact[] = input.tasks.map((t) => {
    const field = definitionOf(t)?.dueFrom ?? '';
    const dueAt = planned.tasks.find((p) => p.id === t.id)?.dueAt ?? null;
    return {
      type: 'task.retimed',
      data: {
        taskId: t.id,
        taskKey: t.key,
        stage: t.stage,
        field,
        dueAt,
        reason: dueAt
          ? `${field} changed to ${String(fields[field])}: the due, reminders and escalations move with it`
          : `${field} cleared: the task has no due; its reminders and escalations are cancelled`,
      },
    };
  });
  return {
    tasks: input.tasks.map((t) => ({ id: t.id, dueAt: planned.tasks.find((p) => p.id === t.id)?.dueAt ?? null })),
    timers: planned.timers,
    records: planned.records,
    facts,
  };
}
