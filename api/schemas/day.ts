/**
 * A manager's day: the deals list's page (deals with their company and next
 * task, and the cursor of the next page), the calendar and its feed, and the
 * notification bell.
 *
 * @module
 */
import { component } from '../openapi.js';
import { dateTime, nullableDateTime, nullableString } from './common.js';
import { dealSchema } from './deals.js';
import { notificationSchema } from './notifications.js';

const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;
const limit = { type: 'string', pattern: '^[1-9][0-9]{0,3}$', description: 'at most this many (default 100)' } as const;
const instant = {
  type: 'string',
  minLength: 10,
  maxLength: 40,
  description: 'ISO 8601 date-time with an offset, e.g. 2026-12-07T00:00:00+10:00',
} as const;

/** `GET /deals` (and `GET /deals/export`) query: search, filters, order, keyset page. */
export const dealSearchQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: {
      ...text(200),
      description:
        'part of the client’s name, e-mail or INN, the company’s name or INN, a field’s value; a phone-like text (5+ digits) matches phone digits',
    },
    owner: text(200),
    regulationId: text(200),
    stage: text(200),
    status: { enum: ['active', 'won', 'lost'] },
    overdue: { enum: ['true', 'false'], description: 'true: only deals with an open task past its due' },
    from: { ...instant, description: 'created (or closed, with period=closed) at or after' },
    to: { ...instant, description: 'created (or closed, with period=closed) before' },
    period: { enum: ['created', 'closed'], description: 'which date from/to filter (default created)' },
    sort: {
      enum: ['-createdAt', 'createdAt', '-updatedAt', 'updatedAt', 'client', '-client'],
      description: 'a leading minus is descending (default -createdAt)',
    },
    cursor: { ...text(1000), description: 'nextCursor of the previous page (same filters and sort)' },
    following: { enum: ['true', 'false'], description: 'true: the deals one handed over and follows' },
    limit,
  },
} as const;

/** `GET /deals` */
export const dealPageSchema = component('DealPage', {
  type: 'object',
  additionalProperties: false,
  required: ['deals', 'nextCursor'],
  properties: {
    deals: {
      type: 'array',
      items: dealSchema,
      description: 'each with companyName, nextTask and overdue',
    },
    nextCursor: { ...nullableString, description: 'pass as cursor for the next page; null on the last' },
  },
} as const);

/** `GET /calendar` query. */
export const calendarQuerySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'to'],
  properties: {
    from: { ...instant, description: 'due at or after (ISO 8601 with an offset)' },
    to: { ...instant, description: 'due before; at most 62 days after from' },
    person: { ...text(200), description: 'another person’s calendar (a head: their team’s; a director: anyone’s)' },
  },
} as const;

export const calendarItemSchema = component('CalendarItem', {
  type: 'object',
  additionalProperties: false,
  required: [
    'taskId',
    'dealId',
    'title',
    'kind',
    'status',
    'dueAt',
    'endsAt',
    'overdue',
    'stage',
    'clientName',
    'companyId',
  ],
  properties: {
    taskId: { type: 'string' },
    dealId: { type: 'string' },
    title: { type: 'string' },
    kind: { enum: ['meeting', 'call', 'visit'] },
    status: { enum: ['open', 'done'] },
    dueAt: { ...dateTime, description: 'the instant (UTC); show it in the calendar’s timezone' },
    endsAt: { ...dateTime, description: 'dueAt plus the kind’s length (call 30 min, meeting 1 h, visit 2 h)' },
    overdue: { type: 'boolean', description: 'open and past its due' },
    stage: { type: 'string' },
    clientName: nullableString,
    companyId: nullableString,
  },
} as const);

export const calendarSchema = component('Calendar', {
  type: 'object',
  additionalProperties: false,
  required: ['person', 'timezone', 'items'],
  properties: {
    person: { type: 'string' },
    timezone: { type: 'string', description: 'the person’s IANA time zone, e.g. Asia/Vladivostok' },
    items: { type: 'array', items: calendarItemSchema },
  },
} as const);

export const calendarFeedSchema = component('CalendarFeed', {
  type: 'object',
  additionalProperties: false,
  required: ['url', 'createdAt'],
  properties: {
    url: { type: 'string', description: 'the secret address to subscribe to; shown only now' },
    createdAt: dateTime,
  },
} as const);

export const calendarFeedStatusSchema = component('CalendarFeedStatus', {
  type: 'object',
  additionalProperties: false,
  required: ['active', 'createdAt'],
  properties: { active: { type: 'boolean' }, createdAt: nullableDateTime },
} as const);

export const icsSchema = { type: 'string', description: 'iCalendar (RFC 5545), instants in UTC' } as const;

/** `GET /notifications/unread` */
export const unreadSchema = component('UnreadCount', {
  type: 'object',
  additionalProperties: false,
  required: ['unread', 'byKind'],
  properties: {
    unread: { type: 'integer', minimum: 0 },
    byKind: { type: 'object', additionalProperties: { type: 'integer' } },
  },
} as const);

export const bellQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    kind: { enum: ['reminder', 'escalation', 'complaint', 'message.bounced'] },
    unread: { enum: ['true', 'false'], description: 'true: unread only' },
    cursor: { ...text(500), description: 'nextCursor of the previous page' },
    limit: { ...limit, description: 'at most this many (default 50)' },
  },
} as const;

/** `GET /notifications/bell` */
export const bellSchema = component('Bell', {
  type: 'object',
  additionalProperties: false,
  required: ['notifications', 'nextCursor', 'unread'],
  properties: {
    notifications: { type: 'array', items: notificationSchema },
    nextCursor: nullableString,
    unread: { type: 'integer', minimum: 0 },
  },
} as const);

export const markReadSchema = component('MarkedRead', {
  type: 'object',
  additionalProperties: false,
  required: ['notification', 'unread'],
  properties: { notification: notificationSchema, unread: { type: 'integer', minimum: 0 } },
} as const);

export const markAllReadRequestSchema = component('MarkAllRead', {
  type: 'object',
  additionalProperties: false,
  properties: {
    ids: {
      type: 'array',
      maxItems: 500,
      items: text(300),
      description: 'only these (default: all of one’s bell: reminders, escalations, complaints, bounced messages)',
    },
  },
} as const);

export const markAllReadSchema = component('MarkedAllRead', {
  type: 'object',
  additionalProperties: false,
  required: ['marked', 'unread'],
  properties: { marked: { type: 'integer', minimum: 0 }, unread: { type: 'integer', minimum: 0 } },
} as const);
