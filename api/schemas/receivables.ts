/**
 * Receivables as the API shows them: a deal's instalments (its payment
 * terms) and the overdue ones summed by manager and company.
 *
 * @module
 */
import { component } from '../openapi.js';
import { dateTime, nullableString } from './common.js';

const invoiceNumber = {
  type: 'string',
  minLength: 1,
  maxLength: 100,
  description: 'as the accounting system numbers it',
} as const;
const amount = { type: 'number', exclusiveMinimum: 0, maximum: 1e12 } as const;

/** `PUT /deals/{id}/receivables` */
export const paymentTermsSchema = component('PaymentTerms', {
  type: 'object',
  additionalProperties: false,
  required: ['instalments'],
  properties: {
    instalments: {
      type: 'array',
      minItems: 1,
      maxItems: 120,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['invoiceNumber', 'amount', 'dueAt'],
        properties: {
          invoiceNumber,
          amount,
          dueAt: {
            type: 'string',
            minLength: 10,
            maxLength: 40,
            description: 'ISO 8601 date-time with an offset; unpaid past this, the owner is reminded',
          },
        },
      },
    },
  },
} as const);

export const instalmentSchema = component('Instalment', {
  type: 'object',
  additionalProperties: false,
  required: ['invoiceNumber', 'amount', 'dueAt', 'paidAt', 'settlementId', 'level'],
  properties: {
    invoiceNumber: { type: 'string' },
    amount: { type: 'number' },
    dueAt: dateTime,
    paidAt: { anyOf: [dateTime, { type: 'null' }] },
    settlementId: { ...nullableString, description: 'the accounting settlement that paid it' },
    level: {
      type: 'integer',
      minimum: 0,
      description: 'how far the overdue notices went: 0 none, 1 the owner reminded, 1 + n escalation level n',
    },
  },
} as const);

export const receivablesSchema = component('Receivables', {
  type: 'object',
  additionalProperties: false,
  required: ['instalments'],
  properties: { instalments: { type: 'array', items: instalmentSchema } },
} as const);

const sums = {
  count: { type: 'integer', minimum: 0 },
  amount: { type: 'number' },
  oldestDueAt: dateTime,
} as const;

export const overdueReceivablesSchema = component('OverdueReceivables', {
  type: 'object',
  additionalProperties: false,
  required: ['asOf', 'byManager', 'byCompany'],
  properties: {
    asOf: dateTime,
    byManager: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['manager', 'count', 'amount', 'oldestDueAt'],
        properties: { manager: { type: 'string', description: 'the deal’s owner' }, ...sums },
      },
    },
    byCompany: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['companyId', 'company', 'count', 'amount', 'oldestDueAt'],
        properties: { companyId: nullableString, company: { type: 'string' }, ...sums },
      },
    },
  },
} as const);
