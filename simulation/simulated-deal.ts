/**
 * A deal in a dry run: the same machine, driver and decisions as the worker,
 * kept in memory on a simulated clock and told as a timeline.
 *
 * @module
 */
import { initialTransition, transition } from 'xstate';
import { createDecisionMaker, timerOutcome } from '../domain/decide.js';
import type { DecisionData } from '../domain/decision-data.js';
import type { TimelineEntry } from '../domain/timeline.js';
import type { PlannedTask, TaskRecord, TimerRecord } from '../domain/transition.js';
import { compileRegulation, effectsOf, type DealEffect } from '../regulation/compile.js';
import type { DealEvent, FieldValues } from '../regulation/deal-state.js';
import type { Regulation } from '../regulation/types.js';
import type { RulesRegistry } from '../rules/registry.js';
import { planTransition, START_CAUSE, statusOf } from '../workflows/driver/deal-driver.js';
import { tasksToRetime } from '../workflows/driver/retime.js';
import type { DealView } from '../workflows/validators.js';

export const SIMULATED_DEAL = 'simulated';

type Machine = ReturnType<typeof compileRegulation>;
type Start = ReturnType<typeof initialTransition<Machine>>;

export class SimulatedDeal {
  readonly timeline: TimelineEntry[] = [];
  readonly tasks = new Map<string, TaskRecord>();
  clock: Date;
  owner: string | null;
  private readonly decide: ReturnType<typeof createDecisionMaker>;
  private readonly machine: Machine;
  private snapshot: Start[0];
  private readonly startActions: Start[1];
  private seq = 0;
  private timers: TimerRecord[] = [];

  constructor(
    private readonly regulation: Regulation,
    private readonly version: number,
    private readonly data: DecisionData,
    registry: RulesRegistry,
    private readonly deal: { client: Record<string, unknown>; owner?: string; fields?: FieldValues },
    start: Date,
  ) {
    this.decide = createDecisionMaker(registry);
    this.machine = compileRegulation(regulation);
    this.clock = start;
    this.owner = deal.owner ?? null;
    [this.snapshot, this.startActions] = initialTransition(this.machine, {
      dealId: SIMULATED_DEAL,
      fields: deal.fields ?? {},
    });
  }

  get stage(): string {
    return String(this.snapshot.value);
  }

  get closed(): boolean {
    return this.snapshot.status === 'done';
  }

  get visit(): number {
    return this.snapshot.context.visit;
  }

  outcome() {
    return { stage: this.stage, status: statusOf(this.regulation, this.stage), owner: this.owner, at: this.at() };
  }

  view(): DealView {
    return {
      dealId: SIMULATED_DEAL,
      regulation: this.regulation,
      stage: this.stage,
      closed: this.closed,
      context: this.snapshot.context,
      can: (e) => this.snapshot.can(e),
    };
  }

  /** The deal arrives: its first stage, owner, tasks and timers. */
  start(): Promise<void> {
    return this.apply(effectsOf(this.startActions), START_CAUSE);
  }

  /** Steps the machine with an event the validators accepted. */
  send(event: DealEvent): Promise<void> {
    const before = this.snapshot.context.fields;
    const [snapshot, actions] = transition(this.machine, this.snapshot, event);
    this.snapshot = snapshot;
    const effects = effectsOf(actions);
    // Timers that follow the data, as the workflow does (workflows/driver/retime.ts).
    const changed = Object.fromEntries(Object.entries(snapshot.context.fields).filter(([k, v]) => before[k] !== v));
    const stays = !effects.some((e) => e.type === 'stageEntered');
    const retime = stays ? tasksToRetime(SIMULATED_DEAL, this.regulation, this.stage, snapshot.context, changed) : [];
    return this.apply(effects, event.type, retime);
  }

  note(entry: Omit<TimelineEntry, 'at'>): void {
    this.timeline.push({ at: this.at(), ...entry });
  }

  /** Fires every timer due by `until`, in order, as the worker would. */
  async runTimers(until: Date): Promise<void> {
    for (;;) {
      this.timers.sort((a, b) => a.fireAt.localeCompare(b.fireAt) || a.id.localeCompare(b.id));
      const next = this.timers[0];
      if (!next || Date.parse(next.fireAt) > until.getTime() || this.closed) return;
      this.timers.shift();
      this.clock = new Date(next.fireAt);
      await this.fire(next);
    }
  }

  private at(): string {
    return this.clock.toISOString();
  }

  private async fire(timer: TimerRecord): Promise<void> {
    const task = timer.taskId ? this.tasks.get(timer.taskId) : undefined;
    const fired = await timerOutcome(this.decide, this.data, {
      regulation: this.regulation,
      version: this.version,
      deal: {
        id: SIMULATED_DEAL,
        stage: this.stage,
        owner: this.owner ?? this.regulation.assignment.fallback,
        fields: this.snapshot.context.fields,
        client: this.deal.client,
      },
      ...(task ? { task } : {}),
      timer,
      now: this.clock,
    });
    if (fired.reassignedTo) {
      this.owner = fired.reassignedTo;
      for (const t of this.tasks.values()) t.assignee = this.owner;
    }
    this.note({
      kind: timer.kind,
      ...(task ? { task: task.key } : { stage: this.stage }),
      who: fired.recipients,
      level: timer.level,
      reason: timer.reason,
      ...(fired.reassignedTo || fired.delegated.length > 0
        ? {
            detail: [...(fired.reassignedTo ? [`reassigned to ${fired.reassignedTo}`] : []), ...fired.delegated].join(
              '; ',
            ),
          }
        : {}),
    });
  }

  /** The same steps as the transition activity, kept in memory and told as a timeline. */
  private async apply(effects: DealEffect[], cause: string, retime: PlannedTask[] = []): Promise<void> {
    this.seq += 1;
    const plan = planTransition(
      {
        dealId: SIMULATED_DEAL,
        regulation: this.regulation,
        regulationVersion: this.version,
        owner: this.owner,
        client: this.deal.client,
        seq: this.seq,
        at: this.clock,
        actor: 'simulation',
      },
      effects,
      { stage: this.stage, fields: this.snapshot.context.fields, fieldsChanged: {}, cause: { type: cause } },
      { retime },
    );
    const decided = await this.decide.decideTransition(this.data, this.regulation, plan);
    if (decided.assignment) {
      this.owner = decided.owner;
      const reason = String(decided.assignment.outcome.reason ?? '');
      const handedOver = decided.handover
        ? `; handed over by ${decided.handover.from} on entering ${decided.handover.stage}`
        : '';
      this.note({ kind: 'assigned', who: [this.owner], detail: reason + handedOver });
    }
    for (const c of plan.completeTasks) {
      this.note({
        kind: 'task.completed',
        task: this.tasks.get(c.id)?.key ?? c.id,
        ...(c.outcome ? { detail: c.outcome } : {}),
      });
    }
    for (const id of plan.cancelTasks) this.note({ kind: 'task.cancelled', task: this.tasks.get(id)?.key ?? id });
    for (const l of plan.left) this.note({ kind: 'stage.left', stage: l.stage });
    const closedTasks = new Set([...plan.completeTasks.map((c) => c.id), ...plan.cancelTasks]);
    const leftVisits = new Set(plan.left.map((l) => l.visit));
    this.timers = this.timers.filter(
      (t) => !(t.taskId && closedTasks.has(t.taskId)) && !(t.reason === 'stage_sla' && leftVisits.has(t.visit)),
    );
    for (const e of plan.entered) this.note({ kind: 'stage.entered', stage: e.stage });
    for (const t of decided.tasks) {
      this.tasks.set(t.id, t);
      this.note({
        kind: 'task.created',
        stage: t.stage,
        task: t.key,
        who: [t.assignee],
        dueAt: t.dueAt,
        templates: t.templates.map((x) => x.id),
      });
    }
    for (const r of decided.retimed?.tasks ?? []) {
      const task = this.tasks.get(r.id);
      if (task) task.dueAt = r.dueAt;
      this.timers = this.timers.filter((t) => t.taskId !== r.id);
    }
    for (const f of decided.retimed?.facts ?? []) {
      const d = f.data as { taskKey: string; dueAt: string | null; reason: string };
      this.note({ kind: 'task.retimed', task: d.taskKey, dueAt: d.dueAt, detail: d.reason });
    }
    this.timers.push(...decided.timers);
    if (plan.deal.status !== 'active') {
      this.timers = [];
      this.note({ kind: 'deal.closed', stage: plan.deal.stage, detail: plan.deal.status });
    }
  }
}
