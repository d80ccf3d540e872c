/**
 * What every rules decision shares: the facts of a deal, compiled rule sets
 * per regulation version, the registry's provided facts, the office calendar
 * of a manager, and the record a decision leaves behind. A decision whose
 * rules or fact providers fail falls back and records the error, so a deal
 * never stalls on a broken rule.
 *
 * @module
 */
import type { Regulation, RuleDefinition } from '../regulation/types.js';
import type { ManagerFacts } from '../rules/assignment.js';
import type { BusinessCalendar } from '../rules/calendar.js';
import { createDecider, type Decider } from '../rules/engine.js';
import { personalCalendar } from '../rules/people.js';
import type { DecisionKind, RulesRegistry } from '../rules/registry.js';

export interface DecisionRecord {
  kind: DecisionKind;
  subject: string | null;
  rule: string | null;
  outcome: Record<string, unknown>;
  facts: Record<string, unknown>;
  alternatives: unknown[];
  trace: unknown[];
  error: string | null;
}

export interface DealFacts {
  deal: { id: string; stage: string; owner: string | null; fields: Record<string, unknown>; regulationId: string };
  client: Record<string, unknown>;
  fields: Record<string, unknown>;
  stage: string;
  regulation: string;
  now: { iso: string; hour: number; weekday: number };
  /** Who handed the deal over (the decision that reads them fills them in). */
  participants: string[];
}

export function dealFacts(
  d: {
    id: string;
    stage: string;
    owner: string | null;
    fields: Record<string, unknown>;
    client: Record<string, unknown>;
    regulationId: string;
  },
  at: Date,
): DealFacts {
  return {
    deal: { id: d.id, stage: d.stage, owner: d.owner, fields: d.fields, regulationId: d.regulationId },
    client: d.client,
    fields: d.fields,
    stage: d.stage,
    regulation: d.regulationId,
    now: { iso: at.toISOString(), hour: at.getUTCHours(), weekday: ((at.getUTCDay() + 6) % 7) + 1 },
    participants: [],
  };
}

/** The client's identity across deals: tax number, then e-mail, then name. */
export function clientKey(client: Record<string, unknown>): string {
  return String(client.inn ?? client.email ?? client.name ?? '');
}

export function createRuleRunner(registry: RulesRegistry) {
  const deciders = new Map<string, Decider<unknown>>();
  const deciderFor = <P>(regulation: Regulation, version: number, kind: DecisionKind): Decider<P> => {
    const key = `${regulation.id}@${version}:${kind}`;
    let d = deciders.get(key);
    if (!d) {
      d = createDecider(regulation.rules[kind] as RuleDefinition[], registry);
      deciders.set(key, d);
    }
    return d as Decider<P>;
  };

  /** Runs one decision's rules over its facts plus the registry's provided facts. */
  async function run<P>(regulation: Regulation, version: number, kind: DecisionKind, facts: Record<string, unknown>) {
    const all = { ...facts, ...(await registry.provideFacts(kind, facts)) };
    return { facts: all, decision: await deciderFor<P>(regulation, version, kind)(all) };
  }

  // A person's own zone, days and hours (part-time, shifts) over the regulation's; its holidays stay.
  const calendarFor = (regulation: Regulation, manager: ManagerFacts | undefined): BusinessCalendar =>
    personalCalendar(regulation.calendar, manager);

  return { run, calendarFor };
}

export type RuleRunner = ReturnType<typeof createRuleRunner>;

export const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function failed(
  kind: DecisionKind,
  subject: string | null,
  facts: unknown,
  error: unknown,
  outcome: Record<string, unknown>,
): DecisionRecord {
  return {
    kind,
    subject,
    rule: null,
    outcome: { ...outcome, reason: 'the rules failed: fallback' },
    facts: (facts ?? {}) as Record<string, unknown>,
    alternatives: [],
    trace: [],
    error: message(error),
  };
}
