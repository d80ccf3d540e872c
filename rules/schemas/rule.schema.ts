/**
 * JSON Schema of json-rules-engine rules as a regulation may write them,
 * generated per decision kind from the registry: facts and operators are
 * closed lists, `path` is a plain dot path (no JSONPath), and the event must
 * be the decision's own with its parameters.
 *
 * @module
 */
import { EVENT_TYPES, type DecisionKind, type RulesRegistry } from '../registry.js';

const signedOffset = { type: 'string', pattern: '^-?P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$' } as const;
export const STRATEGIES = ['round_robin', 'least_loaded', 'by_region', 'by_expertise', 'sticky', 'manager'] as const;
export const RECIPIENTS = ['assignee', 'head', 'director'] as const;

const assignParams = {
  type: 'object',
  additionalProperties: false,
  required: ['strategy'],
  properties: {
    strategy: { enum: STRATEGIES },
    department: { type: 'string' },
    region: { type: 'string' },
    office: { type: 'string' },
    skill: { type: 'string' },
    managerId: { type: 'string' },
    then: { enum: STRATEGIES.filter((s) => s !== 'sticky') },
  },
} as const;

export const EVENT_PARAMS: Record<DecisionKind, object> = {
  assignment: assignParams,
  reminders: {
    type: 'object',
    additionalProperties: false,
    required: ['offsets'],
    properties: {
      offsets: {
        type: 'array',
        minItems: 1,
        items: signedOffset,
        description: 'relative to the due time: -PT30M is 30 minutes before',
      },
      to: { enum: RECIPIENTS, default: 'assignee' },
    },
  },
  escalation: {
    type: 'object',
    additionalProperties: false,
    properties: { reassign: assignParams, notify: { type: 'array', items: { enum: RECIPIENTS } } },
  },
  templates: {
    type: 'object',
    additionalProperties: false,
    properties: {
      kind: { enum: ['proposal', 'email', 'call_script'] },
      industry: { type: 'string' },
      segment: { type: 'string' },
      language: { type: 'string' },
      templateIds: { type: 'array', items: { type: 'string' } },
      limit: { type: 'integer', minimum: 1, maximum: 10 },
    },
  },
};

export function ruleSchema(kind: DecisionKind, registry: RulesRegistry): object {
  const condition = {
    type: 'object',
    additionalProperties: false,
    required: ['fact', 'operator', 'value'],
    properties: {
      fact: { enum: registry.factsFor(kind) },
      operator: { enum: registry.operatorNames() },
      value: {},
      path: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$' },
      params: { type: 'object' },
    },
  };
  return {
    type: 'object',
    additionalProperties: false,
    required: ['conditions', 'event'],
    properties: {
      name: { type: 'string', minLength: 1 },
      priority: { type: 'integer', minimum: 1 },
      conditions: { $ref: '#/$defs/top' },
      event: {
        type: 'object',
        additionalProperties: false,
        required: ['type'],
        properties: { type: { const: EVENT_TYPES[kind] }, params: EVENT_PARAMS[kind] },
      },
    },
    $defs: {
      condition,
      // A node is a condition when it names a fact, a nested all/any/not otherwise;
      // if/then/else (not oneOf) so errors point into the branch that applies.
      node: {
        if: { type: 'object', properties: { fact: true }, required: ['fact'] },
        then: { $ref: '#/$defs/condition' },
        else: { $ref: '#/$defs/top' },
      },
      top: {
        type: 'object',
        minProperties: 1,
        maxProperties: 1,
        additionalProperties: false,
        properties: {
          all: { type: 'array', items: { $ref: '#/$defs/node' } },
          any: { type: 'array', items: { $ref: '#/$defs/node' } },
          not: { $ref: '#/$defs/node' },
        },
      },
    },
  };
}
