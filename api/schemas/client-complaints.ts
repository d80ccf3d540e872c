/**
 * Complaints from clients as the API takes and shows them.
 *
 * @module
 */
import { component } from '../openapi.js';
import { dateTime, nullableString } from './common.js';

const id = { type: 'string', minLength: 1, maxLength: 200 } as const;

/** `POST /complaints` */
export const clientComplaintRequestSchema = component('ClientComplaintInput', {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: {
    dealId: { ...id, description: 'the deal complained about; or companyId' },
    companyId: { ...id, description: 'the client: their current deal, or their last one when none is active' },
    text: { type: 'string', minLength: 1, maxLength: 10000 },
    source: {
      enum: ['form', 'email'],
      description: 'an integration’s channel (default form); a person’s entry is always manager',
    },
    externalId: { ...id, description: 'the form’s or message’s own id: sent again, it opens no second complaint' },
  },
} as const);

export const clientComplaintSchema = component('ClientComplaint', {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'dealId',
    'assignee',
    'source',
    'externalId',
    'text',
    'dueAt',
    'status',
    'resolution',
    'resolvedAt',
    'resolvedBy',
    'level',
    'createdBy',
    'createdAt',
  ],
  properties: {
    id: { type: 'string' },
    dealId: { type: 'string' },
    assignee: { type: 'string', description: 'the deal’s owner when the complaint came' },
    source: { enum: ['form', 'email', 'manager'] },
    externalId: nullableString,
    text: { type: 'string' },
    dueAt: { ...dateTime, description: 'the SLA: the regulation’s complaints.sla of working time after it came' },
    status: { enum: ['open', 'resolved'] },
    resolution: nullableString,
    resolvedAt: { anyOf: [dateTime, { type: 'null' }] },
    resolvedBy: nullableString,
    level: {
      type: 'integer',
      minimum: 0,
      description: 'notices past the SLA: 0 none, 1 the assignee reminded, 1 + n escalation level n',
    },
    createdBy: { type: 'string' },
    createdAt: dateTime,
  },
} as const);

export const clientComplaintListSchema = component('ClientComplaintList', {
  type: 'object',
  additionalProperties: false,
  required: ['complaints'],
  properties: { complaints: { type: 'array', items: clientComplaintSchema } },
} as const);

export const clientComplaintQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { status: { enum: ['open', 'resolved'] }, dealId: id },
} as const;

/** `POST /complaints/{id}/resolve` */
export const clientComplaintResolveSchema = component('ClientComplaintResolution', {
  type: 'object',
  additionalProperties: false,
  required: ['resolution'],
  properties: { resolution: { type: 'string', minLength: 1, maxLength: 4000, description: 'what was done' } },
} as const);

export const clientComplaintCountsSchema = component('ClientComplaintCounts', {
  type: 'object',
  additionalProperties: false,
  required: ['asOf', 'byManager'],
  properties: {
    asOf: dateTime,
    byManager: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['manager', 'total', 'open', 'overdue', 'resolved', 'resolvedInSla'],
        properties: {
          manager: { type: 'string' },
          total: { type: 'integer', minimum: 0 },
          open: { type: 'integer', minimum: 0 },
          overdue: { type: 'integer', minimum: 0, description: 'open past their SLA' },
          resolved: { type: 'integer', minimum: 0 },
          resolvedInSla: { type: 'integer', minimum: 0 },
        },
      },
    },
  },
} as const);
