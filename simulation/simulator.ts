/**
 * The dry run: a scenario (a deal arriving, tasks completed after so long,
 * events, silences) run through the same compiled machine, the same driver,
 * the same validators and the same rules as a real deal, on a simulated clock,
 * with no Temporal server and nothing written. Reminders and escalations fire
 * when the simulated clock passes them.
 *
 * @example
 * const { timeline, outcome } = await simulate(regulation, scenario, { registry });
 *
 * @module
 */
import { ApplicationFailure } from '@temporalio/common';
import { initialTransition, transition } from 'xstate';
import { createDecisionMaker, timerOutcome } from '../activities/decide.js';
import { memoryDecisionData } from '../activities/decision-data.js';
import { compileRegulation, effectsOf, type DealEffect } from '../regulation/compile.js';
import { type DealEvent, type FieldValues } from '../regulation/deal-state.js';
import { addDuration } from '../regulation/duration.js';
import type { Regulation } from '../regulation/types.js';
import type { ManagerFacts } from '../rules/assignment.js';
import type { RulesRegistry } from '../rules/registry.js';
import { planTransition, START_CAUSE, statusOf } from '../workflows/driver/deal-driver.js';
import type { TaskRecord, TimerRecord } from '../workflows/driver/transition.js';
import { checkEvent, checkTaskCompletion, type DealView } from '../workflows/validators.js';
import type { TimelineEntry } from './timeline.js';

export interface ScenarioManager {
  id: string;
  name?: string;
  role?: ManagerFacts['role'];
  department?: string;
  region?: string;
  office?: string;
  timezone?: string;
  skills?: string[];
  active?: boolean;
  openTasks?: number;
  openDeals?: number;
}

export type ScenarioStep = { after?: string } & (
  | { complete: string; outcome?: string; fields?: FieldValues }
  | { event: string; fields?: FieldValues }
  | { wait: true }
);

export interface Scenario {
  /** When the lead arrives, ISO 8601 with offset, e.g. 2026-11-23T09:00:00+03:00. */
  start: string;
  managers?: ScenarioManager[];
  deal: { client: Record<string, unknown>; owner?: string; fields?: FieldValues };
  /** Each step happens `after` (ISO 8601 duration) the previous one. */
  steps: ScenarioStep[];
  /** How long to keep the clock running after the last step (default: until every timer has fired). */
  until?: string;
}

export interface Simulation {
  timeline: TimelineEntry[];
  outcome: { stage: string; status: string; owner: string | null; at: string };
}

const SIMULATED_DEAL = 'simulated';

export async function simulate(
  regulation: Regulation,
  scenario: Scenario,
  options: { registry: RulesRegistry; version?: number },
): Promise<Simulation> {
  const decide = createDecisionMaker(options.registry);
  const managers: ManagerFacts[] = (scenario.managers ?? []).map((m) => ({
    id: m.id,
    name: m.name ?? m.id,
    role: m.role ?? 'manager',
    department: m.department ?? null,
    office: m.office ?? null,
    region: m.region ?? null,
    timezone: m.timezone ?? regulation.calendar.timezone,
    skills: m.skills ?? [],
    active: m.active ?? true,
    openTasks: m.openTasks ?? 0,
    openDeals: m.openDeals ?? 0,
  }));
  const data = memoryDecisionData(managers);
  const version = options.version ?? 1;
  const machine = compileRegulation(regulation);
  const client = scenario.deal.client;
  let clock = new Date(scenario.start);
  if (Number.isNaN(clock.getTime())) throw new Error(`scenario start "${scenario.start}" is not a date-time`);
  let [snapshot, actions] = initialTransition(machine, { dealId: SIMULATED_DEAL, fields: scenario.deal.fields ?? {} });
  let owner: string | null = scenario.deal.owner ?? null;
  let seq = 0;
  let timers: TimerRecord[] = [];
  const tasks = new Map<string, TaskRecord>();
  const timeline: TimelineEntry[] = [];
  const at = () => clock.toISOString();
  const stage = () => String(snapshot.value);
  const closed = () => snapshot.status === 'done';
  const view = (): DealView => ({
    dealId: SIMULATED_DEAL,
    regulation,
    stage: stage(),
    closed: closed(),
    context: snapshot.context,
    can: (e) => snapshot.can(e),
  });

  /** The same steps as the transition activity, kept in memory and told as a timeline. */
  const apply = async (effects: DealEffect[], cause: string) => {
    seq += 1;
    const plan = planTransition(
      {
        dealId: SIMULATED_DEAL,
        regulation,
        regulationVersion: version,
        owner,
        client,
        seq,
        at: clock,
        actor: 'simulation',
      },
      effects,
      { stage: stage(), fields: snapshot.context.fields, fieldsChanged: {}, cause: { type: cause } },
    );
    const decided = await decide.decideTransition(data, regulation, plan);
    if (decided.assignment) {
      owner = decided.owner;
      timeline.push({
        at: at(),
        kind: 'assigned',
        who: [owner],
        detail: String(decided.assignment.outcome.reason ?? ''),
      });
    }
    for (const c of plan.completeTasks) {
      timeline.push({
        at: at(),
        kind: 'task.completed',
        task: tasks.get(c.id)?.key ?? c.id,
        ...(c.outcome ? { detail: c.outcome } : {}),
      });
    }
    for (const id of plan.cancelTasks)
      timeline.push({ at: at(), kind: 'task.cancelled', task: tasks.get(id)?.key ?? id });
    for (const l of plan.left) timeline.push({ at: at(), kind: 'stage.left', stage: l.stage });
    const closedTasks = new Set([...plan.completeTasks.map((c) => c.id), ...plan.cancelTasks]);
    const leftVisits = new Set(plan.left.map((l) => l.visit));
    timers = timers.filter(
      (t) => !(t.taskId && closedTasks.has(t.taskId)) && !(t.reason === 'stage_sla' && leftVisits.has(t.visit)),
    );
    for (const e of plan.entered) timeline.push({ at: at(), kind: 'stage.entered', stage: e.stage });
    for (const t of decided.tasks) {
      tasks.set(t.id, t);
      timeline.push({
        at: at(),
        kind: 'task.created',
        stage: t.stage,
        task: t.key,
        who: [t.assignee],
        dueAt: t.dueAt,
        templates: t.templates.map((x) => x.id),
      });
    }
    timers.push(...decided.timers);
    if (plan.deal.status !== 'active') {
      timers = [];
      timeline.push({ at: at(), kind: 'deal.closed', stage: plan.deal.stage, detail: plan.deal.status });
    }
  };

  /** Fires every timer due by `until`, in order, as the worker would. */
  const runTimers = async (until: Date) => {
    for (;;) {
      timers.sort((a, b) => a.fireAt.localeCompare(b.fireAt) || a.id.localeCompare(b.id));
      const next = timers[0];
      if (!next || Date.parse(next.fireAt) > until.getTime() || closed()) return;
      timers.shift();
      clock = new Date(next.fireAt);
      const task = next.taskId ? tasks.get(next.taskId) : undefined;
      const fired = await timerOutcome(decide, data, {
        regulation,
        version,
        deal: {
          id: SIMULATED_DEAL,
          stage: stage(),
          owner: owner ?? regulation.assignment.fallback,
          fields: snapshot.context.fields,
          client,
        },
        ...(task ? { task } : {}),
        timer: next,
        now: clock,
      });
      if (fired.reassignedTo) {
        owner = fired.reassignedTo;
        for (const t of tasks.values()) t.assignee = owner;
      }
      timeline.push({
        at: at(),
        kind: next.kind,
        ...(task ? { task: task.key } : { stage: stage() }),
        who: fired.recipients,
        level: next.level,
        reason: next.reason,
        ...(fired.reassignedTo ? { detail: `reassigned to ${fired.reassignedTo}` } : {}),
      });
    }
  };

  await apply(effectsOf(actions), START_CAUSE);
  for (const s of scenario.steps) {
    if (closed()) break;
    const when = s.after ? addDuration(clock, s.after) : clock;
    await runTimers(when);
    clock = when;
    if ('wait' in s) continue;
    let event: DealEvent;
    try {
      if ('complete' in s) {
        const taskId =
          [...tasks.values()].find((t) => t.key === s.complete && t.visit === snapshot.context.visit)?.id ??
          `${SIMULATED_DEAL}:${snapshot.context.visit}:${s.complete}`;
        checkTaskCompletion(view(), { taskId, ...(s.fields ? { fields: s.fields } : {}) });
        event = {
          type: 'TASK_COMPLETED',
          taskKey: s.complete,
          ...(s.outcome ? { outcome: s.outcome } : {}),
          ...(s.fields ? { fields: s.fields } : {}),
        };
      } else {
        checkEvent(view(), { type: s.event, ...(s.fields ? { fields: s.fields } : {}) });
        event = { type: s.event, ...(s.fields ? { fields: s.fields } : {}) };
      }
    } catch (error) {
      if (!(error instanceof ApplicationFailure)) throw error;
      timeline.push({
        at: at(),
        kind: 'rejected',
        detail: `${error.type}: ${error.message}`,
        ...('complete' in s ? { task: s.complete } : {}),
      });
      continue;
    }
    [snapshot, actions] = transition(machine, snapshot, event);
    await apply(effectsOf(actions), event.type);
  }
  await runTimers(scenario.until ? addDuration(clock, scenario.until) : new Date(8.64e15));
  return {
    // Already in the order things happened; a stable sort by time keeps it.
    timeline: [...timeline].sort((a, b) => a.at.localeCompare(b.at)),
    outcome: { stage: stage(), status: statusOf(regulation, stage()), owner, at: at() },
  };
}
