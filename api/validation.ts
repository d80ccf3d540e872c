/**
 * Request bodies and queries validated by JSON Schema (ajv), reported with JSON
 * pointers. The same schemas feed the OpenAPI document.
 *
 * @module
 */
import type { Context } from 'hono';
import { check } from '../app/validate.js';
import { DomainError } from '../regulation/errors.js';

export { check };

/** Parses a JSON body; a malformed or missing one is a 400, not a 500. */
export async function jsonBody<T>(c: Context, schema: object): Promise<T> {
  const text = await c.req.text();
  let value: unknown;
  try {
    value = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    throw new DomainError('MALFORMED_JSON', `request body is not valid JSON: ${(error as Error).message}`);
  }
  return check<T>(schema, value);
}

const scalar = { type: ['string', 'number', 'boolean', 'null'] } as const;
export const fieldValuesSchema = { type: 'object', additionalProperties: scalar } as const;

export const startDealSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['regulationId', 'client'],
  properties: {
    regulationId: { type: 'string', minLength: 1 },
    regulationVersion: { type: 'integer', minimum: 1 },
    owner: { type: 'string', minLength: 1 },
    client: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 1 },
        region: { type: 'string' },
        email: { type: 'string' },
        phone: { type: 'string' },
      },
    },
    fields: fieldValuesSchema,
  },
} as const;

export const dealEventSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['type'],
  properties: { type: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' }, fields: fieldValuesSchema },
} as const;

export const completeTaskSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { outcome: { type: 'string', maxLength: 2000 }, fields: fieldValuesSchema },
} as const;

export const taskQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    assignee: { type: 'string', minLength: 1 },
    status: { enum: ['open', 'done', 'cancelled'] },
    dealId: { type: 'string', minLength: 1 },
    limit: { type: 'string', pattern: '^[1-9][0-9]{0,3}$' },
  },
} as const;

export const dealQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    owner: { type: 'string', minLength: 1 },
    status: { enum: ['active', 'won', 'lost'] },
    limit: { type: 'string', pattern: '^[1-9][0-9]{0,3}$' },
  },
} as const;
