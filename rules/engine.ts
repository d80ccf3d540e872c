/**
 * json-rules-engine wrapped for Reglament's decisions: a plain dot-path
 * resolver (no JSONPath), the registry's operators, rules ordered by priority
 * then by position, and a result that explains itself: which rule fired,
 * which did not, and the fact values the conditions read.
 *
 * @example
 * const decide = createDecider(regulation.rules.assignment, registry);
 * const { fired, trace } = await decide({ client: { region: 'spb' }, stage: 'cold_call' });
 *
 * @module
 */
import { Engine, type RuleProperties, type RuleResult } from 'json-rules-engine';
import type { RuleDefinition } from './types.js';
import type { RulesRegistry } from './registry.js';

/** Reads `a.b.c` from an object; anything else is undefined. */
export function dotPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export interface RuleTrace {
  rule: string;
  priority: number;
  matched: boolean;
}

export interface Decision<P> {
  /** The winning rule and its event parameters, or undefined when none matched. */
  fired?: { rule: string; priority: number; params: P };
  /** Every matching rule in order (reminders and templates use them all). */
  matches: Array<{ rule: string; priority: number; params: P }>;
  trace: RuleTrace[];
}

export type Decider<P> = (facts: Record<string, unknown>) => Promise<Decision<P>>;

export function createDecider<P = Record<string, unknown>>(
  rules: RuleDefinition[],
  registry: RulesRegistry,
): Decider<P> {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: dotPath as never });
  for (const [name, fn] of registry.customOperators()) engine.addOperator(name, fn as never);
  const named = rules.map((r, i) => ({
    ...r,
    name: r.name ?? `rule #${i + 1}`,
    priority: r.priority ?? 1,
    position: i,
  }));
  for (const r of named)
    engine.addRule({ name: r.name, priority: r.priority, conditions: r.conditions, event: r.event } as RuleProperties);
  const order = new Map(named.map((r) => [r.name, r]));

  return async (facts) => {
    if (named.length === 0) return { matches: [], trace: [] };
    const { results, failureResults } = await engine.run(facts);
    const all: RuleResult[] = [...results, ...failureResults];
    const sorted = all
      .map((r) => ({ result: r, def: order.get(r.name)! }))
      .sort((a, b) => b.def.priority - a.def.priority || a.def.position - b.def.position);
    const matches = sorted
      .filter((r) => r.result.result)
      .map((r) => ({ rule: r.def.name, priority: r.def.priority, params: (r.def.event.params ?? {}) as P }));
    return {
      ...(matches[0] ? { fired: matches[0] } : {}),
      matches,
      trace: sorted.map((r) => ({ rule: r.def.name, priority: r.def.priority, matched: Boolean(r.result.result) })),
    };
  };
}
