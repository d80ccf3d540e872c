/**
 * Telephony: the call API's events, calls, call-backs, extensions, routing
 * and click-to-call.
 *
 * @module
 */
import { telephonyRulesSchema } from '../../rules/telephony.js';
import { component } from '../openapi.js';
import { dateTime, listOf, nullableDateTime, nullableInteger, nullableString, openObject } from './common.js';

const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;
const callId = { ...text(200), description: 'the PBX’s id of the call: a repeated event changes nothing' } as const;
const at = {
  type: 'string',
  maxLength: 40,
  description: 'when it happened (ISO 8601); default: when received',
} as const;
const direction = { enum: ['in', 'out'] } as const;
const number = {
  ...text(50),
  description: 'as the PBX writes it: «+7 495 …», «8 (495) …», «74951234567» or an extension',
} as const;
const extension = { ...text(20), description: 'the PBX’s internal line' } as const;

/** `POST /telephony/calls`: one event of a call, in the shape PBXs report them. */
export const callEventSchema = {
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'callId', 'direction', 'from', 'to'],
      properties: { type: { const: 'call.started' }, callId, at, direction, from: number, to: number, extension },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'callId'],
      properties: { type: { const: 'call.answered' }, callId, at, extension },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'callId', 'status'],
      properties: {
        type: { const: 'call.finished' },
        callId,
        at,
        status: { enum: ['answered', 'missed', 'busy'] },
        durationSec: { type: 'integer', minimum: 0, maximum: 86_400 },
        recordingUrl: { type: 'string', pattern: '^https?://', maxLength: 2000 },
        direction,
        from: number,
        to: number,
        extension,
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'callId', 'recordingUrl'],
      properties: {
        type: { const: 'call.recorded' },
        callId,
        at,
        recordingUrl: { type: 'string', pattern: '^https?://', maxLength: 2000 },
      },
    },
  ],
} as const;

/** What the call API answers: the call as it now stands and what it did. */
export const callAnswerSchema = component('CallAnswer', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'status', 'dealId', 'effect'],
  properties: {
    id: { type: 'string', description: '`<pbx>:<call id>`' },
    status: { enum: ['ringing', 'answered', 'finished'] },
    dealId: nullableString,
    effect: {
      type: ['object', 'null'],
      description: 'what the finished call did: logged, lead, callBack, callBacksDone',
    },
  },
} as const);

export const pbxWebhookAnswerSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['calls'],
  properties: { calls: { type: 'array', items: callAnswerSchema } },
} as const;

export const callSchema = component('Call', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'pbx', 'pbxCallId', 'direction', 'fromNumber', 'toNumber', 'status', 'outcome', 'dealId'],
  properties: {
    id: { type: 'string' },
    pbx: { type: 'string' },
    pbxCallId: { type: 'string' },
    direction: { enum: ['in', 'out', null] },
    fromNumber: nullableString,
    toNumber: nullableString,
    clientNumber: nullableString,
    extension: nullableString,
    manager: nullableString,
    status: { enum: ['ringing', 'answered', 'finished'] },
    outcome: { enum: ['answered', 'missed', 'busy', null] },
    durationSec: nullableInteger,
    recordingUrl: nullableString,
    dealId: nullableString,
    companyId: nullableString,
    effect: { type: ['object', 'null'] },
    startedAt: nullableDateTime,
    answeredAt: nullableDateTime,
    finishedAt: nullableDateTime,
    createdAt: dateTime,
    updatedAt: dateTime,
  },
} as const);
export const callListSchema = listOf('calls', callSchema);

export const callBackSchema = component('CallBack', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'callId', 'clientNumber', 'dealId', 'assignee', 'status', 'dueAt'],
  properties: {
    id: { type: 'string' },
    callId: { type: 'string', description: 'the missed call' },
    clientNumber: { type: 'string' },
    dealId: nullableString,
    assignee: { type: 'string' },
    status: { enum: ['open', 'done'] },
    dueAt: dateTime,
    doneByCall: nullableString,
    createdAt: dateTime,
    closedAt: nullableDateTime,
  },
} as const);
export const callBackListSchema = listOf('callBacks', callBackSchema);

export const extensionRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['manager'],
  properties: { manager: text(200) },
} as const;
const extensionSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['extension', 'manager'],
  properties: { extension: { type: 'string' }, manager: { type: 'string' } },
} as const;
export const extensionAnswerSchema = component('Extension', extensionSchema);
export const extensionListSchema = listOf('extensions', extensionAnswerSchema);

export const routeQuerySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['from'],
  properties: { from: text(50) },
} as const;
export const routeAnswerSchema = component('CallRoute', {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'extension', 'manager', 'reason', 'dealId', 'companyId'],
  properties: {
    from: { type: 'string' },
    extension: { ...nullableString, description: 'the extension to ring; null: the PBX’s own queue' },
    manager: nullableString,
    reason: { type: 'string' },
    dealId: nullableString,
    companyId: nullableString,
  },
} as const);

export const dealNumbersSchema = component('DealNumbers', {
  type: 'object',
  additionalProperties: false,
  required: ['dealId', 'numbers', 'canOriginate'],
  properties: {
    dealId: { type: 'string' },
    numbers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['e164', 'display', 'tel'],
        properties: { e164: { type: 'string' }, display: { type: 'string' }, tel: { type: 'string' } },
      },
    },
    canOriginate: { type: 'boolean', description: 'the PBX can place the call: the card shows a "call" button' },
  },
} as const);

export const originateRequestSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { phone: { ...text(50), description: 'default: the first number of the deal’s client' } },
} as const;
export const originateAnswerSchema = component('OriginatedCall', {
  type: 'object',
  additionalProperties: false,
  required: ['requested', 'pbx', 'extension', 'to'],
  properties: {
    requested: { const: true },
    pbx: { type: 'string' },
    extension: { type: 'string' },
    to: { type: 'string' },
  },
} as const);

export const callBackQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { status: { enum: ['open', 'done'] } },
} as const;
export const callQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { dealId: text(200) },
} as const;

export const telephonyRulesAnswerSchema = component('TelephonyRules', {
  type: 'object',
  additionalProperties: false,
  required: ['rules', 'custom'],
  properties: {
    rules: { type: 'array', items: openObject },
    custom: { type: 'boolean', description: 'false: the shipped rules are in force' },
  },
} as const);

export { telephonyRulesSchema };
