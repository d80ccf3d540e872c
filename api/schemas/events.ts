/**
 * Events from integrations (`POST /events`) and the dead letters kept when
 * one cannot be taken.
 *
 * @module
 */
import { EVENT_TYPES } from '../../app/intake.js';
import { component } from '../openapi.js';
import { anyValue, dateTime, listOf, nullableString } from './common.js';
import { dealCardSchema } from './deals.js';

/**
 * `POST /events` body, for the document: the envelope with each known type's
 * data. The intake validates it itself (an unknown type is refused with 422
 * and kept as a dead letter), so declare it as `rawBody`, not `body`.
 */
export const eventEnvelopeSchema = component('IntegrationEvent', {
  type: 'object',
  required: ['type', 'data'],
  properties: {
    type: { type: 'string', minLength: 1 },
    eventId: { type: 'string', minLength: 1, description: 'an idempotency key when no Idempotency-Key header is sent' },
    data: { type: 'object' },
  },
  additionalProperties: false,
  oneOf: Object.entries(EVENT_TYPES).map(([type, data]) => ({
    title: type,
    required: ['type', 'data'],
    properties: { type: { const: type }, data },
  })),
});

/**
 * `POST /events` 202 (taken) or 200 (a repeated delivery: the first result
 * with `duplicate: true`). `applied` says whether the event took effect or is
 * stored to be applied later by the inbox drainer (then `reason` says why not yet). What else it
 * carries depends on the type: the new deal's id, owner and stage for
 * `form.submitted`; `recorded`, or `moved` with the stage (or a `reason`) for
 * the others.
 */
export const intakeResultSchema = component('IntakeResult', {
  type: 'object',
  additionalProperties: true,
  required: ['key', 'duplicate', 'applied'],
  properties: {
    key: { type: 'string', description: 'the idempotency key the event was taken under' },
    duplicate: { type: 'boolean' },
    applied: { type: 'boolean' },
    dealId: { type: 'string' },
    owner: { type: 'string' },
    stage: { type: 'string' },
    recorded: { type: 'boolean' },
    moved: { type: 'boolean' },
    reason: { type: 'string' },
    companyId: { ...nullableString, description: 'form.submitted: the company the lead was matched to (or created)' },
    innIgnored: { type: 'string', description: 'form.submitted: why the client’s INN was left out of matching' },
  },
} as const);

/**
 * `POST /intake/:type`: the new deal's card once the deal is started, or,
 * while it cannot be started yet, the pending answer naming the deal it will be.
 * (A deal card's `status` is the deal's: active, won or lost.)
 */
export const pluginIntakeResultSchema = component('PluginIntakeResult', {
  oneOf: [
    dealCardSchema,
    {
      ...intakeResultSchema,
      required: [...intakeResultSchema.required, 'dealId'],
      properties: { ...intakeResultSchema.properties, applied: { const: false } },
    },
  ],
} as const);

/** An event that could not be taken (`DeadLetter`). */
export const deadLetterSchema = component('DeadLetter', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'type', 'source', 'reason', 'payload', 'receivedAt'],
  properties: {
    id: { type: 'string' },
    type: { type: 'string' },
    source: { type: 'string', description: 'who sent it (the actor)' },
    reason: { type: 'string' },
    payload: { ...anyValue, description: 'the request body as received' },
    receivedAt: dateTime,
  },
} as const);

/** `GET /dead-letters` */
export const deadLetterListSchema = listOf('deadLetters', deadLetterSchema);
