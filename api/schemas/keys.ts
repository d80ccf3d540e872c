/**
 * Integration keys and the audit trail of mutations outside deals.
 *
 * @module
 */
import { component } from '../openapi.js';
import { dateTime, listOf, openObject } from './common.js';

/** `POST /api-keys` body. */
export const apiKeyRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: {
      type: 'string',
      pattern: '^[a-z][a-z0-9_-]*$',
      maxLength: 100,
      description: 'the integration, e.g. telephony',
    },
  },
} as const;

/** `POST /api-keys` 201: the secret is shown once. */
export const createdApiKeySchema = component('CreatedApiKey', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'key'],
  properties: {
    id: { type: 'string', description: 'key_<hex>; DELETE /api-keys/{id} revokes it' },
    key: { type: 'string', description: 'send as X-Api-Key: `<id>.<secret>`; not shown again' },
  },
} as const);

/** One integration key as listed (`ApiKey`): never its secret. */
export const apiKeySchema = component('ApiKey', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'active', 'createdBy', 'createdAt'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string', description: 'the integration' },
    active: { type: 'boolean', description: 'false once revoked' },
    createdBy: { type: 'string' },
    createdAt: dateTime,
  },
} as const);

/** `GET /api-keys` */
export const apiKeyListSchema = listOf('keys', apiKeySchema);

/** One entry of the audit trail (`AuditEntry`). */
export const auditEntrySchema = component('AuditEntry', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'at', 'actor', 'action', 'subject', 'data'],
  properties: {
    id: { type: 'string', pattern: '^[0-9]+$', description: 'a bigserial, as a decimal string' },
    at: dateTime,
    actor: { type: 'string' },
    action: { type: 'string', description: 'e.g. api-key.created, user.saved, regulation.published, deals.migrated' },
    subject: { type: 'string', description: 'e.g. api-key:key_1a2b, user:ivanov, regulation:b2b_basic' },
    data: openObject,
  },
} as const);

/** `GET /audit` */
export const auditListSchema = listOf('audit', auditEntrySchema);
