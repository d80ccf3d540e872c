/**
 * One run of a deal's workflow: the machine's snapshot, the sequence of
 * transitions, the owner, the timers and the write queue. It steps the
 * machine, plans each transition with the driver and queues its write; the
 * workflow function only wires it to Temporal's handlers and loop.
 *
 * @module
 */
import { patched, proxyActivities, proxyLocalActivities, upsertSearchAttributes } from '@temporalio/workflow';
import { initialTransition, transition } from 'xstate';
import type { Activities } from '../domain/activities.contract.js';
import type { DealMoveResult } from '../domain/transition.js';
import { compileRegulation, effectsOf, type DealEffect } from '../regulation/compile.js';
import { stageOf, type DealContext, type DealEvent, type FieldValues } from '../regulation/deal-state.js';
import type { Regulation } from '../regulation/types.js';
import { SEARCH_ATTRIBUTES, type DealWorkflowInput, type MigrateArgs } from './definitions.js';
import {
  guardsOverridden,
  skipOverrides,
  type OverrideArgs,
  type OverrideResult,
  type ReopenArgs,
  type SkipTaskArgs,
  type SkipTaskResult,
} from './override.js';
import { planTransition, START_CAUSE, statusOf } from './driver/deal-driver.js';
import { tasksToRetime } from './driver/retime.js';
import { DealSeries } from './deal-series.js';
import { DealTimers } from './timers.js';
import type { DealView } from './validators.js';
import { WriteQueue } from './write-queue.js';

const RETRY = { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' };

const { applyDealTransition, fireTimers, runAutomation } = proxyActivities<Activities>({
  // A transition is one short database transaction; a worker that dies while
  // holding one is noticed after this timeout and the activity is retried.
  startToCloseTimeout: '10 seconds',
  retry: RETRY,
});

/**
 * The same writes as local activities: run by the worker that runs the
 * workflow task, in that task, so an Update is answered in one workflow task
 * instead of three round trips through the server. The workflow retries them
 * (a retry after a crash or timeout finds the transaction already applied:
 * writes are idempotent on (deal, seq), timers fire once). A worker that dies
 * mid-write loses the workflow task; the next worker replays and runs the
 * write again after the workflow task timeout.
 */
const local = proxyLocalActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  // Short waits are retried in the same workflow task; longer ones become a timer.
  localRetryThreshold: '5 seconds',
  retry: RETRY,
});

/**
 * Histories recorded before the switch scheduled regular activities and keep
 * doing so on replay; new runs (and new commands past the replayed part) take
 * the local path and record the patch marker.
 */
const LOCAL_TRANSITION = 'local-transition';
const TIMERS_FOLLOW_FIELDS = 'timers-follow-fields';
const writer = () => (patched(LOCAL_TRANSITION) ? local : { applyDealTransition, fireTimers });

type PlanOptions = Parameters<typeof planTransition>[3];

export class DealRun {
  readonly dealId: string;
  regulation: Regulation;
  version: number;
  seq: number;
  owner: string | null;
  /** Set once a migration has moved the deal onto a newer snapshot: the run continues as new. */
  migrated = false;
  readonly timers: DealTimers;
  readonly writes = new WriteQueue();
  /** Recurring tasks of the current stage: their next occurrences (`deal-series.ts`). */
  readonly series: DealSeries;
  private machine: ReturnType<typeof compileRegulation>;
  private snapshot: ReturnType<typeof initialTransition<ReturnType<typeof compileRegulation>>>[0];
  private actions: ReturnType<typeof initialTransition<ReturnType<typeof compileRegulation>>>[1];
  private due: string[] = [];

  constructor(private readonly input: DealWorkflowInput) {
    this.dealId = input.dealId;
    this.regulation = input.regulation;
    this.version = input.regulationVersion;
    this.machine = compileRegulation(this.regulation);
    [this.snapshot, this.actions] = input.resume
      ? [this.machine.resolveState({ value: input.resume.state.value, context: input.resume.state.context }), []]
      : initialTransition(this.machine, { dealId: this.dealId, fields: input.fields });
    this.seq = input.resume?.seq ?? 0;
    this.owner = input.resume ? input.resume.owner : input.owner;
    this.timers = new DealTimers((timer) => this.fire(timer.id));
    if (input.resume) this.timers.schedule(input.resume.timers);
    this.series = new DealSeries(this);
    if (input.resume) this.series.sync();
  }

  /** Replaces parts of the machine's context (occurrences opened, where a series stands) in the current state. */
  patchContext(patch: Partial<DealContext>): void {
    this.snapshot = this.machine.resolveState({ value: this.stage, context: { ...this.snapshot.context, ...patch } });
  }

  get stage(): string {
    return String(this.snapshot.value);
  }

  get closed(): boolean {
    return this.snapshot.status === 'done';
  }

  get context() {
    return this.snapshot.context;
  }

  /** What the update validators check against. */
  view(): DealView {
    return {
      dealId: this.dealId,
      regulation: this.regulation,
      stage: this.stage,
      closed: this.closed,
      context: this.snapshot.context,
      can: (e) => this.snapshot.can(e),
    };
  }

  /** The answer to `dealReady` for a run that resumes an already-started deal. */
  resumed(): DealMoveResult {
    return {
      dealId: this.dealId,
      stage: this.stage,
      status: statusOf(this.regulation, this.stage),
      owner: this.owner ?? '',
      createdTasks: [],
    };
  }

  /** Steps the machine with an event (or none: start, reassignment) and commits the result. */
  step(event: DealEvent | undefined, actor: string, options: { reassign?: boolean } = {}): Promise<DealMoveResult> {
    const before = this.snapshot;
    if (event) [this.snapshot, this.actions] = transition(this.machine, this.snapshot, event);
    else if (this.seq > 0) this.actions = [];
    const fieldsChanged: FieldValues = {};
    for (const [k, v] of Object.entries(this.snapshot.context.fields)) {
      if (event && before.context.fields[k] !== v) fieldsChanged[k] = v;
    }
    const cause = event?.type ?? (options.reassign ? 'REASSIGN' : START_CAUSE);
    const effects = effectsOf(this.actions);
    // Timers that follow the data: open tasks of a stage the deal stays in, whose due follows a changed field.
    const stays = !effects.some((e) => e.type === 'stageEntered');
    const retime = stays
      ? tasksToRetime(this.dealId, this.regulation, this.stage, this.snapshot.context, fieldsChanged)
      : [];
    // Histories from before timers followed fields replay without it.
    if (retime.length > 0 && patched(TIMERS_FOLLOW_FIELDS))
      return this.commit(effects, cause, actor, fieldsChanged, { ...options, retime });
    return this.commit(effects, cause, actor, fieldsChanged, options);
  }

  /** Moves the deal onto a newer version: the mapped stage is entered afresh with the new version's tasks. */
  migrate(args: MigrateArgs): Promise<DealMoveResult> {
    const from = { stage: this.stage, visit: this.snapshot.context.visit, version: this.version };
    const openTasks = Object.entries(this.snapshot.context.tasks)
      .filter(([, s]) => s === 'open')
      .map(([k]) => k);
    const target = args.stageMap[from.stage]!;
    this.regulation = args.regulation;
    this.version = args.version;
    this.machine = compileRegulation(this.regulation);
    const visit = from.visit + 1;
    const tasks = Object.fromEntries(stageOf(this.regulation, target).tasks.map((t) => [t.key, 'open' as const]));
    this.snapshot = this.machine.resolveState({ value: target, context: { ...this.snapshot.context, visit, tasks } });
    upsertSearchAttributes({ [SEARCH_ATTRIBUTES.regulation]: [`${this.regulation.id}@${this.version}`] });
    this.migrated = true;
    return this.commit(
      [
        { type: 'stageLeft', params: { stage: from.stage, visit: from.visit, openTasks } },
        { type: 'stageEntered', params: { stage: target, visit } },
      ],
      'MIGRATE',
      args.actor,
      {},
      { migrated: { migrationId: args.migrationId, fromVersion: from.version, fromStage: from.stage } },
    );
  }

  /**
   * An audited override (workflows/override.ts): the stage is entered afresh
   * with its tasks and timers, past the current stage's exit checks.
   */
  override(args: OverrideArgs): Promise<OverrideResult> {
    return this.enterByOverride(args, guardsOverridden(this.view()), false);
  }

  /** A closed deal reopened, first thing in the run that reopens it (workflows/override.ts). */
  reopen(args: ReopenArgs): Promise<OverrideResult> {
    return this.enterByOverride(args, [`the deal is closed (${statusOf(this.regulation, this.stage)})`], true);
  }

  private enterByOverride(args: OverrideArgs, guards: string[], reopened: boolean): Promise<OverrideResult> {
    const from = { stage: this.stage, visit: this.snapshot.context.visit };
    const openTasks = reopened
      ? []
      : Object.entries(this.snapshot.context.tasks)
          .filter(([, s]) => s === 'open')
          .map(([k]) => k);
    const visit = from.visit + 1;
    const tasks = Object.fromEntries(stageOf(this.regulation, args.stage).tasks.map((t) => [t.key, 'open' as const]));
    this.snapshot = this.machine.resolveState({
      value: args.stage,
      context: { ...this.snapshot.context, visit, tasks },
    });
    return this.commit(
      [
        { type: 'stageLeft', params: { stage: from.stage, visit: from.visit, openTasks } },
        { type: 'stageEntered', params: { stage: args.stage, visit } },
      ],
      'OVERRIDE',
      args.actor,
      {},
      { overridden: { fromStage: from.stage, reason: args.reason, guards, ...(reopened ? { reopened } : {}) } },
    ).then((moved) => ({ ...moved, overridden: guards }));
  }

  /**
   * A required task skipped by an audited override: closed as cancelled in
   * the read model, counted as satisfied by the stage's exit check (the
   * machine knows only done or not), its timers stopped.
   */
  skipTask(args: SkipTaskArgs): Promise<SkipTaskResult> {
    const guards = skipOverrides(this.view(), args.task);
    this.patchContext({ tasks: { ...this.snapshot.context.tasks, [args.task]: 'done' } });
    const skipped = {
      stage: this.stage,
      visit: this.snapshot.context.visit,
      task: args.task,
      reason: args.reason,
      guards,
    };
    return this.commit([], 'OVERRIDE', args.actor, {}, { skipped }).then((moved) => ({ ...moved, overridden: guards }));
  }

  /** The input of the next run, carrying stage, context, owner and pending timers. */
  continued(): DealWorkflowInput {
    const { reopen: _done, ...input } = this.input;
    return {
      ...input,
      regulation: this.regulation,
      regulationVersion: this.version,
      owner: this.owner,
      resume: {
        state: { value: this.stage, context: this.snapshot.context },
        seq: this.seq,
        owner: this.owner,
        timers: this.timers.pending(),
      },
    };
  }

  private setOwner(next: string): void {
    if (next !== this.owner) upsertSearchAttributes({ [SEARCH_ATTRIBUTES.owner]: [next] });
    this.owner = next;
  }

  /**
   * Timers that come due together fire in one activity: a deal's ten
   * reminders at 09:00 cost one round trip, not ten in a row.
   */
  private fire(timerId: string): Promise<void> {
    this.due.push(timerId);
    if (this.due.length > 1) return Promise.resolve(); // a flush is already queued and will take it
    return this.writes.enqueue(async () => {
      const timerIds = this.due;
      this.due = [];
      const result = await writer().fireTimers({ dealId: this.dealId, timerIds });
      this.setOwner(result.owner);
    });
  }

  /** Plans one transition from the machine's effects and queues its write in order. */
  commit(
    effects: DealEffect[],
    cause: string,
    actor: string,
    fieldsChanged: FieldValues,
    options: PlanOptions = {},
  ): Promise<DealMoveResult> {
    this.seq += 1;
    const plan = planTransition(
      {
        dealId: this.dealId,
        regulation: this.regulation,
        regulationVersion: this.version,
        owner: this.owner,
        client: this.input.client,
        seq: this.seq,
        at: new Date(),
        actor,
      },
      effects,
      { stage: this.stage, fields: this.snapshot.context.fields, fieldsChanged, cause: { type: cause } },
      options,
    );
    if (plan.left.length > 0 || this.seq === 1) upsertSearchAttributes({ [SEARCH_ATTRIBUTES.stage]: [this.stage] });
    // Timers of what this transition closes or retimes stop now, before the write.
    this.timers.cancel({
      taskIds: [
        ...plan.completeTasks.map((c) => c.id),
        ...plan.cancelTasks,
        ...(plan.retimeTasks ?? []).map((k) => k.id),
      ],
      visits: plan.left.map((l) => l.visit),
      all: this.closed,
    });
    this.series.sync();
    return this.writes.enqueue(async () => {
      const outcome = await writer().applyDealTransition(plan);
      this.setOwner(outcome.owner);
      // Counted from when the write ended: the workflow's clock is still at this workflow task's start.
      if (!this.closed) this.timers.schedule(outcome.timers, outcome.at ? Date.parse(outcome.at) : Date.now());
      // Plugin automations of the stages entered run after the write, in order.
      for (const { stage: key, visit } of plan.entered) {
        // Snapshots published before automations existed have no onEnter.
        for (const a of stageOf(this.regulation, key).onEnter ?? []) {
          void this.writes.enqueue(() =>
            runAutomation({ dealId: this.dealId, visit, stage: key, run: a.run, params: a.params }),
          );
        }
      }
      return {
        dealId: this.dealId,
        stage: plan.deal.stage,
        status: plan.deal.status,
        owner: outcome.owner,
        createdTasks: outcome.createdTasks,
      };
    });
  }
}
