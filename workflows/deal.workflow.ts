/**
 * One deal, one workflow: runs the XState machine compiled from the deal's
 * pinned regulation snapshot. Orchestration only: the machine decides moves,
 * the driver plans them, one activity writes each transition and makes the
 * rules' decisions (owner, due times, reminders, escalations, templates),
 * and the reminders and escalations it returns become durable timers. Every
 * manager action is an Update whose validator rejects an illegal move before
 * anything is written. A long-lived deal continues as new before its history
 * grows large, carrying its state; a migration to a newer regulation version
 * does the same with the new snapshot.
 *
 * @module
 */
import { allHandlersFinished, condition, continueAsNew, log, setHandler, workflowInfo } from '@temporalio/workflow';
import type { DealMoveResult } from '../domain/transition.js';
import { parseTaskId } from '../regulation/deal-state.js';
import { startNextDeal } from './deal-chain.js';
import { DealRun } from './deal-run.js';
import {
  completeTaskUpdate,
  dealReadyUpdate,
  dealStateQuery,
  migrateUpdate,
  reassignUpdate,
  sendEventUpdate,
  type DealWorkflowInput,
  type DealWorkflowResult,
  type MigrateArgs,
  type ReassignArgs,
} from './definitions.js';
import { statusOf } from './driver/deal-driver.js';
import {
  checkOverride,
  checkSkipTask,
  dealResumeQuery,
  overrideUpdate,
  skipTaskUpdate,
  type OverrideArgs,
  type SkipTaskArgs,
} from './override.js';
import { checkEvent, checkMigration, checkOpen, checkTaskCompletion } from './validators.js';

const DEFAULT_HISTORY_LIMIT = 10_000;

export async function dealWorkflow(input: DealWorkflowInput): Promise<DealWorkflowResult> {
  const run = new DealRun(input);
  const started: Promise<DealMoveResult> = input.resume
    ? input.reopen
      ? run.reopen(input.reopen)
      : Promise.resolve(run.resumed())
    : run.step(undefined, input.actor);
  handleUpdates(run, started);

  const historyLimit = input.historyLimit ?? DEFAULT_HISTORY_LIMIT;
  const historyFull = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength >= historyLimit;
  for (;;) {
    await condition(() => run.closed || run.migrated || historyFull());
    if (run.closed) break;
    // Let accepted actions finish and their writes land, then carry on in a fresh run.
    await condition(allHandlersFinished);
    await run.writes.drain();
    if (run.closed) break;
    log.info('continuing as new', {
      dealId: run.dealId,
      seq: run.seq,
      historyLength: workflowInfo().historyLength,
      migrated: run.migrated,
    });
    await continueAsNew<typeof dealWorkflow>(run.continued());
  }
  run.timers.cancel({ all: true });
  await run.writes.drain();
  await condition(allHandlersFinished);
  await startNextDeal(run);
  log.info('deal closed', { dealId: run.dealId, stage: run.stage });
  return { dealId: run.dealId, stage: run.stage, status: statusOf(run.regulation, run.stage) };
}

/** Manager actions are Updates whose validators refuse an illegal move before anything is written. */
function handleUpdates(run: DealRun, started: Promise<DealMoveResult>): void {
  setHandler(dealReadyUpdate, () => started);
  setHandler(dealResumeQuery, () => run.continued());
  setHandler(dealStateQuery, () => ({
    stage: run.stage,
    status: statusOf(run.regulation, run.stage),
    seq: run.seq,
    owner: run.owner,
    context: run.context,
    timers: run.timers.ids(),
  }));
  setHandler(
    completeTaskUpdate,
    ({ taskId, outcome, fields, actor }) =>
      run.step({ type: 'TASK_COMPLETED', taskKey: parseTaskId(taskId)!.taskKey, outcome, fields }, actor),
    { validator: (args) => checkTaskCompletion(run.view(), args) },
  );
  setHandler(sendEventUpdate, ({ type, fields, actor }) => run.step({ type, fields }, actor), {
    validator: (args) => checkEvent(run.view(), args),
  });
  setHandler(reassignUpdate, ({ actor }: ReassignArgs) => run.step(undefined, actor, { reassign: true }), {
    validator: (_: ReassignArgs) => checkOpen(run.view()),
  });
  setHandler(migrateUpdate, (args: MigrateArgs) => run.migrate(args), {
    validator: (args: MigrateArgs) => checkMigration(run.view(), args, run.version),
  });
  setHandler(overrideUpdate, (args: OverrideArgs) => run.override(args), {
    validator: (args: OverrideArgs) => checkOverride(run.view(), args),
  });
  setHandler(skipTaskUpdate, (args: SkipTaskArgs) => run.skipTask(args), {
    validator: (args: SkipTaskArgs) => checkSkipTask(run.view(), args),
  });
}
