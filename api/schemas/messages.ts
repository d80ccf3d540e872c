/**
 * E-mail messages to a deal's contacts, what comes back (replies), and the
 * local catch-all mailbox.
 *
 * @module
 */
import { component } from '../openapi.js';
import { dateTime, listOf, nullableDateTime, nullableString } from './common.js';

/** `POST /deals/:id/messages` body: a template (its subject and body may be edited) or free text. */
export const dealMessageRequestSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    templateId: { type: 'string', minLength: 1, description: "a template of the deal's regulation" },
    subject: { type: 'string', minLength: 1, maxLength: 500, description: "overrides the template's subject" },
    body: { type: 'string', minLength: 1, maxLength: 100_000, description: "overrides the template's body" },
    to: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: { type: 'string', minLength: 3, maxLength: 320 },
      description: "default: the client's e-mail and the company's contacts who did not opt out",
    },
    trackOpens: { type: 'boolean', default: false, description: 'adds a tracking pixel (`email.opened`)' },
  },
} as const;

const attemptSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['attempt', 'at', 'ok', 'response'],
  properties: {
    attempt: { type: 'integer', minimum: 1 },
    at: dateTime,
    ok: { type: 'boolean' },
    response: { ...nullableString, description: "the SMTP server's answer, or the error" },
  },
} as const;

/** One message to one recipient (`MessageRow`). */
export const messageSchema = component('Message', {
  type: 'object',
  additionalProperties: true,
  required: ['id', 'dealId', 'automated', 'source', 'toEmail', 'subject', 'body', 'status', 'attempts', 'queuedAt'],
  properties: {
    id: { type: 'string', description: 'stable: the Message-ID is <id@domain>, replies go to reply+<id>@domain' },
    dealId: { type: 'string' },
    automated: { type: 'boolean', description: 'automated mail respects opt-outs and companies.no_mail' },
    source: { type: 'string', description: "'template:<id>', 'text' or 'automation:<plugin.activity>'" },
    templateId: nullableString,
    contactId: nullableString,
    mailFrom: { type: 'string' },
    toEmail: { type: 'string' },
    subject: { type: 'string' },
    body: { type: 'string' },
    trackOpens: { type: 'boolean' },
    status: { enum: ['pending', 'sent', 'failed', 'suppressed'] },
    attempts: { type: 'integer', minimum: 0 },
    nextAttemptAt: dateTime,
    lastResponse: nullableString,
    lastError: nullableString,
    queuedBy: { type: 'string' },
    queuedAt: dateTime,
    sentAt: nullableDateTime,
    openedAt: nullableDateTime,
    repliedAt: nullableDateTime,
    log: { type: 'array', items: attemptSchema, description: 'every attempt with the server’s answer' },
  },
} as const);

/** `POST /deals/:id/messages` 201 and `GET /deals/:id/messages`. */
export const messageListSchema = listOf('messages', messageSchema);

/** `POST /inbound/email`: the fields mail providers' inbound webhooks have in common. */
export const inboundEmailSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    from: { type: 'string', maxLength: 1000 },
    to: {
      anyOf: [
        { type: 'string', maxLength: 5000 },
        { type: 'array', maxItems: 100, items: { type: 'string', maxLength: 1000 } },
      ],
      description: 'a reply+<messageId>@… address among them matches the message',
    },
    subject: { type: 'string', maxLength: 5000 },
    text: { type: 'string', maxLength: 500_000 },
    messageId: { type: 'string', maxLength: 1000, description: "the reply's Message-ID: a repeat counts once" },
    inReplyTo: { type: 'string', maxLength: 1000, description: '<messageId@domain> of the message answered' },
    references: {
      anyOf: [
        { type: 'string', maxLength: 10_000 },
        { type: 'array', maxItems: 100, items: { type: 'string', maxLength: 1000 } },
      ],
    },
  },
} as const;

/** What the local catch-all SMTP server received. */
export const caughtMailListSchema = listOf(
  'mail',
  component('CaughtMail', {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'receivedAt', 'mailFrom', 'rcptTo', 'messageId', 'subject', 'textBody'],
    properties: {
      id: { type: 'string' },
      receivedAt: dateTime,
      mailFrom: nullableString,
      rcptTo: { type: 'array', items: { type: 'string' } },
      messageId: nullableString,
      subject: nullableString,
      textBody: nullableString,
    },
  } as const),
);
