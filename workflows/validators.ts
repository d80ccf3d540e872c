/**
 * Update validators of the deal workflow: synchronous, pure checks of the
 * current snapshot that reject an illegal action before anything is written,
 * with the same rules the machine's guards apply.
 *
 * @module
 */
// From common, not workflow: the simulator runs these checks outside a workflow too.
import { ApplicationFailure } from '@temporalio/common';
import {
  describeBlockers,
  exitBlockers,
  fieldProblems,
  isBlocked,
  parseTaskId,
  stageOf,
  type DealContext,
  type FieldValues,
} from '../regulation/deal-state.js';
import { taskDefinitionOf } from '../regulation/recur.js';
import { LOSS_FIELDS, type Regulation } from '../regulation/types.js';
import { statusOf } from './driver/deal-driver.js';
import { REJECTIONS, type MigrateArgs, type RejectionCode } from './definitions.js';

/** What the validators need to know of the running deal. */
export interface DealView {
  dealId: string;
  regulation: Regulation;
  stage: string;
  closed: boolean;
  context: DealContext;
  can(event: { type: string; fields?: FieldValues }): boolean;
}

export function reject(code: RejectionCode, message: string, details?: Record<string, unknown>): never {
  throw ApplicationFailure.create({
    type: REJECTIONS[code],
    message,
    nonRetryable: true,
    details: details ? [details] : [],
  });
}

function checkOpenWithFields(deal: DealView, fields: FieldValues | undefined) {
  if (deal.closed)
    reject('DEAL_CLOSED', `the deal is closed (${statusOf(deal.regulation, deal.stage)}, stage "${deal.stage}")`);
  const problems = fieldProblems(deal.regulation, fields);
  if (problems.length > 0) reject('FIELD_INVALID', problems.join('; '), { problems });
}

export function checkOpen(deal: DealView) {
  checkOpenWithFields(deal, undefined);
}

export function checkTaskCompletion(deal: DealView, args: { taskId: string; outcome?: string; fields?: FieldValues }) {
  checkOpenWithFields(deal, args.fields);
  const id = parseTaskId(args.taskId);
  if (!id || id.dealId !== deal.dealId)
    reject('TASK_UNKNOWN', `task "${args.taskId}" does not belong to deal "${deal.dealId}"`);
  const status = id.visit === deal.context.visit ? deal.context.tasks[id.taskKey] : undefined;
  if (status === undefined) {
    reject(
      'TASK_NOT_OPEN',
      `task "${args.taskId}" is not part of the current stage "${deal.stage}" (the deal has moved on)`,
    );
  }
  if (status !== 'open') reject('TASK_NOT_OPEN', `task "${id.taskKey}" is already ${status}`);
  // An occurrence of a recurring task takes the outcomes of its task.
  const outcomes = taskDefinitionOf(stageOf(deal.regulation, deal.stage).tasks, id.taskKey)?.outcomes;
  if (outcomes && (args.outcome === undefined || !outcomes.includes(args.outcome))) {
    reject(
      'OUTCOME_INVALID',
      `task "${id.taskKey}" is completed with one of: ${outcomes.join(', ')}${args.outcome === undefined ? '' : ` (not "${args.outcome}")`}`,
      { outcomes },
    );
  }
}

/** Entering a stage that requires a lost reason: the reason, and the competitor when the reason is one. */
function checkLoss(deal: DealView, target: string, fields: FieldValues) {
  if (!stageOf(deal.regulation, target).requireLossReason) return;
  const reason = fields[LOSS_FIELDS.reason];
  const missing = [
    ...(reason === undefined || reason === null || reason === '' ? [LOSS_FIELDS.reason] : []),
    ...(reason === 'competitor' && !fields[LOSS_FIELDS.competitor] ? [LOSS_FIELDS.competitor] : []),
  ];
  if (missing.length > 0) {
    reject(
      'LOSS_REASON_REQUIRED',
      `stage "${target}" needs ${missing.join(' and ')} (reasons: ${(deal.regulation.lostReasons ?? []).join(', ')})`,
      { missingFields: missing },
    );
  }
}

export function checkEvent(deal: DealView, args: { type: string; fields?: FieldValues }) {
  checkOpenWithFields(deal, args.fields);
  if (args.type === 'FIELDS_UPDATED') return;
  const current = stageOf(deal.regulation, deal.stage);
  const move = current.on[args.type];
  if (!move) {
    const allowed = Object.keys(current.on);
    reject(
      'EVENT_NOT_ALLOWED',
      `event "${args.type}" is not allowed in stage "${current.key}"; allowed: ${allowed.join(', ') || 'none'}`,
      {
        stage: current.key,
        allowed,
      },
    );
  }
  checkLoss(deal, move.to, { ...deal.context.fields, ...args.fields });
  if (move.enforce) {
    const blockers = exitBlockers(current, { ...deal.context.fields, ...args.fields }, deal.context.tasks);
    if (isBlocked(blockers))
      reject('EXIT_BLOCKED', describeBlockers(current, blockers), { stage: current.key, ...blockers });
  }
  if (!deal.can({ type: args.type, ...(args.fields ? { fields: args.fields } : {}) })) {
    reject('EVENT_NOT_ALLOWED', `the regulation does not allow "${args.type}" now`);
  }
}

export function checkMigration(deal: DealView, args: MigrateArgs, currentVersion: number) {
  checkOpen(deal);
  if (args.regulation.id !== deal.regulation.id)
    reject('MIGRATION_INVALID', `version belongs to regulation "${args.regulation.id}", not "${deal.regulation.id}"`);
  if (args.version <= currentVersion)
    reject('MIGRATION_INVALID', `the deal is on version ${currentVersion}; migrate only to a newer one`);
  const target = args.stageMap[deal.stage];
  if (!target)
    reject('MIGRATION_UNMAPPED', `stage "${deal.stage}" has no mapping to version ${args.version}`, {
      stage: deal.stage,
    });
  if (!args.regulation.stages.some((s) => s.key === target)) {
    reject('MIGRATION_INVALID', `stage "${target}" does not exist in version ${args.version}`, { stage: target });
  }
}
