/**
 * Absences, capacity caps, personal working hours and the team's load
 * against the caps (`/people`): requests and answers.
 *
 * @module
 */
import { component } from '../openapi.js';
import { listOf, nullableInteger, nullableString } from './common.js';

const absenceKind = { enum: ['vacation', 'sick_leave', 'business_trip'] } as const;
const localDate = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'a local date YYYY-MM-DD',
} as const;
const cap = { type: ['integer', 'null'], minimum: 0, maximum: 100_000 } as const;

export const absenceRequestSchema = component('AbsenceInput', {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'from', 'until'],
  properties: {
    id: {
      type: 'string',
      minLength: 1,
      maxLength: 200,
      description: 'the HR system’s id: sending it again changes nothing (default: person:kind:from)',
    },
    kind: absenceKind,
    from: { ...localDate, description: 'first day away, in the person’s time zone' },
    until: { ...localDate, description: 'last day away, included' },
    deputy: {
      type: ['string', 'null'],
      minLength: 1,
      maxLength: 200,
      description: 'who takes new reminders, escalations and tasks due meanwhile; the head when none',
    },
    note: { type: ['string', 'null'], maxLength: 2000 },
    tasks: {
      enum: ['stay', 'deputy', 'pool'],
      description:
        'on the first day, the person’s open tasks due before the return: deputy (default: to the deputy, or the head), pool (back to the regulation’s queue) or stay',
    },
  },
} as const);

export const absenceSchema = component('Absence', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'person', 'kind', 'from', 'until', 'deputy', 'note', 'createdBy', 'tasks'],
  properties: {
    id: { type: 'string' },
    person: { type: 'string' },
    kind: absenceKind,
    from: { type: 'string' },
    until: { type: 'string' },
    deputy: nullableString,
    note: nullableString,
    tasks: { enum: ['stay', 'deputy', 'pool'] },
    createdBy: { type: 'string' },
  },
} as const);

export const absenceListSchema = listOf('absences', absenceSchema);

/** What a person finds on return (`absence_digests`). */
export const absenceDigestSchema = component('AbsenceDigest', {
  type: 'object',
  additionalProperties: false,
  required: ['absenceId', 'person', 'createdAt', 'handedOver', 'openTasks', 'openDeals', 'closedWhileAway'],
  properties: {
    absenceId: { type: 'string' },
    person: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    handedOver: {
      type: 'array',
      description: 'the tasks handed over on the first day, and how each stands now',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['taskId', 'title', 'to', 'status', 'closedBy'],
        properties: {
          taskId: { type: 'string' },
          title: { type: 'string' },
          to: { type: 'string' },
          status: { type: 'string' },
          closedBy: nullableString,
        },
      },
    },
    openTasks: { type: 'integer', description: 'the person’s open tasks on return' },
    openDeals: { type: 'integer' },
    closedWhileAway: { type: 'integer', description: 'their deals won or lost while they were away' },
  },
} as const);

export const absenceDigestListSchema = listOf('digests', absenceDigestSchema);

export const capacityRequestSchema = component('CapacityInput', {
  type: 'object',
  additionalProperties: false,
  properties: {
    openDeals: { ...cap, description: 'at most this many active deals owned; null: no cap' },
    openTasks: { ...cap, description: 'at most this many open tasks assigned; null: no cap' },
  },
} as const);

export const capacitySchema = component('Capacity', {
  type: 'object',
  additionalProperties: false,
  required: ['scope', 'subject', 'openDeals', 'openTasks'],
  properties: {
    scope: { enum: ['person', 'department'] },
    subject: { type: 'string' },
    openDeals: nullableInteger,
    openTasks: nullableInteger,
  },
} as const);

const hhmm = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$', description: 'HH:MM local' } as const;

export const hoursRequestSchema = component('PersonalHoursInput', {
  type: 'object',
  additionalProperties: false,
  required: ['hours'],
  properties: {
    hours: {
      description: 'the person’s own week in their time zone; null: the regulation’s calendar',
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['workingDays', 'start', 'end'],
          properties: {
            workingDays: {
              type: 'array',
              minItems: 1,
              maxItems: 7,
              items: { type: 'integer', minimum: 1, maximum: 7 },
              description: 'ISO weekdays, 1 = Monday',
            },
            start: hhmm,
            end: hhmm,
          },
        },
        { type: 'null' },
      ],
    },
  },
} as const);

const hoursSchema = {
  type: ['object', 'null'],
  additionalProperties: false,
  required: ['workingDays', 'start', 'end'],
  properties: {
    workingDays: { type: 'array', items: { type: 'integer' } },
    start: { type: 'string' },
    end: { type: 'string' },
  },
} as const;

export const hoursSchemaResponse = component('PersonalHours', {
  type: 'object',
  additionalProperties: false,
  required: ['hours'],
  properties: { hours: hoursSchema },
} as const);

export const personLoadSchema = component('PersonLoad', {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'name',
    'role',
    'department',
    'openDeals',
    'openTasks',
    'capacity',
    'atCap',
    'absence',
    'available',
    'reason',
  ],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    department: nullableString,
    openDeals: { type: 'integer' },
    openTasks: { type: 'integer' },
    capacity: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['openDeals', 'openTasks'],
      properties: { openDeals: nullableInteger, openTasks: nullableInteger },
    },
    atCap: { type: 'boolean' },
    absence: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['kind', 'from', 'until', 'deputy'],
      properties: { kind: absenceKind, from: { type: 'string' }, until: { type: 'string' }, deputy: nullableString },
    },
    available: { type: 'boolean', description: 'active, not absent and on shift now' },
    reason: { ...nullableString, description: 'why not available, in words' },
  },
} as const);

export const teamLoadSchema = listOf('people', personLoadSchema);

/** `POST /deals/:id/override` */
export const overrideRequestSchema = component('OverrideInput', {
  type: 'object',
  additionalProperties: false,
  required: ['stage', 'reason'],
  properties: {
    stage: { type: 'string', minLength: 1, maxLength: 200, description: 'a non-final stage of the deal’s regulation' },
    reason: { type: 'string', minLength: 3, maxLength: 2000, description: 'why the regulation is overridden' },
  },
} as const);

/** `POST /deals/:id/skip` */
export const skipTaskRequestSchema = component('SkipTaskInput', {
  type: 'object',
  additionalProperties: false,
  required: ['task', 'reason'],
  properties: {
    task: { type: 'string', minLength: 1, maxLength: 200, description: 'the key of an open task of the current stage' },
    reason: { type: 'string', minLength: 3, maxLength: 2000, description: 'why the regulation is overridden' },
  },
} as const);

export const overrideResultSchema = component('OverrideResult', {
  type: 'object',
  additionalProperties: false,
  required: ['dealId', 'stage', 'status', 'owner', 'createdTasks', 'overridden'],
  properties: {
    dealId: { type: 'string' },
    stage: { type: 'string' },
    status: { type: 'string' },
    owner: { type: 'string' },
    createdTasks: { type: 'array', items: { type: 'object', additionalProperties: true } },
    overridden: {
      type: 'array',
      items: { type: 'string' },
      description: 'the exit checks the move went past, in words',
    },
  },
} as const);
