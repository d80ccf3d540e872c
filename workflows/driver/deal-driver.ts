/**
 * Turns the effects XState returned for one event into a `DealTransition`.
 * Pure and deterministic: time, ids and owner come in as arguments.
 *
 * @module
 */
import { stageOf, taskId, type FieldValues } from '../../regulation/deal-state.js';
import { assertUnreachable } from '../../regulation/errors.js';
import type { DealEffect } from '../../regulation/compile.js';
import type { Regulation } from '../../regulation/types.js';
import { planOccurrence } from './occurrence.js';
import type { AuditFact, DealStatus, DealTransition, PlannedTask } from '../../domain/transition.js';

export interface DriverContext {
  dealId: string;
  regulation: Regulation;
  regulationVersion: number;
  owner: string | null;
  client: Record<string, unknown>;
  seq: number;
  at: Date;
  actor: string;
}

export interface MachineOutcome {
  stage: string;
  fields: FieldValues;
  fieldsChanged: FieldValues;
  cause: { type: string; data?: Record<string, unknown> };
}

/** The cause recorded for the transition that starts a deal. */
export const START_CAUSE = 'START';

export function statusOf(regulation: Regulation, stage: string): DealStatus {
  return stageOf(regulation, stage).final ?? 'active';
}

export function planTransition(
  ctx: DriverContext,
  effects: DealEffect[],
  outcome: MachineOutcome,
  options: {
    reassign?: boolean;
    migrated?: { migrationId: string; fromVersion: number; fromStage: string };
    /** An audited override (workflows/override.ts): who moved the deal past which checks, and why. */
    overridden?: { fromStage: string; reason: string; guards: string[]; reopened?: boolean };
    /** A task skipped by an audited override (workflows/override.ts): closed as cancelled. */
    skipped?: { stage: string; visit: number; task: string; reason: string; guards: string[] };
    /** Open tasks whose due follows a field this transition changed (`retime.ts`). */
    retime?: PlannedTask[];
  } = {},
): DealTransition {
  const createTasks: PlannedTask[] = [];
  const entered: DealTransition['entered'] = [];
  const left: DealTransition['left'] = [];
  const completeTasks: DealTransition['completeTasks'] = [];
  const cancelTasks: string[] = [];
  const facts: AuditFact[] = [];
  if (options.reassign) facts.push({ type: 'deal.reassigned', data: { previousOwner: ctx.owner } });
  if (options.migrated) {
    facts.push({
      type: 'deal.migrated',
      data: { ...options.migrated, toVersion: ctx.regulationVersion, toStage: outcome.stage },
    });
  }
  if (options.overridden) {
    facts.push({ type: 'deal.overridden', data: { ...options.overridden, toStage: outcome.stage, actor: ctx.actor } });
  }
  if (options.skipped) {
    const { stage, visit, task, reason, guards } = options.skipped;
    const id = taskId(ctx.dealId, visit, task);
    cancelTasks.push(id);
    facts.push({
      type: 'task.cancelled',
      data: { taskId: id, stage, taskKey: task, reason: 'skipped by override', override: { reason, actor: ctx.actor } },
    });
    facts.push({
      type: 'deal.overridden',
      data: { fromStage: stage, toStage: stage, reason, guards, skippedTask: task, actor: ctx.actor },
    });
  }
  if (outcome.cause.type === START_CAUSE) {
    facts.push({
      type: 'deal.started',
      data: {
        regulationId: ctx.regulation.id,
        regulationVersion: ctx.regulationVersion,
        owner: ctx.owner,
        client: ctx.client,
      },
    });
  }
  if (Object.keys(outcome.fieldsChanged).length > 0) {
    facts.push({ type: 'fields.updated', data: { fields: outcome.fieldsChanged, cause: outcome.cause.type } });
  }
  for (const effect of effects) {
    switch (effect.type) {
      case 'taskCompleted': {
        const { visit, taskKey, outcome: result, stage } = effect.params;
        completeTasks.push({ id: taskId(ctx.dealId, visit, taskKey), outcome: result ?? null });
        facts.push({
          type: 'task.completed',
          data: { taskId: taskId(ctx.dealId, visit, taskKey), stage, taskKey, outcome: result ?? null },
        });
        break;
      }
      case 'stageLeft': {
        const { stage, visit, openTasks } = effect.params;
        for (const key of openTasks) {
          cancelTasks.push(taskId(ctx.dealId, visit, key));
          facts.push({
            type: 'task.cancelled',
            data: { taskId: taskId(ctx.dealId, visit, key), stage, taskKey: key, reason: 'stage left' },
          });
        }
        left.push({ stage, visit });
        facts.push({ type: 'stage.left', data: { stage, visit, event: outcome.cause.type } });
        break;
      }
      case 'stageEntered': {
        const { stage, visit } = effect.params;
        const definition = stageOf(ctx.regulation, stage);
        for (const task of definition.tasks.filter((t) => !t.recur)) {
          createTasks.push({
            id: taskId(ctx.dealId, visit, task.key),
            stage,
            visit,
            key: task.key,
            title: task.title,
            required: task.required,
            due: task.due ?? null,
            // Snapshots published before task kinds have none.
            kind: task.kind ?? 'task',
          });
        }
        entered.push({ stage, visit });
        facts.push({ type: 'stage.entered', data: { stage, visit, tasks: definition.tasks.map((t) => t.key) } });
        if (definition.final) facts.push({ type: 'deal.closed', data: { outcome: definition.final, stage } });
        break;
      }
      case 'occurrenceOpened': {
        const planned = planOccurrence(ctx.dealId, ctx.regulation, effect.params);
        createTasks.push(planned.task);
        cancelTasks.push(...planned.cancel);
        facts.push(...planned.facts);
        break;
      }
      default:
        assertUnreachable(effect);
    }
  }
  return {
    dealId: ctx.dealId,
    seq: ctx.seq,
    at: ctx.at.toISOString(),
    actor: ctx.actor,
    deal: {
      regulationId: ctx.regulation.id,
      regulationVersion: ctx.regulationVersion,
      owner: ctx.owner,
      client: ctx.client,
      stage: outcome.stage,
      status: statusOf(ctx.regulation, outcome.stage),
      fields: outcome.fields,
    },
    reassign: options.reassign ?? false,
    createTasks,
    completeTasks,
    cancelTasks,
    entered,
    left,
    facts,
    ...(options.retime?.length ? { retimeTasks: options.retime } : {}),
  };
}
