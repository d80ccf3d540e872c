/**
 * Notifications: what people were told (a new task, a reminder, an
 * escalation), the list, and the live stream of one's own.
 *
 * @module
 */
import { component } from '../openapi.js';
import { dateTime, listOf, nullableDateTime, nullableString, openObject } from './common.js';

export const notificationSchema = component('Notification', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'dealId', 'recipient', 'kind', 'taskId', 'title', 'data', 'createdAt'],
  properties: {
    id: { type: 'string' },
    dealId: { type: 'string' },
    recipient: { type: 'string' },
    kind: {
      enum: ['task', 'reminder', 'escalation', 'complaint', 'company.became_client', 'message.bounced'],
      description:
        'company.became_client: a won deal made its company a client (data: company, contacts marked as client); message.bounced: an e-mail of the deal failed after its last attempt (data: messageId, to, subject, error, attempts)',
    },
    taskId: nullableString,
    title: { type: 'string' },
    data: {
      ...openObject,
      description: 'e.g. dueAt, stage, templates of a new task; level and reason of an escalation',
    },
    createdAt: dateTime,
    readAt: { ...nullableDateTime, description: 'when its recipient marked it read (null: unread)' },
  },
} as const);

/** `GET /notifications` */
export const notificationListSchema = listOf('notifications', notificationSchema);

/** `GET /notifications` query: directors and admins may name a recipient; others see their own. */
export const notificationQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    recipient: { type: 'string', minLength: 1 },
    kind: { enum: ['reminder', 'escalation', 'complaint', 'message.bounced'] },
    dealId: { type: 'string' },
  },
} as const;

/** `GET /me/stream`: documented as text; each event's data is JSON. */
export const notificationStreamSchema = {
  type: 'string',
  description:
    'Server-Sent Events. First `event: ready` with data `{"recipient": "<id>"}`; then one event per notification: ' +
    '`event` is its kind (task, reminder, escalation), `data` the Notification as JSON, `id` its stream position ' +
    '(send it back as Last-Event-ID to resume).',
} as const;
