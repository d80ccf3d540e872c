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
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { initialTransition, transition } from 'xstate';
import type { Activities } from '../activities/index.js';
import { compileRegulation, effectsOf, type DealEffect } from '../regulation/compile.js';
import { parseTaskId, stageOf, type DealEvent, type FieldValues } from '../regulation/deal-state.js';
import { planTransition, START_CAUSE, statusOf } from './driver/deal-driver.js';
import type { DealMoveResult } from './driver/transition.js';
import {
  SEARCH_ATTRIBUTES,
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
import { DealTimers } from './timers.js';
import { checkEvent, checkMigration, checkOpen, checkTaskCompletion, type DealView } from './validators.js';

const { applyDealTransition, fireTimers, runAutomation } = proxyActivities<Activities>({
  // A transition is one short database transaction; a worker that dies while
  // holding one is noticed after this timeout and the activity is retried.
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

const DEFAULT_HISTORY_LIMIT = 10_000;

export async function dealWorkflow(input: DealWorkflowInput): Promise<DealWorkflowResult> {
  const { dealId } = input;
  let regulation = input.regulation;
  let version = input.regulationVersion;
  let machine = compileRegulation(regulation);
  let [snapshot, actions] = input.resume
    ? [machine.resolveState({ value: input.resume.state.value, context: input.resume.state.context }), []]
    : initialTransition(machine, { dealId, fields: input.fields });
  let seq = input.resume?.seq ?? 0;
  let owner = input.owner;
  if (input.resume) owner = input.resume.owner;
  let tail: Promise<unknown> = Promise.resolve();
  let migrated = false;

  const stage = () => String(snapshot.value);
  const closed = () => snapshot.status === 'done';
  const view = (): DealView => ({
    dealId,
    regulation,
    stage: stage(),
    closed: closed(),
    context: snapshot.context,
    can: (e) => snapshot.can(e),
  });
  /** Database writes happen one at a time, in workflow order. */
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  };
  /** Writes may queue more writes (automations): wait until the queue is quiet. */
  const drain = async () => {
    for (let seen = tail; ; seen = tail) {
      await seen;
      if (seen === tail) return;
    }
  };
  const setOwner = (next: string) => {
    if (next !== owner) upsertSearchAttributes({ [SEARCH_ATTRIBUTES.owner]: [next] });
    owner = next;
  };

  // Timers that come due together fire in one activity: a deal's ten
  // reminders at 09:00 cost one round trip, not ten in a row.
  let due: string[] = [];
  const timers = new DealTimers((timer) => {
    due.push(timer.id);
    if (due.length > 1) return Promise.resolve(); // a flush is already queued and will take it
    return enqueue(async () => {
      const timerIds = due;
      due = [];
      const result = await fireTimers({ dealId, timerIds });
      setOwner(result.owner);
    });
  });
  if (input.resume) timers.schedule(input.resume.timers);

  /** Plans one transition from the machine's effects and queues its write in order. */
  const commit = (
    effects: DealEffect[],
    cause: string,
    actor: string,
    fieldsChanged: FieldValues,
    options: Parameters<typeof planTransition>[3] = {},
  ): Promise<DealMoveResult> => {
    seq += 1;
    const plan = planTransition(
      { dealId, regulation, regulationVersion: version, owner, client: input.client, seq, at: new Date(), actor },
      effects,
      { stage: stage(), fields: snapshot.context.fields, fieldsChanged, cause: { type: cause } },
      options,
    );
    if (plan.left.length > 0 || seq === 1) upsertSearchAttributes({ [SEARCH_ATTRIBUTES.stage]: [stage()] });
    // Timers of what this transition closes stop now, before the write.
    timers.cancel({
      taskIds: [...plan.completeTasks.map((c) => c.id), ...plan.cancelTasks],
      visits: plan.left.map((l) => l.visit),
      all: closed(),
    });
    return enqueue(async () => {
      const outcome = await applyDealTransition(plan);
      setOwner(outcome.owner);
      if (!closed()) timers.schedule(outcome.timers);
      // Plugin automations of the stages entered run after the write, in order.
      for (const { stage: key, visit } of plan.entered) {
        // Snapshots published before automations existed have no onEnter.
        for (const a of stageOf(regulation, key).onEnter ?? []) {
          void enqueue(() => runAutomation({ dealId, visit, stage: key, run: a.run, params: a.params }));
        }
      }
      return {
        dealId,
        stage: plan.deal.stage,
        status: plan.deal.status,
        owner: outcome.owner,
        createdTasks: outcome.createdTasks,
      };
    });
  };

  /** Steps the machine with an event (or none: start, reassignment) and commits the result. */
  const step = (event: DealEvent | undefined, actor: string, options: { reassign?: boolean } = {}) => {
    const before = snapshot;
    if (event) [snapshot, actions] = transition(machine, snapshot, event);
    else if (seq > 0) actions = [];
    const fieldsChanged: FieldValues = {};
    for (const [k, v] of Object.entries(snapshot.context.fields)) {
      if (event && before.context.fields[k] !== v) fieldsChanged[k] = v;
    }
    return commit(
      effectsOf(actions),
      event?.type ?? (options.reassign ? 'REASSIGN' : START_CAUSE),
      actor,
      fieldsChanged,
      options,
    );
  };

  /** Moves the deal onto a newer version: the mapped stage is entered afresh with the new version's tasks. */
  const migrate = (args: MigrateArgs) => {
    const from = { stage: stage(), visit: snapshot.context.visit, version };
    const openTasks = Object.entries(snapshot.context.tasks)
      .filter(([, s]) => s === 'open')
      .map(([k]) => k);
    const target = args.stageMap[from.stage]!;
    regulation = args.regulation;
    version = args.version;
    machine = compileRegulation(regulation);
    const visit = from.visit + 1;
    const tasks = Object.fromEntries(stageOf(regulation, target).tasks.map((t) => [t.key, 'open' as const]));
    snapshot = machine.resolveState({ value: target, context: { ...snapshot.context, visit, tasks } });
    upsertSearchAttributes({ [SEARCH_ATTRIBUTES.regulation]: [`${regulation.id}@${version}`] });
    migrated = true;
    return commit(
      [
        { type: 'stageLeft', params: { stage: from.stage, visit: from.visit, openTasks } },
        { type: 'stageEntered', params: { stage: target, visit } },
      ],
      'MIGRATE',
      args.actor,
      {},
      { migrated: { migrationId: args.migrationId, fromVersion: from.version, fromStage: from.stage } },
    );
  };

  const started = input.resume
    ? Promise.resolve<DealMoveResult>({
        dealId,
        stage: stage(),
        status: statusOf(regulation, stage()),
        owner: owner ?? '',
        createdTasks: [],
      })
    : step(undefined, input.actor);

  setHandler(dealReadyUpdate, () => started);
  setHandler(dealStateQuery, () => ({
    stage: stage(),
    status: statusOf(regulation, stage()),
    seq,
    owner,
    context: snapshot.context,
    timers: timers.ids(),
  }));
  setHandler(
    completeTaskUpdate,
    ({ taskId, outcome, fields, actor }) =>
      step({ type: 'TASK_COMPLETED', taskKey: parseTaskId(taskId)!.taskKey, outcome, fields }, actor),
    { validator: (args) => checkTaskCompletion(view(), args) },
  );
  setHandler(sendEventUpdate, ({ type, fields, actor }) => step({ type, fields }, actor), {
    validator: (args) => checkEvent(view(), args),
  });
  setHandler(reassignUpdate, ({ actor }: ReassignArgs) => step(undefined, actor, { reassign: true }), {
    validator: (_: ReassignArgs) => checkOpen(view()),
  });
  setHandler(migrateUpdate, (args: MigrateArgs) => migrate(args), {
    validator: (args: MigrateArgs) => checkMigration(view(), args, version),
  });

  const historyLimit = input.historyLimit ?? DEFAULT_HISTORY_LIMIT;
  const historyFull = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength >= historyLimit;
  for (;;) {
    await condition(() => closed() || migrated || historyFull());
    if (closed()) break;
    // Let accepted actions finish and their writes land, then carry on in a fresh run.
    await condition(allHandlersFinished);
    await drain();
    if (closed()) break;
    log.info('continuing as new', { dealId, seq, historyLength: workflowInfo().historyLength, migrated });
    await continueAsNew<typeof dealWorkflow>({
      ...input,
      regulation,
      regulationVersion: version,
      owner,
      resume: { state: { value: stage(), context: snapshot.context }, seq, owner, timers: timers.pending() },
    });
  }
  timers.cancel({ all: true });
  await drain();
  await condition(allHandlersFinished);
  log.info('deal closed', { dealId, stage: stage() });
  return { dealId, stage: stage(), status: statusOf(regulation, stage()) };
}
