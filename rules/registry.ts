/**
 * What rules may refer to: the facts each decision offers and the operators
 * conditions may use. Built-ins are registered here; plugins add their own
 * through the same `RulesRegistry` API, and regulation validation reads it, so
 * a rule naming an unknown fact or operator is refused when it is written.
 *
 * @module
 */
import { COMPANY_FACT_DEFINITIONS, companyFactProviders, type CompanyFactsLookup } from './company-facts.js';

/** The four decisions rules make. */
export type DecisionKind = 'assignment' | 'reminders' | 'escalation' | 'templates';
export const DECISION_KINDS: readonly DecisionKind[] = ['assignment', 'reminders', 'escalation', 'templates'];

/** The event a rule of each kind must raise. */
export const EVENT_TYPES: Record<DecisionKind, string> = {
  assignment: 'assign',
  reminders: 'remind',
  escalation: 'escalate',
  templates: 'suggest_templates',
};

export const BUILTIN_OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;

export interface FactDefinition {
  description: string;
  /** Which decisions offer this fact. */
  kinds: readonly DecisionKind[];
}

export type OperatorFn = (factValue: unknown, compareTo: unknown) => boolean;

/** What a fact provider gets: the facts already known for this decision. */
export type FactProvider = (known: Readonly<Record<string, unknown>>) => unknown | Promise<unknown>;

const ALL = DECISION_KINDS;

export const BUILTIN_FACTS: Record<string, FactDefinition> = {
  deal: { description: 'the deal: id, stage, fields, owner', kinds: ALL },
  client: { description: 'the client: name, region, industry, segment, …', kinds: ALL },
  fields: { description: 'the deal’s field values', kinds: ALL },
  stage: { description: 'the current stage key', kinds: ALL },
  regulation: { description: 'regulation id', kinds: ALL },
  now: { description: 'the decision time: iso, hour (UTC), weekday (1–7)', kinds: ALL },
  participants: {
    description: 'people who handed the deal over and follow it (e.g. the info agent), oldest first',
    kinds: ALL,
  },
  task: {
    description: 'the task: key, title, kind (call, meeting…), required, due',
    kinds: ['reminders', 'escalation', 'templates'],
  },
  escalation: { description: 'reason (task_overdue | stage_sla), level, overdueMinutes', kinds: ['escalation'] },
};

export class RulesRegistry {
  private readonly facts = new Map<string, FactDefinition>(Object.entries(BUILTIN_FACTS));
  private readonly operators = new Map<string, OperatorFn>();
  private readonly providers = new Map<string, FactProvider>();

  /** Adds a fact a rule may name; `provide` computes it when a decision runs. */
  addFact(name: string, definition: FactDefinition, provide?: FactProvider): this {
    if (this.facts.has(name)) throw new Error(`fact "${name}" is already registered`);
    this.facts.set(name, definition);
    if (provide) this.providers.set(name, provide);
    return this;
  }

  /** Gives a registered fact its provider (a later call replaces it): a value the worker reads for it. */
  provide(name: string, provide: FactProvider): this {
    if (!this.facts.has(name)) throw new Error(`fact "${name}" is not registered`);
    this.providers.set(name, provide);
    return this;
  }

  /** Computes the provided facts a decision of `kind` offers; a throwing provider fails the decision. */
  async provideFacts(kind: DecisionKind, known: Record<string, unknown>): Promise<Record<string, unknown>> {
    const provided: Record<string, unknown> = {};
    for (const [name, provide] of this.providers) {
      if (!this.facts.get(name)!.kinds.includes(kind)) continue;
      try {
        provided[name] = await provide(known);
      } catch (error) {
        throw new Error(`fact provider "${name}" failed: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
    }
    return provided;
  }

  addOperator(name: string, fn: OperatorFn): this {
    if ((BUILTIN_OPERATORS as readonly string[]).includes(name) || this.operators.has(name)) {
      throw new Error(`operator "${name}" is already registered`);
    }
    this.operators.set(name, fn);
    return this;
  }

  factsFor(kind: DecisionKind): string[] {
    return [...this.facts].filter(([, d]) => d.kinds.includes(kind)).map(([n]) => n);
  }

  operatorNames(): string[] {
    return [...BUILTIN_OPERATORS, ...this.operators.keys()];
  }

  customOperators(): ReadonlyMap<string, OperatorFn> {
    return this.operators;
  }
}

/** Operators every regulation can use beyond json-rules-engine's own. */
export function defaultRegistry(): RulesRegistry {
  return new RulesRegistry()
    .addFact('company', COMPANY_FACT_DEFINITIONS.company)
    .addFact('holding', COMPANY_FACT_DEFINITIONS.holding)
    .addOperator('startsWith', (a, b) => typeof a === 'string' && typeof b === 'string' && a.startsWith(b))
    .addOperator('matches', (a, b) => typeof a === 'string' && typeof b === 'string' && safeRegex(b).test(a))
    .addOperator('hasAny', (a, b) => Array.isArray(a) && Array.isArray(b) && b.some((x) => a.includes(x)));
}

function safeRegex(source: string): RegExp {
  if (source.length > 200) throw new Error('pattern too long');
  return new RegExp(source);
}

/** The worker's lookup behind the `company` and `holding` facts (`rules/company-facts.ts`). */
export function provideCompanyFacts(registry: RulesRegistry, lookup: CompanyFactsLookup): RulesRegistry {
  const providers = companyFactProviders(lookup);
  return registry.provide('company', providers.company).provide('holding', providers.holding);
}
