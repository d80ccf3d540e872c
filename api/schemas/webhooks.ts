/**
 * Webhooks: registering one (the answer carries its signing secret) and its
 * delivery log.
 *
 * @module
 */
import { component } from '../openapi.js';
import { dateTime, listOf, nullableDateTime, nullableInteger, nullableString } from './common.js';

/** `POST /webhooks` body. */
export const webhookRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['url'],
  properties: { url: { type: 'string', pattern: '^https?://', maxLength: 2000 } },
} as const;

/** `POST /webhooks` 201. */
export const createdWebhookSchema = component('CreatedWebhook', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'url', 'secret'],
  properties: {
    id: { type: 'string' },
    url: { type: 'string' },
    secret: { type: 'string', description: 'HMAC-SHA256 key of X-Reglament-Signature; not shown again' },
  },
} as const);

const count = { type: 'integer', minimum: 0 } as const;

/** One webhook as listed (`Webhook`): never its secret. */
export const webhookSchema = component('Webhook', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'url', 'active', 'createdBy', 'createdAt', 'pending', 'delivered', 'failed'],
  properties: {
    id: { type: 'string' },
    url: { type: 'string' },
    active: { type: 'boolean', description: 'false once deactivated: no new notifications are queued for it' },
    createdBy: { type: 'string' },
    createdAt: dateTime,
    pending: { ...count, description: 'deliveries waiting for their next attempt' },
    delivered: count,
    failed: { ...count, description: 'deliveries that gave up' },
  },
} as const);

/** `GET /webhooks` */
export const webhookListSchema = listOf('webhooks', webhookSchema);

/** One notification's delivery to one webhook (`WebhookDelivery`). */
export const webhookDeliverySchema = component('WebhookDelivery', {
  type: 'object',
  additionalProperties: false,
  required: [
    'webhookId',
    'notificationId',
    'status',
    'attempts',
    'nextAttemptAt',
    'lastStatus',
    'lastError',
    'deliveredAt',
  ],
  properties: {
    webhookId: { type: 'string' },
    notificationId: { type: 'string' },
    status: { enum: ['pending', 'delivered', 'failed'] },
    attempts: { type: 'integer', minimum: 0 },
    nextAttemptAt: dateTime,
    lastStatus: { ...nullableInteger, description: "the receiver's last HTTP status" },
    lastError: nullableString,
    deliveredAt: nullableDateTime,
  },
} as const);

/** `GET /webhooks/:id/deliveries` */
export const webhookDeliveryListSchema = listOf('deliveries', webhookDeliverySchema);
