/**
 * Tasks: a row of the read model (`TaskRow`), the inbox list, and what a task
 * completion returns (the deal's move, see `deals.ts`).
 *
 * @module
 */
import { component } from '../openapi.js';
import { dateTime, listOf, nullableDateTime, nullableString } from './common.js';

/** A message template the rules suggest for a task (`SuggestedTemplateRecord`). */
export const suggestedTemplateSchema = component('SuggestedTemplate', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'kind', 'title', 'body'],
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    title: { type: 'string' },
    subject: { type: 'string' },
    body: { type: 'string' },
  },
} as const);

export const taskStatus = { enum: ['open', 'done', 'cancelled'] } as const;

export const taskSchema = component('Task', {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'dealId',
    'stage',
    'visit',
    'key',
    'title',
    'required',
    'assignee',
    'status',
    'dueAt',
    'outcome',
    'createdAt',
    'closedAt',
    'closedBy',
    'templates',
    'kind',
  ],
  properties: {
    id: { type: 'string' },
    dealId: { type: 'string' },
    stage: { type: 'string' },
    visit: { type: 'integer', minimum: 1, description: 'which visit of the stage created the task' },
    key: { type: 'string' },
    title: { type: 'string' },
    required: { type: 'boolean' },
    assignee: { type: 'string' },
    status: taskStatus,
    dueAt: nullableDateTime,
    outcome: nullableString,
    createdAt: dateTime,
    closedAt: nullableDateTime,
    closedBy: nullableString,
    templates: { type: 'array', items: suggestedTemplateSchema },
    kind: { type: 'string', description: 'call, meeting, email, document, visit, task, or a kind the regulation adds' },
    clientName: { type: ['string', 'null'], description: 'the deal’s client (in lists of tasks)' },
  },
} as const);

/** `GET /tasks` */
export const taskListSchema = listOf('tasks', taskSchema);
