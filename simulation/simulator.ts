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
import { memoryDecisionData } from '../domain/decision-data.js';
import type { TimelineEntry } from '../domain/timeline.js';
import type { DealEvent, FieldValues } from '../regulation/deal-state.js';
import { addDuration } from '../regulation/duration.js';
import type { Regulation } from '../regulation/types.js';
import type { ManagerFacts } from '../rules/assignment.js';
import type { Absence, Capacity, PersonalHours } from '../rules/people.js';
import type { RulesRegistry } from '../rules/registry.js';
import { checkEvent, checkTaskCompletion } from '../workflows/validators.js';
import { SIMULATED_DEAL, SimulatedDeal } from './simulated-deal.js';

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
  /** People-aware rules (`rules/people.ts`): absences with a deputy, a cap, their own hours. */
  absences?: Absence[];
  capacity?: Capacity;
  hours?: PersonalHours;
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

/** The scenario's team as the rules see it, with the defaults a newcomer expects. */
function scenarioTeam(scenario: Scenario, regulation: Regulation): ManagerFacts[] {
  return (scenario.managers ?? []).map((m) => ({
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
    ...(m.absences ? { absences: m.absences } : {}),
    ...(m.capacity ? { capacity: m.capacity } : {}),
    ...(m.hours ? { hours: m.hours } : {}),
  }));
}

/**
 * The event a step sends, checked by the workflow's own validators; a step
 * the regulation refuses is told as `rejected` and sends nothing.
 */
function stepEvent(deal: SimulatedDeal, s: Exclude<ScenarioStep, { wait: true }>): DealEvent | undefined {
  const fields = 'fields' in s && s.fields ? { fields: s.fields } : {};
  try {
    if ('complete' in s) {
      const taskId =
        [...deal.tasks.values()].find((t) => t.key === s.complete && t.visit === deal.visit)?.id ??
        `${SIMULATED_DEAL}:${deal.visit}:${s.complete}`;
      checkTaskCompletion(deal.view(), { taskId, ...(s.outcome ? { outcome: s.outcome } : {}), ...fields });
      return { type: 'TASK_COMPLETED', taskKey: s.complete, ...(s.outcome ? { outcome: s.outcome } : {}), ...fields };
    }
    checkEvent(deal.view(), { type: s.event, ...fields });
    return { type: s.event, ...fields };
  } catch (error) {
    if (!(error instanceof ApplicationFailure)) throw error;
    deal.note({
      kind: 'rejected',
      detail: `${error.type}: ${error.message}`,
      ...('complete' in s ? { task: s.complete } : {}),
    });
    return undefined;
  }
}

export async function simulate(
  regulation: Regulation,
  scenario: Scenario,
  options: { registry: RulesRegistry; version?: number },
): Promise<Simulation> {
  const start = new Date(scenario.start);
  if (Number.isNaN(start.getTime())) throw new Error(`scenario start "${scenario.start}" is not a date-time`);
  const data = memoryDecisionData(scenarioTeam(scenario, regulation));
  const deal = new SimulatedDeal(regulation, options.version ?? 1, data, options.registry, scenario.deal, start);
  await deal.start();
  for (const s of scenario.steps) {
    if (deal.closed) break;
    const when = s.after ? addDuration(deal.clock, s.after) : deal.clock;
    await deal.runTimers(when);
    deal.clock = when;
    if ('wait' in s) continue;
    const event = stepEvent(deal, s);
    if (event) await deal.send(event);
  }
  await deal.runTimers(scenario.until ? addDuration(deal.clock, scenario.until) : new Date(8.64e15));
  return {
    // Already in the order things happened; a stable sort by time keeps it.
    timeline: [...deal.timeline].sort((a, b) => a.at.localeCompare(b.at)),
    outcome: deal.outcome(),
  };
}
