/**
 * One deal, one workflow: runs the XState machine compiled from the deal's
 * pinned regulation snapshot. Orchestration only: the machine decides moves,
 * the driver plans them, one activity writes each transition and makes the
 * rules' decisions (owner, due times, reminders, escalations, templates),
 * and the reminders and escalations it returns become durable timers. Every
 * manager action is an Update whose validator rejects an illegal move before
 * anything is written.
 *
 * @module
 */
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  log,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import { initialTransition, transition } from 'xstate';
import type { Activities } from '../activities/index.js';
import { compileRegulation, effectsOf } from '../regulation/compile.js';
import {
  describeBlockers,
  exitBlockers,
  fieldProblems,
  isBlocked,
  parseTaskId,
  stageOf,
  type DealEvent,
  type FieldValues,
} from '../regulation/deal-state.js';
import { planTransition, START_CAUSE, statusOf } from './driver/deal-driver.js';
import { DealTimers } from './timers.js';
import type { DealMoveResult } from './driver/transition.js';
import {
  REJECTIONS,
  SEARCH_ATTRIBUTES,
  completeTaskUpdate,
  dealReadyUpdate,
  dealStateQuery,
  reassignUpdate,
  sendEventUpdate,
  type DealWorkflowInput,
  type DealWorkflowResult,
  type ReassignArgs,
  type RejectionCode,
} from './definitions.js';

const { applyDealTransition, fireTimers, runAutomation } = proxyActivities<Activities>({
  // A transition is one short database transaction; a worker that dies while
  // holding one is noticed after this timeout and the activity is retried.
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

function reject(code: RejectionCode, message: string, details?: Record<string, unknown>): never {
  throw ApplicationFailure.create({
    type: REJECTIONS[code],
    message,
    nonRetryable: true,
    details: details ? [details] : [],
  });
}

export async function dealWorkflow(input: DealWorkflowInput): Promise<DealWorkflowResult> {
  const { regulation, dealId } = input;
  const machine = compileRegulation(regulation);
  let [snapshot, actions] = initialTransition(machine, { dealId, fields: input.fields });
  let seq = 0;
  let owner = input.owner;
  let tail: Promise<unknown> = Promise.resolve();

  const stage = () => String(snapshot.value);
  const closed = () => snapshot.status === 'done';
  /** Database writes happen one at a time, in workflow order. */
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
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

  /** Steps the machine, plans the transition and queues its write in order. */
  const step = (
    event: DealEvent | undefined,
    actor: string,
    options: { reassign?: boolean } = {},
  ): Promise<DealMoveResult> => {
    const before = snapshot;
    if (event) [snapshot, actions] = transition(machine, snapshot, event);
    else if (seq > 0) actions = [];
    seq += 1;
    const fieldsChanged: FieldValues = {};
    for (const [k, v] of Object.entries(snapshot.context.fields)) {
      if (event && before.context.fields[k] !== v) fieldsChanged[k] = v;
    }
    const plan = planTransition(
      {
        dealId,
        regulation,
        regulationVersion: input.regulationVersion,
        owner,
        client: input.client,
        seq,
        at: new Date(),
        actor,
      },
      effectsOf(actions),
      {
        stage: stage(),
        fields: snapshot.context.fields,
        fieldsChanged,
        cause: { type: event?.type ?? (options.reassign ? 'REASSIGN' : START_CAUSE) },
      },
      options,
    );
    if (String(before.value) !== stage() || seq === 1) upsertSearchAttributes({ [SEARCH_ATTRIBUTES.stage]: [stage()] });
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

  const validateFields = (fields: FieldValues | undefined) => {
    const problems = fieldProblems(regulation, fields);
    if (problems.length > 0) reject('FIELD_INVALID', problems.join('; '), { problems });
  };
  const ensureOpen = () => {
    if (closed()) reject('DEAL_CLOSED', `the deal is closed (${statusOf(regulation, stage())}, stage "${stage()}")`);
  };

  const started = step(undefined, input.actor);

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
    {
      validator: ({ taskId, fields }) => {
        ensureOpen();
        validateFields(fields);
        const id = parseTaskId(taskId);
        if (!id || id.dealId !== dealId) reject('TASK_UNKNOWN', `task "${taskId}" does not belong to deal "${dealId}"`);
        const status = id.visit === snapshot.context.visit ? snapshot.context.tasks[id.taskKey] : undefined;
        if (status === undefined) {
          reject(
            'TASK_NOT_OPEN',
            `task "${taskId}" is not part of the current stage "${stage()}" (the deal has moved on)`,
          );
        }
        if (status !== 'open') reject('TASK_NOT_OPEN', `task "${id.taskKey}" is already ${status}`);
      },
    },
  );

  setHandler(sendEventUpdate, ({ type, fields, actor }) => step({ type, fields }, actor), {
    validator: ({ type, fields }) => {
      ensureOpen();
      validateFields(fields);
      if (type === 'FIELDS_UPDATED') return;
      const current = stageOf(regulation, stage());
      const move = current.on[type];
      if (!move) {
        const allowed = Object.keys(current.on);
        reject(
          'EVENT_NOT_ALLOWED',
          `event "${type}" is not allowed in stage "${current.key}"; allowed: ${allowed.join(', ') || 'none'}`,
          {
            stage: current.key,
            allowed,
          },
        );
      }
      if (move.enforce) {
        const blockers = exitBlockers(current, { ...snapshot.context.fields, ...fields }, snapshot.context.tasks);
        if (isBlocked(blockers))
          reject('EXIT_BLOCKED', describeBlockers(current, blockers), { stage: current.key, ...blockers });
      }
      if (!snapshot.can({ type, fields })) reject('EVENT_NOT_ALLOWED', `the regulation does not allow "${type}" now`);
    },
  });

  setHandler(reassignUpdate, ({ actor }: ReassignArgs) => step(undefined, actor, { reassign: true }), {
    validator: (_: ReassignArgs) => ensureOpen(),
  });

  await condition(closed);
  timers.cancel({ all: true });
  // Writes may queue more writes (automations): wait until the queue is quiet.
  for (let seen = tail; ; seen = tail) {
    await seen;
    if (seen === tail) break;
  }
  await condition(allHandlersFinished);
  log.info('deal closed', { dealId, stage: stage() });
  return { dealId, stage: stage(), status: statusOf(regulation, stage()) };
}
