/**
 * Deals: the read model's deal, the deal card (with its tasks), its history
 * (events, timeline, decisions, timers, escalations) and what a move returns.
 * Field names are the camelCase the API sends.
 *
 * @module
 */
import { component } from '../openapi.js';
import {
  anyValue,
  dateTime,
  listOf,
  nullableDateTime,
  nullableInteger,
  nullableString,
  openObject,
  stringList,
} from './common.js';
import { dealChainSchema } from './chain.js';
import { notificationSchema } from './notifications.js';
import { suggestedTemplateSchema, taskSchema } from './tasks.js';

export const dealStatus = { enum: ['active', 'won', 'lost'] } as const;

const dealProperties = {
  id: { type: 'string' },
  regulationId: { type: 'string' },
  regulationVersion: { type: 'integer', minimum: 1 },
  stage: { type: 'string' },
  status: dealStatus,
  owner: { type: 'string' },
  client: {
    type: 'object',
    description: 'who the deal is with: at least a name; any other client data as sent',
    required: ['name'],
    properties: { name: { type: 'string' } },
    additionalProperties: true,
  },
  fields: { ...openObject, description: "the regulation's fields, by key" },
  seq: { type: 'integer', minimum: 0, description: 'the last workflow transition the read model applied' },
  createdAt: dateTime,
  updatedAt: dateTime,
  closedAt: nullableDateTime,
  companyId: {
    ...nullableString,
    description: 'the company the deal is with (GET /companies/{id}); null before companies',
  },
} as const;

const dealRequired = [
  'id',
  'regulationId',
  'regulationVersion',
  'stage',
  'status',
  'owner',
  'client',
  'fields',
  'seq',
  'createdAt',
  'updatedAt',
  'closedAt',
] as const;

/** What a list of deals adds to each (`GET /deals`, `GET /companies/{id}/deals`). */
const dealListProperties = {
  companyName: { ...nullableString, description: 'in lists: the company’s name' },
  nextTask: {
    type: ['object', 'null'],
    description: 'in lists: the open task due first (null when none is open)',
    additionalProperties: false,
    required: ['id', 'title', 'kind', 'dueAt', 'assignee'],
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      kind: { type: 'string' },
      dueAt: nullableDateTime,
      assignee: { type: 'string' },
    },
  },
  overdue: { type: 'boolean', description: 'in lists: the next task is past its due' },
} as const;

/** A deal as the read model has it (`DealRow`); lists add its company's name and next task. */
export const dealSchema = component('Deal', {
  type: 'object',
  additionalProperties: false,
  required: dealRequired,
  properties: { ...dealProperties, ...dealListProperties },
} as const);

/** `GET /deals/:id`, `POST /deals`, `POST /intake/:type`: the deal with all its tasks. */
export const dealCardSchema = component('DealCard', {
  type: 'object',
  additionalProperties: false,
  required: [...dealRequired, 'tasks'],
  properties: {
    ...dealProperties,
    tasks: { type: 'array', items: taskSchema },
    chain: {
      ...dealChainSchema,
      description: 'chained regulations: the deal before this one and the deals it started',
    },
  },
} as const);

/** `GET /deals` */
export const dealListSchema = listOf('deals', dealSchema);

/** One fact of the deal's append-only audit log (`EventRow`). */
export const dealEventRowSchema = component('DealEvent', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'dealId', 'seq', 'ord', 'type', 'actor', 'at', 'data'],
  properties: {
    id: { type: 'string' },
    dealId: { type: 'string' },
    seq: { type: 'integer' },
    ord: { type: 'integer' },
    type: { type: 'string', description: 'e.g. deal.started, stage.entered, task.completed, external.call.logged' },
    actor: { type: 'string' },
    at: dateTime,
    data: openObject,
  },
} as const);

/** `GET /deals/:id/events` */
export const dealEventListSchema = listOf('events', dealEventRowSchema);

/** One line of a deal's life, the same for a real deal and a simulation (`TimelineEntry`). */
export const timelineEntrySchema = component('TimelineEntry', {
  type: 'object',
  additionalProperties: false,
  required: ['at', 'kind'],
  properties: {
    at: dateTime,
    kind: {
      enum: [
        'assigned',
        'stage.entered',
        'stage.left',
        'task.created',
        'task.completed',
        'task.cancelled',
        'task.retimed',
        'reminder',
        'escalation',
        'deal.closed',
        'rejected',
      ],
    },
    stage: { type: 'string' },
    task: { type: 'string' },
    who: {
      ...stringList,
      description: 'the owner assigned, the assignee of a task, the people reminded or escalated to',
    },
    dueAt: nullableDateTime,
    level: nullableInteger,
    reason: nullableString,
    templates: stringList,
    detail: { type: 'string' },
  },
} as const);

/** `GET /deals/:id/timeline` */
export const timelineSchema = listOf('timeline', timelineEntrySchema);

/** A decision the rules made, with the facts they saw and the alternatives. */
export const decisionSchema = component('Decision', {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'dealId',
    'seq',
    'kind',
    'subject',
    'rule',
    'outcome',
    'facts',
    'alternatives',
    'trace',
    'error',
    'at',
  ],
  properties: {
    id: { type: 'string' },
    dealId: { type: 'string' },
    seq: { type: 'integer' },
    kind: { enum: ['assignment', 'reminders', 'escalation', 'templates'] },
    subject: { ...nullableString, description: 'the task key the decision is about; null for the deal' },
    rule: { ...nullableString, description: 'the rule that decided; null when none matched' },
    outcome: { ...anyValue, description: 'what was decided' },
    facts: openObject,
    alternatives: { type: 'array', items: anyValue },
    trace: { type: 'array', items: anyValue },
    error: nullableString,
    at: dateTime,
  },
} as const);

/** `GET /deals/:id/decisions` */
export const decisionListSchema = listOf('decisions', decisionSchema);

/** A reminder or escalation timer: scheduled, fired or cancelled. */
export const timerSchema = component('Timer', {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'dealId',
    'kind',
    'reason',
    'taskId',
    'visit',
    'level',
    'recipient',
    'fireAt',
    'status',
    'firedAt',
    'createdAt',
  ],
  properties: {
    id: { type: 'string' },
    dealId: { type: 'string' },
    kind: { enum: ['reminder', 'escalation'] },
    reason: { enum: ['task_due', 'task_overdue', 'stage_sla'] },
    taskId: nullableString,
    visit: { type: 'integer' },
    level: nullableInteger,
    recipient: { type: 'string' },
    fireAt: dateTime,
    status: { enum: ['scheduled', 'fired', 'cancelled'] },
    firedAt: nullableDateTime,
    createdAt: dateTime,
  },
} as const);

/** `GET /deals/:id/timers` */
export const timerListSchema = listOf('timers', timerSchema);

/** A task as a move created it (`TaskRecord`): planned, plus the assignee and due time the rules decided. */
export const createdTaskSchema = component('CreatedTask', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'stage', 'visit', 'key', 'title', 'required', 'due', 'assignee', 'dueAt', 'templates', 'kind'],
  properties: {
    id: { type: 'string' },
    stage: { type: 'string' },
    visit: { type: 'integer' },
    key: { type: 'string' },
    title: { type: 'string' },
    required: { type: 'boolean' },
    due: { ...nullableString, description: 'ISO 8601 duration in working time from the stage entry' },
    assignee: { type: 'string' },
    dueAt: nullableDateTime,
    templates: { type: 'array', items: suggestedTemplateSchema },
    kind: { type: 'string' },
  },
} as const);

/**
 * What a move returns (`DealMoveResult` of the sendEvent, completeTask,
 * reassign and migrate Updates): where the deal is now and what is new.
 */
export const dealMoveResultSchema = component('DealMoveResult', {
  type: 'object',
  additionalProperties: false,
  required: ['dealId', 'stage', 'status', 'owner', 'createdTasks'],
  properties: {
    dealId: { type: 'string' },
    stage: { type: 'string' },
    status: dealStatus,
    owner: { type: 'string' },
    createdTasks: { type: 'array', items: createdTaskSchema },
  },
} as const);

/** `GET /deals/:id/escalations`: the deal's escalation notifications. */
export const escalationListSchema = listOf('escalations', notificationSchema);

/** A reason a move is refused now (`MoveReason`): the validator's code, and the field or task it is about. */
export const moveReasonSchema = component('MoveReason', {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', description: 'the rejection the move would get: EXIT_BLOCKED, LOSS_REASON_REQUIRED…' },
    field: { type: 'string', description: 'a field the move needs filled' },
    task: { type: 'string', description: 'a required task (its key) not done yet' },
    message: { type: 'string' },
  },
} as const);

/** A move the stage allows (`DealMove`) and whether it would pass now. */
export const dealMoveSchema = component('DealMove', {
  type: 'object',
  additionalProperties: false,
  required: ['event', 'to', 'allowed', 'reasons'],
  properties: {
    event: { type: 'string' },
    to: { type: 'string', description: 'the stage it leads to' },
    title: { type: 'string', description: 'the move in words, when the regulation gives it one' },
    allowed: { type: 'boolean' },
    reasons: { type: 'array', items: moveReasonSchema, description: 'empty when allowed' },
  },
} as const);

/** `GET /deals/:id/moves` */
export const dealMoveListSchema = listOf('moves', dealMoveSchema);

/** A template suggested for an open task (`DealTemplate`), rendered with the deal's data as it is now. */
export const dealTemplateSchema = component('DealTemplate', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'kind', 'title', 'body', 'task'],
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    title: { type: 'string' },
    subject: { type: 'string' },
    body: { type: 'string' },
    task: { type: 'string', description: 'the open task (its key) the rules suggested it for' },
  },
} as const);

/** `GET /deals/:id/templates` */
export const dealTemplateListSchema = listOf('templates', dealTemplateSchema);
