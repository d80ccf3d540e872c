/**
 * An audited override: a director (or a head, for their department) moves a
 * deal to any open stage of its regulation, past the stage's exit checks,
 * with a mandatory reason. The checks it overrides are named in the answer
 * and in the deal's log (`deal.overridden`), and the deal goes on from the
 * new stage with that stage's tasks and timers, as if it had entered it.
 *
 * A single required task may be skipped the same way (`skipTaskUpdate`): it
 * is closed as cancelled by override, and the stage's exit check counts it
 * as satisfied, so the deal may leave the stage by its ordinary event.
 *
 * A closed deal is reopened the same way: its workflow has ended, so the
 * API reads the last run's state (`dealResumeQuery`, answered by replay) and
 * starts the workflow again with it and `reopen`; the new run enters the
 * chosen stage afresh before anything else (`DealRun.reopen`).
 *
 * Kept apart from `definitions.ts` and `validators.ts` so the update stays
 * one small, self-contained addition to the deal workflow.
 *
 * @module
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import { exitBlockers, stageOf } from '../regulation/deal-state.js';
import type { DealMoveResult } from '../domain/transition.js';
import type { DealWorkflowInput, ReopenArgs } from './definitions.js';

export type { ReopenArgs };
import { checkOpen, reject, type DealView } from './validators.js';

export interface OverrideArgs {
  /** The stage to move to: any non-final stage other than the current one. */
  stage: string;
  /** Why: recorded with the override, mandatory. */
  reason: string;
  actor: string;
}

/** The answer of an override: the move, and the exit checks it went past. */
export type OverrideResult = DealMoveResult & { overridden: string[] };

export const overrideUpdate = defineUpdate<OverrideResult, [OverrideArgs]>('override');

/** The current stage's exit checks that would refuse leaving it now, in words. */
export function guardsOverridden(deal: DealView): string[] {
  const { missingFields, openTasks } = exitBlockers(
    stageOf(deal.regulation, deal.stage),
    deal.context.fields,
    deal.context.tasks,
  );
  return [
    ...openTasks.map((t) => `required task "${t}" is not done`),
    ...missingFields.map((f) => `required field "${f}" is empty`),
  ];
}

/** Synchronous, as Temporal's validators must be: an open deal, a known other stage, a reason. */
export function checkOverride(deal: DealView, args: OverrideArgs): void {
  checkOpen(deal);
  const target = deal.regulation.stages.find((s) => s.key === args.stage);
  if (!target) reject('EVENT_NOT_ALLOWED', `the regulation has no stage "${args.stage}"`);
  if (target.final) reject('EVENT_NOT_ALLOWED', `"${args.stage}" is a final stage: close the deal with its event`);
  if (args.stage === deal.stage) reject('EVENT_NOT_ALLOWED', `the deal is already in stage "${args.stage}"`);
  if (args.reason.trim() === '') reject('EVENT_NOT_ALLOWED', 'an override needs a reason');
}

export interface SkipTaskArgs {
  /** The key of an open task of the current stage visit. */
  task: string;
  /** Why: recorded with the override, mandatory. */
  reason: string;
  actor: string;
}

/** The answer of a skip: the deal, and the exit check it went past. */
export type SkipTaskResult = DealMoveResult & { overridden: string[] };

export const skipTaskUpdate = defineUpdate<SkipTaskResult, [SkipTaskArgs]>('skipTask');

/** Synchronous: an open deal, an open task of the current visit, a reason. */
export function checkSkipTask(deal: DealView, args: SkipTaskArgs): void {
  checkOpen(deal);
  const status = deal.context.tasks[args.task];
  if (status === undefined) reject('TASK_UNKNOWN', `stage "${deal.stage}" has no task "${args.task}" in this visit`);
  if (status !== 'open') reject('EVENT_NOT_ALLOWED', `task "${args.task}" is already closed (${status})`);
  if (args.reason.trim() === '') reject('EVENT_NOT_ALLOWED', 'an override needs a reason');
}

/** The exit check a skip goes past, in words: empty when the task is not required. */
export function skipOverrides(deal: DealView, task: string): string[] {
  const required = stageOf(deal.regulation, deal.stage).tasks.some((t) => t.key === task && t.required);
  return required ? [`required task "${task}" is not done`] : [];
}

/** The input a closed deal's workflow would continue with: answered by a finished workflow too. */
export const dealResumeQuery = defineQuery<DealWorkflowInput>('dealResume');

/** Why a reopen at `stage` is refused, in words, or null: checked by the API before the new run starts. */
export function reopenRefusal(regulation: DealView['regulation'], stage: string): string | null {
  const target = regulation.stages.find((s) => s.key === stage);
  if (!target) return `the regulation has no stage "${stage}"`;
  if (target.final) return `"${stage}" is a final stage: close the deal with its event`;
  return null;
}
