/**
 * The pipeline board (`GET /boards/{regulationId}`): columns per stage, cards per deal.
 *
 * @module
 */
import { component } from '../openapi.js';
import { nullableString, openObject } from './common.js';

export const boardCardSchema = component('BoardCard', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'client', 'owner', 'ownerName', 'queue', 'summary', 'nextTask', 'overdue', 'regulationVersion'],
  properties: {
    id: { type: 'string' },
    client: nullableString,
    owner: { type: 'string' },
    ownerName: { ...nullableString, description: 'null when the owner is a queue' },
    queue: { type: 'boolean', description: 'on a queue, no person: shown first' },
    summary: { ...openObject, description: 'the deal fields the regulation marks `summary`, when filled' },
    nextTask: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['id', 'title', 'dueAt', 'assignee'],
      properties: {
        id: { type: 'string' },
        title: { type: 'string' },
        dueAt: { type: ['string', 'null'], format: 'date-time' },
        assignee: { type: 'string' },
      },
    },
    overdue: { type: 'boolean', description: 'an open task of the deal is past its due' },
    regulationVersion: { type: 'integer' },
  },
} as const);

export const boardSchema = component('Board', {
  type: 'object',
  additionalProperties: false,
  required: ['regulationId', 'version', 'title', 'columns', 'truncated'],
  properties: {
    regulationId: { type: 'string' },
    version: { type: 'integer', description: 'the regulation version the columns come from (the newest)' },
    title: { type: 'string' },
    columns: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['stage', 'title', 'final', 'deals'],
        properties: {
          stage: { type: 'string' },
          title: { type: 'string' },
          final: { enum: ['won', 'lost', null] },
          deals: { type: 'array', items: boardCardSchema },
        },
      },
    },
    truncated: { type: 'boolean', description: 'more deals matched than a board shows (2000): filter' },
  },
} as const);

/** `GET /boards/{regulationId}` query. */
export const boardQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    scope: { enum: ['mine', 'department', 'all'], description: 'all: everyone one may see (the default)' },
    owner: { type: 'string', minLength: 1 },
    overdue: { enum: ['true', 'false'] },
  },
} as const;
