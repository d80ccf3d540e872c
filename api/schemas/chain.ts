/**
 * Chained regulations as the API shows them: where a deal came from and what
 * its close started (deal card), and every link among a company's deals
 * (company card). See `regulation/chain.ts`.
 *
 * @module
 */
import { component } from '../openapi.js';
import { dateTime, nullableString } from './common.js';

const startedBy = {
  type: 'object',
  additionalProperties: false,
  required: ['stage', 'reason'],
  description: 'the final stage of the earlier deal that started the later one, and its lost reason',
  properties: { stage: { type: 'string' }, reason: nullableString },
} as const;

export const chainedDealSchema = component('ChainedDeal', {
  type: 'object',
  additionalProperties: false,
  required: ['dealId', 'regulationId', 'stage', 'status', 'startedBy', 'createdAt'],
  properties: {
    dealId: { type: 'string' },
    regulationId: { type: 'string' },
    stage: { type: 'string' },
    status: { enum: ['active', 'won', 'lost'] },
    startedBy,
    createdAt: dateTime,
  },
} as const);

/** On the deal card: the deal before (null when none) and the deals this one started. */
export const dealChainSchema = component('DealChain', {
  type: 'object',
  additionalProperties: false,
  required: ['predecessor', 'successors'],
  properties: {
    predecessor: { anyOf: [chainedDealSchema, { type: 'null' }] },
    successors: { type: 'array', items: chainedDealSchema },
  },
} as const);

/** On the company card: one link between two of its deals. */
export const chainLinkSchema = component('ChainLink', {
  type: 'object',
  additionalProperties: false,
  required: ['predecessorId', 'successorId', 'regulationId', 'stage', 'reason'],
  properties: {
    predecessorId: { type: 'string' },
    successorId: { type: 'string' },
    regulationId: { type: 'string' },
    stage: { type: 'string' },
    reason: nullableString,
  },
} as const);
