/**
 * Integration keys (mounted at `/api-keys`): an admin or director creates one
 * per integration; the secret is shown once. The audit trail of mutations
 * outside deals (mounted at `/audit`).
 *
 * @module
 */
import { Hono } from 'hono';
import { createApiKey, listApiKeys, revokeApiKey } from '../../app/integrations.js';
import { allow } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import { apiKeyListSchema, apiKeyRequestSchema, auditListSchema, createdApiKeySchema } from '../schemas/index.js';

const tags = ['integrations'];

export function keyRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow('admin', 'director'));
  app.get(
    '/',
    doc({
      summary: 'Every integration key, revoked ones too (never a secret)',
      tags,
      responses: { 200: { description: 'newest first', schema: apiKeyListSchema } },
      errors: [403],
    }),
    async (c) => c.json({ keys: await listApiKeys(deps) }),
  );
  app.post(
    '/',
    doc({
      summary: 'Create an integration key',
      tags,
      body: apiKeyRequestSchema,
      responses: { 201: { description: 'the key; its secret is shown this once', schema: createdApiKeySchema } },
      errors: [403],
    }),
    async (c) => c.json(await createApiKey(deps, c.get('body').name, c.get('actor')), 201),
  );
  app.delete(
    '/:id',
    doc({
      summary: 'Revoke an integration key',
      tags,
      responses: { 204: { description: 'revoked' } },
      errors: [403, 404],
    }),
    async (c) => {
      await revokeApiKey(deps, c.req.param('id'), c.get('actor'));
      return c.body(null, 204);
    },
  );
  return app;
}

export function auditRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow('admin', 'director'));
  app.get(
    '/',
    doc({
      summary: 'The audit trail of mutations outside deals, newest first',
      tags: ['audit'],
      responses: { 200: { description: 'the last 500 entries', schema: auditListSchema } },
      errors: [403],
    }),
    async (c) => c.json({ audit: await deps.audit.list() }),
  );
  return app;
}
