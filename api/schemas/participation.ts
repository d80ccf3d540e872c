/**
 * Participants of a deal, their complaints, the moves the regulation refused,
 * and competitors' danger ratings.
 *
 * @module
 */
import { component } from '../openapi.js';
import { dateTime, listOf, nullableString, openObject } from './common.js';

export const participantSchema = component('Participant', {
  type: 'object',
  additionalProperties: false,
  required: ['person', 'reason', 'stage', 'since'],
  properties: {
    person: { type: 'string' },
    reason: { type: 'string', description: 'e.g. handed over' },
    stage: { ...nullableString, description: 'the stage whose entry handed the deal over' },
    since: dateTime,
  },
} as const);

export const participantListSchema = listOf('participants', participantSchema);

export const complaintRequestSchema = component('ComplaintRequest', {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: {
    text: { type: 'string', minLength: 1, maxLength: 2000, description: 'what stalls, in one’s own words' },
  },
} as const);

export const complaintSchema = component('Complaint', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'dealId', 'by', 'to', 'stage', 'text', 'at'],
  properties: {
    id: { type: 'string' },
    dealId: { type: 'string' },
    by: { type: 'string' },
    to: { type: 'string', description: 'the complainant’s head, who was told' },
    stage: { type: 'string' },
    text: { type: 'string' },
    at: dateTime,
  },
} as const);

export const attemptSchema = component('Attempt', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'dealId', 'actor', 'action', 'detail', 'code', 'reason', 'at'],
  properties: {
    id: { type: 'string' },
    dealId: { type: 'string' },
    actor: { type: 'string' },
    action: { enum: ['event', 'complete_task'] },
    detail: openObject,
    code: { type: 'string', description: 'why the regulation refused, e.g. EXIT_BLOCKED, EVENT_NOT_ALLOWED' },
    reason: { type: 'string' },
    at: dateTime,
  },
} as const);

export const attemptListSchema = listOf('attempts', attemptSchema);

export const attemptQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    actor: { type: 'string', minLength: 1, maxLength: 200 },
    limit: { type: 'string', pattern: '^[1-9][0-9]{0,3}$' },
  },
} as const;

export const competitorSchema = component('CompetitorRating', {
  type: 'object',
  additionalProperties: false,
  required: ['competitor', 'lostDeals', 'lastSeen', 'regulations'],
  properties: {
    competitor: { type: 'string' },
    lostDeals: { type: 'integer', description: 'the danger rating: lost deals it appeared in' },
    lastSeen: dateTime,
    regulations: { type: 'array', items: { type: 'string' } },
  },
} as const);

export const competitorListSchema = listOf('competitors', competitorSchema);
