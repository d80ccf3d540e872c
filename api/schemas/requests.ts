/**
 * Request bodies and queries of deals, tasks and people, validated by `doc()`
 * and typed from these schemas. Every value is bounded, so nothing larger
 * than a deal can hold reaches Temporal (whose messages stop at 4 MB).
 *
 * @module
 */
import { component } from '../openapi.js';

/** A field value as a regulation's fields hold it. */
const scalar = { type: ['string', 'number', 'boolean', 'null'], maxLength: 10_000 } as const;
const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;
const limit = { type: 'string', pattern: '^[1-9][0-9]{0,3}$', description: 'at most this many (default 100)' } as const;

export const fieldValuesSchema = component('FieldValues', {
  type: 'object',
  maxProperties: 200,
  propertyNames: { type: 'string', maxLength: 100 },
  additionalProperties: scalar,
} as const);

export const startDealSchema = component('StartDeal', {
  type: 'object',
  additionalProperties: false,
  required: ['regulationId', 'client'],
  properties: {
    regulationId: text(200),
    regulationVersion: { type: 'integer', minimum: 1 },
    owner: { ...text(200), description: 'leave out to let the regulation’s assignment rules decide' },
    client: {
      type: 'object',
      required: ['name'],
      maxProperties: 50,
      propertyNames: { type: 'string', maxLength: 100 },
      properties: {
        name: text(500),
        region: { type: 'string', maxLength: 200 },
        email: { type: 'string', maxLength: 320 },
        phone: { type: 'string', maxLength: 50 },
      },
      additionalProperties: { type: ['string', 'number', 'boolean', 'null'], maxLength: 2_000 },
    },
    fields: fieldValuesSchema,
  },
} as const);

export const dealEventSchema = component('DealEventRequest', {
  type: 'object',
  additionalProperties: false,
  required: ['type'],
  properties: { type: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$', maxLength: 100 }, fields: fieldValuesSchema },
} as const);

export const completeTaskSchema = component('CompleteTask', {
  type: 'object',
  additionalProperties: false,
  properties: { outcome: { type: 'string', maxLength: 2000 }, fields: fieldValuesSchema },
} as const);

export const taskQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    assignee: text(200),
    status: { enum: ['open', 'done', 'cancelled'] },
    dealId: text(200),
    limit,
  },
} as const;

export const dealQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    owner: text(200),
    status: { enum: ['active', 'won', 'lost'] },
    following: { enum: ['true', 'false'], description: 'true: the deals one handed over and follows' },
    limit,
  },
} as const;

export const managerRequestSchema = component('ManagerInput', {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'role'],
  properties: {
    name: text(200),
    role: { enum: ['manager', 'head', 'director', 'admin'] },
    department: { type: ['string', 'null'], maxLength: 200 },
    office: { type: ['string', 'null'], maxLength: 200 },
    region: { type: ['string', 'null'], maxLength: 200 },
    timezone: { ...text(100), description: 'an IANA time zone, e.g. Europe/Moscow' },
    skills: { type: 'array', maxItems: 100, items: { type: 'string', maxLength: 100 } },
    active: { type: 'boolean' },
    email: { type: ['string', 'null'], maxLength: 320 },
  },
} as const);
