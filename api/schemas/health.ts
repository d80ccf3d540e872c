/**
 * `GET /health`, the one unauthenticated API route (with the docs).
 *
 * @module
 */
import { component } from '../openapi.js';

export const healthSchema = component('Health', {
  type: 'object',
  additionalProperties: false,
  required: ['status'],
  properties: { status: { const: 'ok' } },
} as const);
