/**
 * JSON Schema of a regulation file, the single definition that ajv validates
 * against and that the API publishes. Semantic checks (targets exist, stages
 * reachable...) live in `semantics.ts`: a schema cannot express them.
 *
 * @module
 */

import { nextSchema, takesSchema } from './chain.js';
import { recurSchema } from './recur.js';

const key = { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 } as const;
const eventName = { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$', maxLength: 64 } as const;
const duration = {
  type: 'string',
  description: 'ISO 8601 duration, e.g. PT4H or P2D',
  pattern: '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$',
} as const;
const hhmm = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$' } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const rules = { type: 'array', items: { type: 'object' } } as const;
const responsible = {
  description:
    'who takes the deal on entering: keep (the owner stays), rules (the assignment rules decide again), or a department (least loaded there, or by strategy), or the owner’s head or a director; the previous owner stays on the deal as a participant',
  oneOf: [
    { enum: ['keep', 'rules'] },
    {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        department: { type: 'string', minLength: 1 },
        role: { enum: ['head', 'director'] },
        strategy: { enum: ['least_loaded', 'round_robin', 'by_region', 'by_expertise'] },
        skill: { type: 'string', minLength: 1 },
        region: { type: 'string', minLength: 1 },
      },
    },
  ],
} as const;

export const regulationSchema = {
  $id: 'https://reglament.dev/schemas/regulation.json',
  title: 'Sales regulation',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'stages'],
  properties: {
    $schema: { type: 'string' },
    id: { ...key, description: 'Stable identifier, e.g. b2b_basic' },
    title: { type: 'string', minLength: 1 },
    defaultOwner: { type: 'string', minLength: 1, default: 'queue:unassigned' },
    taskKinds: {
      type: 'array',
      description: 'kinds of tasks besides task, call, meeting, email, document, visit (e.g. measurement)',
      items: key,
      uniqueItems: true,
    },
    responsibility: {
      type: 'object',
      description:
        'who takes which stage, by stage key (also stages a plugin adds): keep, rules, or { department, strategy }',
      propertyNames: key,
      additionalProperties: responsible,
    },
    lostReasons: {
      type: 'array',
      description: 'why deals are lost: a loss is told with one of these (the lost_reason field)',
      items: key,
      uniqueItems: true,
    },
    takes: takesSchema,
    complaints: {
      type: 'object',
      additionalProperties: false,
      required: ['sla'],
      description:
        'complaints from clients: the working time to resolve one (default PT8H, a working day); match: words or phrases that make a client’s e-mail reply a complaint (case-insensitive)',
      properties: {
        sla: duration,
        match: { type: 'array', items: { type: 'string', minLength: 2, maxLength: 200 }, uniqueItems: true },
      },
    },
    competitors: {
      type: 'array',
      description: 'competitors a lost deal may name (the competitor field)',
      items: { type: 'string', minLength: 1, maxLength: 200 },
      uniqueItems: true,
    },
    plugins: {
      type: 'array',
      description: 'plugins composed into this regulation, in order',
      items: {
        oneOf: [
          key,
          {
            type: 'object',
            additionalProperties: false,
            required: ['id'],
            properties: { id: key, version: { type: 'string' } },
          },
        ],
      },
    },
    calendar: {
      type: 'object',
      additionalProperties: false,
      properties: {
        timezone: { type: 'string', minLength: 1 },
        workingDays: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 7 }, uniqueItems: true },
        start: hhmm,
        end: hhmm,
        holidays: { type: 'array', items: date },
        workingWeekends: { type: 'array', items: date },
      },
    },
    escalation: {
      type: 'object',
      additionalProperties: false,
      required: ['chain'],
      properties: {
        chain: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['to', 'after'],
            properties: {
              to: {
                type: 'string',
                pattern: '^(assignee|head|director|participant_head|field:[a-z][a-z0-9_]*)$',
                description:
                  "assignee, head (of the assignee's department), director, participant_head (the head of whoever handed the deal over), or field:<name> (a person named in the deal)",
              },
              after: duration,
            },
          },
        },
      },
    },
    assignment: {
      type: 'object',
      additionalProperties: false,
      required: ['fallback'],
      properties: { fallback: { type: 'string', minLength: 1 } },
    },
    rules: {
      type: 'object',
      additionalProperties: false,
      properties: { assignment: rules, reminders: rules, escalation: rules, templates: rules },
    },
    templates: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'kind', 'title', 'body'],
        properties: {
          id: key,
          kind: { enum: ['proposal', 'email', 'call_script'] },
          title: { type: 'string', minLength: 1 },
          stages: { type: 'array', items: key },
          industry: { type: 'string' },
          segment: { type: 'string' },
          language: { type: 'string', default: 'ru' },
          subject: { type: 'string' },
          body: { type: 'string', minLength: 1 },
        },
      },
    },
    fields: {
      type: 'object',
      propertyNames: key,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['type'],
        properties: {
          title: { type: 'string' },
          type: { enum: ['string', 'number', 'integer', 'boolean'] },
          enum: { type: 'array', minItems: 1, items: { type: ['string', 'number'] } },
          summary: { type: 'boolean' },
        },
      },
    },
    stages: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'title'],
        properties: {
          key,
          title: { type: 'string', minLength: 1 },
          final: { enum: ['won', 'lost'] },
          requiredFields: { type: 'array', items: key },
          advance: key,
          sla: duration,
          responsible,
          next: nextSchema,
          requireLossReason: {
            type: 'boolean',
            description: 'entering needs lost_reason (and competitor when the reason is "competitor")',
          },
          onEnter: {
            type: 'array',
            description: 'plugin activities to run when a deal enters the stage',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['run'],
              properties: {
                run: { type: 'string', pattern: '^[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*$' },
                params: { type: 'object' },
              },
            },
          },
          tasks: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['key', 'title'],
              properties: {
                key,
                title: { type: 'string', minLength: 1 },
                due: {
                  description:
                    'working time from entering the stage (PT4H), or relative to a date field ({ field: need_expected_at, offset: -P1D }): the due, reminders and escalations move when the field is edited and are cancelled when it is cleared',
                  oneOf: [
                    duration,
                    {
                      type: 'object',
                      additionalProperties: false,
                      required: ['field'],
                      description:
                        'relative to a date field: moves when the field is edited, cancelled when it is cleared',
                      properties: {
                        field: key,
                        offset: {
                          type: 'string',
                          description: 'ISO 8601 duration before (-P1D) or after (PT2H) the field’s date',
                          pattern: '^-?P(?!$)(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$',
                        },
                      },
                    },
                  ],
                },
                dueFrom: {
                  ...key,
                  description: 'a date field whose value is the due time (e.g. an agreed call-back date)',
                },
                required: { type: 'boolean', default: true },
                kind: { ...key, description: 'call, meeting, email, document, visit, task, or one of taskKinds' },
                outcomes: {
                  type: 'array',
                  description: 'the outcomes a manager may report (e.g. held, cancelled, moved); any text when absent',
                  items: key,
                  minItems: 1,
                  uniqueItems: true,
                },
                recur: recurSchema,
                completedBy: {
                  ...eventName,
                  description:
                    'an integration event that completes the task while it is open (EMAIL_REPLIED: a reply to the deal’s e-mail)',
                },
              },
            },
          },
          on: {
            type: 'object',
            propertyNames: eventName,
            additionalProperties: {
              oneOf: [
                key,
                {
                  type: 'object',
                  additionalProperties: false,
                  required: ['to'],
                  properties: {
                    to: key,
                    enforce: { type: 'boolean', default: true },
                    title: { type: 'string', minLength: 1 },
                  },
                },
              ],
            },
          },
        },
      },
    },
  },
} as const;
