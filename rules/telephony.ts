/**
 * What a call does, as json-rules-engine rules the director changes
 * (`PUT /telephony/rules`): which regulation a call from an unknown number
 * opens a lead in (and the region its area code means), how soon a missed
 * call must be called back, and whom to ring when a deal's owner is away.
 * Rules are run with the same engine as the regulation's (`rules/engine.ts`);
 * the first matching rule of each event type wins (priority, then order).
 *
 * Facts: `call` (direction, outcome, from, to, clientNumber, areaCode,
 * country, extension, durationSec), `known` (the number belongs to a company),
 * `now` (iso, hour UTC, weekday 1–7).
 *
 * @module
 */
import type { Strategy } from './assignment.js';
import { BUILTIN_OPERATORS } from './registry.js';
import { STRATEGIES } from './schemas/rule.schema.js';
import type { RuleDefinition } from './types.js';

export type TelephonyEvent = 'lead' | 'call_back' | 'route';

export interface LeadParams {
  /** The regulation the lead's deal runs in. */
  regulationId: string;
  /** The client's region, for the regulation's assignment rules (`by_region`). */
  region?: string;
}
export interface CallBackParams {
  /** How soon, in working time of the deal's regulation calendar (ISO 8601 duration). */
  within: string;
}
export interface RouteParams {
  strategy: Exclude<Strategy, 'sticky' | 'manager'>;
  department?: string;
  region?: string;
}

export const TELEPHONY_FACTS = ['call', 'known', 'now'] as const;

/**
 * The rules shipped: Petersburg numbers (812) are leads of region `spb`, every
 * other incoming unknown number a lead of the basic B2B regulation; a missed
 * call is called back within two working hours; an away owner's call rings
 * the least loaded manager on shift.
 */
export const DEFAULT_TELEPHONY_RULES: RuleDefinition[] = [
  {
    name: 'lead_spb_by_area_code',
    priority: 2,
    conditions: { all: [{ fact: 'call', path: 'areaCode', operator: 'equal', value: '812' }] },
    event: { type: 'lead', params: { regulationId: 'b2b_basic', region: 'spb' } },
  },
  {
    name: 'lead_incoming',
    conditions: { all: [{ fact: 'call', path: 'direction', operator: 'equal', value: 'in' }] },
    event: { type: 'lead', params: { regulationId: 'b2b_basic' } },
  },
  {
    name: 'call_back_within_2_working_hours',
    conditions: { all: [{ fact: 'call', path: 'direction', operator: 'equal', value: 'in' }] },
    event: { type: 'call_back', params: { within: 'PT2H' } },
  },
  {
    name: 'route_least_loaded_on_shift',
    conditions: { all: [{ fact: 'call', path: 'direction', operator: 'equal', value: 'in' }] },
    event: { type: 'route', params: { strategy: 'least_loaded' } },
  },
];

const workingDuration = { type: 'string', pattern: '^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$' } as const;
const condition = {
  type: 'object',
  required: ['fact', 'operator', 'value'],
  additionalProperties: false,
  properties: {
    fact: { enum: TELEPHONY_FACTS },
    path: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$' },
    operator: { enum: BUILTIN_OPERATORS },
    value: {},
  },
} as const;
/** `all`/`any` of `items`: conditions nest two levels deep, which the OpenAPI document can show without `$ref`s. */
const groupOf = (items: object) =>
  ({
    type: 'object',
    minProperties: 1,
    maxProperties: 1,
    additionalProperties: false,
    properties: { all: { type: 'array', items }, any: { type: 'array', items } },
  }) as const;
const group = groupOf({ oneOf: [condition, groupOf(condition)] });
const event = (type: TelephonyEvent, params: object) =>
  ({
    type: 'object',
    required: ['type', 'params'],
    additionalProperties: false,
    properties: { type: { const: type }, params },
  }) as const;
const params = (required: string[], properties: Record<string, object>) =>
  ({ type: 'object', additionalProperties: false, required, properties }) as const;

/** JSON Schema of the telephony rules (`PUT /telephony/rules`). */
export const telephonyRulesSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['rules'],
  properties: {
    rules: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['conditions', 'event'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 100 },
          priority: { type: 'integer', minimum: 1, maximum: 100 },
          conditions: group,
          event: {
            oneOf: [
              event(
                'lead',
                params(['regulationId'], {
                  regulationId: { type: 'string', minLength: 1 },
                  region: { type: 'string' },
                }),
              ),
              event('call_back', params(['within'], { within: workingDuration })),
              event(
                'route',
                params(['strategy'], {
                  strategy: { enum: STRATEGIES.filter((s) => s !== 'sticky' && s !== 'manager') },
                  department: { type: 'string' },
                  region: { type: 'string' },
                }),
              ),
            ],
          },
        },
      },
    },
  },
} as const;

/** The rules whose event is `type`, for a decider of that event. */
export const rulesOf = (rules: RuleDefinition[], type: TelephonyEvent): RuleDefinition[] =>
  rules.filter((r) => r.event.type === type);
