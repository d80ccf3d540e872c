/**
 * Plans one occurrence of a recurring task: a normal task (its own id, the
 * task's title, due, kind) and the previous occurrence cancelled if it was
 * still open, so a client left uncalled shows as a missed contact instead of
 * piling up. Pure, like the rest of the driver.
 *
 * @module
 */
import { stageOf, taskId } from '../../regulation/deal-state.js';
import type { Regulation } from '../../regulation/types.js';
import type { AuditFact, PlannedTask } from '../../domain/transition.js';
import { occurrenceKey } from '../../domain/recurrence.js';

export function planOccurrence(
  dealId: string,
  regulation: Regulation,
  p: { stage: string; visit: number; taskKey: string; n: number; skipped: string[] },
): { task: PlannedTask; cancel: string[]; facts: AuditFact[] } {
  const def = stageOf(regulation, p.stage).tasks.find((t) => t.key === p.taskKey)!;
  const key = occurrenceKey(p.taskKey, p.n);
  const cancel = p.skipped.map((k) => taskId(dealId, p.visit, k));
  return {
    task: {
      id: taskId(dealId, p.visit, key),
      stage: p.stage,
      visit: p.visit,
      key,
      title: def.title,
      required: false,
      due: def.due ?? null,
      kind: def.kind ?? 'task',
    },
    cancel,
    facts: [
      ...p.skipped.map((k, i) => ({
        type: 'task.cancelled' as const,
        data: { taskId: cancel[i], stage: p.stage, taskKey: k, reason: 'next occurrence opened' },
      })),
      {
        type: 'task.recurred' as const,
        data: { taskId: taskId(dealId, p.visit, key), stage: p.stage, taskKey: p.taskKey, n: p.n },
      },
    ],
  };
}
