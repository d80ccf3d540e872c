/**
 * The analytics funnel: deals per stage and status of one regulation, grouped
 * by a dimension (owner, region, or one a plugin contributes).
 *
 * @module
 */
import { component } from '../openapi.js';
import { nullableString } from './common.js';
import { dealStatus } from './deals.js';

/** `GET /analytics/funnel` query. */
export const funnelQuerySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['regulationId'],
  properties: {
    regulationId: { type: 'string', minLength: 1 },
    dimension: {
      type: 'string',
      minLength: 1,
      description: 'owner, region, or a dimension a plugin contributes; none: by stage and status only',
    },
  },
} as const;

/** `GET /analytics/funnel`: deals per stage and status, grouped by the dimension's value. */
export const funnelSchema = component('Funnel', {
  type: 'object',
  additionalProperties: false,
  required: ['regulationId', 'dimension', 'rows'],
  properties: {
    regulationId: { type: 'string' },
    dimension: nullableString,
    rows: {
      type: 'array',
      items: component('FunnelRow', {
        type: 'object',
        additionalProperties: false,
        required: ['dimension', 'stage', 'status', 'deals'],
        properties: {
          dimension: { ...nullableString, description: "the dimension's value; null without a dimension" },
          stage: { type: 'string' },
          status: dealStatus,
          deals: { type: 'integer', minimum: 0 },
        },
      } as const),
    },
  },
} as const);
