/**
 * The analytics funnel: deals per stage and status of one regulation, grouped
 * by a dimension (owner, region, or one a plugin contributes).
 *
 * @module
 */
import { component } from '../openapi.js';
import { nullableString } from './common.js';
import { dealStatus } from './deals.js';

/** `GET /analytics/funnel` query. */
export const funnelQuerySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['regulationId'],
  properties: {
    regulationId: { type: 'string', minLength: 1 },
    dimension: {
      type: 'string',
      minLength: 1,
      description: 'owner, region, or a dimension a plugin contributes; none: by stage and status only',
    },
  },
} as const;

/** `GET /analytics/funnel`: deals per stage and status, grouped by the dimension's value. */
export const funnelSchema = component('Funnel', {
  type: 'object',
  additionalProperties: false,
  required: ['regulationId', 'dimension', 'rows'],
  properties: {
    regulationId: { type: 'string' },
    dimension: nullableString,
    rows: {
      type: 'array',
      items: component('FunnelRow', {
        type: 'object',
        additionalProperties: false,
        required: ['dimension', 'stage', 'status', 'deals'],
        properties: {
          dimension: { ...nullableString, description: "the dimension's value; null without a dimension" },
          stage: { type: 'string' },
          status: dealStatus,
          deals: { type: 'integer', minimum: 0 },
        },
      } as const),
    },
  },
} as const);

const count = { type: 'integer', minimum: 0 } as const;
const share = { type: ['number', 'null'], minimum: 0, maximum: 1 } as const;
const nullableNumber = { type: ['number', 'null'] } as const;
const day = '^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9:.]+(Z|[+-][0-9]{2}:?[0-9]{2})?)?$';

/** The filters every analytics endpoint takes (and `format`: JSON or CSV). */
export const analyticsFilterProperties = {
  from: { type: 'string', pattern: day, description: 'period start (inclusive), a date or a timestamp' },
  to: { type: 'string', pattern: day, description: 'period end (exclusive), a date or a timestamp' },
  regulationId: { type: 'string', minLength: 1, description: 'only deals of this regulation' },
  version: {
    type: 'string',
    pattern: '^[1-9][0-9]*$',
    maxLength: 9,
    description: 'only deals pinned to this regulation version',
  },
  stage: { type: 'string', minLength: 1, description: 'only this stage' },
  department: { type: 'string', minLength: 1, description: "only this department's people (owner, assignee, actor)" },
  manager: { type: 'string', minLength: 1, description: 'only this person (owner, assignee, actor)' },
  region: { type: 'string', minLength: 1, description: "the company's region (the client's, without a company)" },
  industry: { type: 'string', minLength: 1, description: "the company's industry (the client's, without a company)" },
  companyId: { type: 'string', minLength: 1, description: 'only deals with this company' },
  holdingId: { type: 'string', minLength: 1, description: "only deals with this holding's companies" },
  format: {
    enum: ['json', 'csv'],
    description: 'csv: the rows as text/csv (as with `Accept: text/csv`); nested lists are JSON in their cell',
  },
} as const;

const filterQuery = <const P extends object>(extra: P) =>
  ({ type: 'object', additionalProperties: false, properties: { ...analyticsFilterProperties, ...extra } }) as const;

/** `GET /analytics/stages` query. */
export const stageFunnelQuerySchema = filterQuery({
  groupBy: { enum: ['none', 'cohort'], description: 'cohort: one series per month deals started in' },
  compare: { enum: ['version'], description: 'version: one series per regulation version (needs regulationId)' },
  versions: {
    type: 'string',
    pattern: '^[1-9][0-9]{0,8}(,[1-9][0-9]{0,8})*$',
    maxLength: 100,
    description: 'with compare=version, the versions to put side by side, e.g. 1,2',
  },
});

export const stageFunnelSchema = component('StageFunnel', {
  type: 'object',
  additionalProperties: false,
  required: ['groupBy', 'series'],
  properties: {
    groupBy: { enum: ['none', 'cohort', 'version'] },
    series: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'stages'],
        properties: {
          key: { ...nullableString, description: 'the cohort month (YYYY-MM) or the version; null without grouping' },
          stages: {
            type: 'array',
            items: component('StageFunnelRow', {
              type: 'object',
              additionalProperties: false,
              required: [
                'stage',
                'order',
                'entered',
                'advanced',
                'conversion',
                'lost',
                'dropOff',
                'won',
                'lostReasons',
                'competitors',
              ],
              properties: {
                stage: { type: 'string' },
                order: { type: 'integer', description: "the stage's position in its regulation (1-based)" },
                entered: { ...count, description: 'deals that entered the stage (first entry, in the period)' },
                advanced: { ...count, description: 'of those, deals that reached a later stage (not a loss)' },
                conversion: { ...share, description: 'advanced / entered' },
                lost: { ...count, description: 'of those, deals lost from this stage' },
                dropOff: { ...share, description: 'lost / entered' },
                won: { ...count, description: 'of those, deals won since' },
                lostReasons: {
                  type: 'array',
                  items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['reason', 'deals'],
                    properties: { reason: { type: 'string' }, deals: count },
                  },
                },
                competitors: {
                  type: 'array',
                  items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['competitor', 'deals'],
                    properties: { competitor: { type: 'string' }, deals: count },
                  },
                },
              },
            } as const),
          },
        },
      },
    },
  },
} as const);

/** `GET /analytics/time` query. */
export const stageTimeQuerySchema = filterQuery({});

export const stageTimeSchema = component('StageTime', {
  type: 'object',
  additionalProperties: false,
  required: ['clock', 'stages', 'cycle'],
  properties: {
    clock: {
      enum: ['wall'],
      description:
        '`…Hours` and `…Days` are wall time; `…WorkingHours` count only the working hours of the deal’s regulation calendar (its zone, working days and hours, holidays), stored when each visit ended; SLA breaches are judged as each stage’s `breachClock` says',
    },
    stages: {
      type: 'array',
      items: component('StageTimeRow', {
        type: 'object',
        additionalProperties: false,
        required: [
          'stage',
          'order',
          'visits',
          'completed',
          'medianHours',
          'p90Hours',
          'medianWorkingHours',
          'p90WorkingHours',
          'sla',
          'withSla',
          'breached',
          'breachedShare',
          'breachClock',
        ],
        properties: {
          stage: { type: 'string' },
          order: { type: 'integer' },
          visits: { ...count, description: 'visits entered in the period' },
          completed: { ...count, description: 'of those, visits that ended (the percentiles are over these)' },
          medianHours: nullableNumber,
          p90Hours: nullableNumber,
          medianWorkingHours: { ...nullableNumber, description: 'working time of the completed visits, median' },
          p90WorkingHours: { ...nullableNumber, description: 'working time of the completed visits, 90th percentile' },
          sla: { ...nullableString, description: "the stage's SLA (ISO 8601 duration)" },
          withSla: count,
          breached: { ...count, description: 'visits longer than the SLA, or still open and already past it' },
          breachedShare: { ...share, description: 'breached / withSla' },
          breachClock: {
            type: ['string', 'null'],
            enum: ['working', 'wall', 'mixed', null],
            description:
              'how `breached` was judged: `working` — the working time of each visit in its regulation calendar against the SLA counted in working time (a day is a working day, a week the working days of a week), as the engine’s SLA escalations count it; `wall` — wall time, for SLAs in months or years; `mixed` — versions of both kinds; null — no SLA',
          },
        },
      } as const),
    },
    cycle: {
      type: 'array',
      items: component('CycleRow', {
        type: 'object',
        additionalProperties: false,
        required: ['status', 'deals', 'medianDays', 'p90Days', 'avgDays', 'medianWorkingHours', 'p90WorkingHours'],
        properties: {
          status: { enum: ['won', 'lost'] },
          deals: { ...count, description: 'deals closed in the period' },
          medianDays: nullableNumber,
          p90Days: nullableNumber,
          avgDays: nullableNumber,
          medianWorkingHours: { ...nullableNumber, description: 'working time from start to close, median' },
          p90WorkingHours: { ...nullableNumber, description: 'working time from start to close, 90th percentile' },
        },
      } as const),
    },
  },
} as const);

/** `GET /analytics/compliance` query. */
export const complianceQuerySchema = filterQuery({
  kind: { type: 'string', minLength: 1, description: 'only tasks of this kind (call, meeting, email…)' },
  groupBy: { enum: ['none', 'manager', 'department', 'company'], description: 'rows per kind and this' },
});

export const complianceSchema = component('Compliance', {
  type: 'object',
  additionalProperties: false,
  required: ['groupBy', 'rows'],
  properties: {
    groupBy: { enum: ['none', 'manager', 'department', 'company'] },
    rows: {
      type: 'array',
      items: component('ComplianceRow', {
        type: 'object',
        additionalProperties: false,
        required: [
          'key',
          'kind',
          'demanded',
          'done',
          'doneOnTime',
          'doneLate',
          'cancelled',
          'open',
          'overdue',
          'overridden',
        ],
        properties: {
          key: { ...nullableString, description: 'the manager, department or company; null without grouping' },
          kind: { type: 'string' },
          demanded: { ...count, description: 'tasks the regulation set, due (or created) in the period' },
          done: { ...count, description: 'done (held), not with the outcome cancelled' },
          doneOnTime: count,
          doneLate: count,
          cancelled: { ...count, description: 'cancelled, or done with the outcome cancelled' },
          open: count,
          overdue: { ...count, description: 'open and past due now' },
          overridden: { ...count, description: 'of the cancelled: skipped by an audited override of the regulation' },
        },
      } as const),
    },
  },
} as const);

/** `GET /analytics/refusals` query. */
export const refusalQuerySchema = filterQuery({});

export const refusalSchema = component('Refusals', {
  type: 'object',
  additionalProperties: false,
  required: ['rows'],
  properties: {
    rows: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['manager', 'code', 'attempts'],
        properties: { manager: { type: 'string' }, code: { type: 'string' }, attempts: count },
      },
    },
  },
} as const);

/** `GET /analytics/managers` query. */
export const managerStatsQuerySchema = filterQuery({});

export const managerStatsSchema = component('ManagerStats', {
  type: 'object',
  additionalProperties: false,
  required: ['rows'],
  properties: {
    rows: {
      type: 'array',
      items: component('ManagerStatsRow', {
        type: 'object',
        additionalProperties: false,
        required: [
          'manager',
          'name',
          'department',
          'region',
          'leads',
          'won',
          'lost',
          'conversion',
          'calls',
          'loggedCalls',
          'meetings',
          'overdue',
          'escalations',
          'avgCycleDays',
        ],
        properties: {
          manager: { type: 'string' },
          name: { type: 'string' },
          department: nullableString,
          region: nullableString,
          leads: { ...count, description: 'deals started in the period that they own' },
          won: { ...count, description: 'of those, won (the company became a client)' },
          lost: count,
          conversion: { ...share, description: 'won / leads' },
          calls: { ...count, description: 'call tasks done in the period' },
          loggedCalls: { ...count, description: 'external.call.logged events on their deals in the period' },
          meetings: { ...count, description: 'meeting tasks done in the period (not cancelled)' },
          overdue: { ...count, description: 'their open tasks past due now' },
          escalations: { ...count, description: 'escalations they received in the period' },
          avgCycleDays: { ...nullableNumber, description: 'average days from start to win of deals won in the period' },
        },
      } as const),
    },
  },
} as const);

/** `GET /analytics/regions` query. */
export const regionQuerySchema = filterQuery({});

export const regionConversionSchema = component('RegionConversion', {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'to', 'rows'],
  properties: {
    from: { type: 'string', description: 'the period start used (six months before `to` unless given)' },
    to: nullableString,
    rows: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['region', 'leads', 'won', 'lost', 'conversion', 'avgCycleDays'],
        properties: {
          region: nullableString,
          leads: { ...count, description: 'deals started in the period' },
          won: count,
          lost: count,
          conversion: { ...share, description: 'won / leads: the share of leads that became sales' },
          avgCycleDays: nullableNumber,
        },
      },
    },
  },
} as const);

/** `GET /analytics/win-probability` query. */
export const winQuerySchema = filterQuery({
  limit: { type: 'string', pattern: '^[1-9][0-9]{0,4}$', description: 'at most this many open deals (default 500)' },
});

const contribution = {
  type: 'object',
  additionalProperties: false,
  required: ['factor', 'value', 'weight'],
  properties: {
    factor: { type: 'string' },
    value: { type: 'string' },
    weight: { type: 'number', description: "this factor's term in the deal's log-odds" },
  },
} as const;

export const winProbabilitySchema = component('WinProbability', {
  type: 'object',
  additionalProperties: false,
  required: ['computed', 'refreshedAt', 'model', 'calibration', 'deals'],
  properties: {
    computed: {
      enum: ['schedule', 'on request'],
      description:
        'schedule: the model its Temporal schedule last refitted on every closed deal; on request: fitted now, because the filter narrows the closed deals learned from (or no refit has run yet)',
    },
    refreshedAt: {
      type: ['string', 'null'],
      format: 'date-time',
      description: 'when the schedule last refitted the model (null when fitted on request)',
    },
    model: {
      type: 'object',
      additionalProperties: false,
      required: ['method', 'deals', 'wins', 'baseRate', 'smoothing', 'factors'],
      properties: {
        method: { type: 'string' },
        deals: { ...count, description: 'closed deals learned from' },
        wins: count,
        baseRate: { type: 'number' },
        smoothing: { type: 'number', description: 'the m of the m-estimate of each win rate' },
        factors: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['factor', 'value', 'n', 'wins', 'rate', 'weight'],
            properties: {
              factor: { enum: ['stage', 'sla', 'industry', 'region', 'source', 'competitor', 'manager'] },
              value: { type: 'string' },
              n: count,
              wins: count,
              rate: { type: 'number', description: 'smoothed win rate' },
              weight: { type: 'number', description: 'logit(rate) − logit(baseRate)' },
            },
          },
        },
      },
    },
    calibration: component('WinCalibration', {
      type: 'object',
      additionalProperties: false,
      required: ['trainingDeals', 'heldOutDeals', 'snapshots', 'brier', 'baseBrier', 'reliability'],
      properties: {
        trainingDeals: count,
        heldOutDeals: count,
        snapshots: { ...count, description: 'held-out (deal, stage entered) pairs scored' },
        brier: { ...nullableNumber, description: "the model's Brier score on the held-out snapshots" },
        baseBrier: { ...nullableNumber, description: 'the Brier score of always predicting the base rate' },
        reliability: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['from', 'to', 'snapshots', 'predicted', 'observed'],
            properties: {
              from: { type: 'number' },
              to: { type: 'number' },
              snapshots: count,
              predicted: nullableNumber,
              observed: nullableNumber,
            },
          },
        },
      },
    } as const),
    deals: {
      type: 'array',
      items: component('WinProbabilityDeal', {
        type: 'object',
        additionalProperties: false,
        required: ['dealId', 'owner', 'stage', 'probability', 'contributions'],
        properties: {
          dealId: { type: 'string' },
          owner: { type: 'string' },
          stage: { type: 'string' },
          probability: { type: 'number', minimum: 0, maximum: 1 },
          contributions: { type: 'array', items: contribution },
        },
      } as const),
    },
  },
} as const);
