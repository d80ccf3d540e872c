/**
 * The client base's searches and cards beyond the company record: contacts
 * found, a contact's card, a company's deals and its e-mail and calls.
 *
 * @module
 */
import { component } from '../openapi.js';
import { companyStatus, contactSchema } from './companies.js';
import { dateTime, nullableString, openObject } from './common.js';
import { dealSchema } from './deals.js';

export const activitySchema = component('ClientActivity', {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'id', 'dealId', 'at', 'title', 'status', 'contactId', 'data'],
  properties: {
    kind: { enum: ['message', 'call'] },
    id: { type: 'string', description: 'the message’s id, or the call’s event id' },
    dealId: { type: 'string' },
    at: { ...dateTime, description: 'sent (or queued) at; the call’s time' },
    title: { type: 'string', description: 'a message’s subject; “call in” / “call out”' },
    status: {
      ...nullableString,
      description: 'a message’s status (pending, sent, failed, suppressed); a call’s outcome',
    },
    contactId: nullableString,
    data: { ...openObject, description: 'a message: to, from, openedAt, repliedAt, automated; a call: as logged' },
  },
} as const);

/** `GET /companies/{id}/activity` */
export const activityListSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['activity'],
  properties: { activity: { type: 'array', items: activitySchema } },
} as const;

/** `GET /companies/{id}/deals` */
export const companyDealListSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['deals'],
  properties: {
    deals: {
      type: 'array',
      items: {
        ...dealSchema,
        required: [...dealSchema.required, 'companyName', 'nextTask', 'overdue', 'stageTitle'],
        properties: {
          ...dealSchema.properties,
          stageTitle: { type: 'string', description: 'the stage’s title in the deal’s regulation version' },
        },
      },
    },
  },
} as const;

export const contactFoundSchema = component('ContactFound', {
  ...contactSchema,
  required: [...contactSchema.required, 'companyName'],
  properties: { ...contactSchema.properties, companyName: { type: 'string' } },
} as const);

/** `GET /contacts` */
export const contactListSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['contacts'],
  properties: { contacts: { type: 'array', items: contactFoundSchema } },
} as const;

export const contactQuerySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['q'],
  properties: {
    q: {
      type: 'string',
      minLength: 2,
      maxLength: 200,
      description: 'part of the name, the e-mail, or part of the phone (5+ digits, compared as digits)',
    },
    limit: { type: 'string', pattern: '^[1-9][0-9]{0,2}$', description: 'at most this many (default 50)' },
  },
} as const;

export const contactCardSchema = component('ContactCard', {
  ...contactSchema,
  required: [...contactSchema.required, 'company', 'activity'],
  properties: {
    ...contactSchema.properties,
    company: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'inn', 'status', 'manager'],
      properties: {
        id: { type: 'string' },
        name: { type: 'string' },
        inn: nullableString,
        status: companyStatus,
        manager: nullableString,
      },
    },
    activity: { type: 'array', items: activitySchema },
  },
} as const);
