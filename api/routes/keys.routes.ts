/**
 * Integration keys: an admin or director creates one per integration; the
 * secret is shown once. The audit trail of mutations outside deals.
 *
 * @module
 */
import { Hono } from 'hono';
import { createApiKey, revokeApiKey } from '../../app/integrations.js';
import { allow } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { jsonBody } from '../validation.js';

export function keyRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.post('/api-keys', allow('admin', 'director'), async (c) => {
    const body = await jsonBody<{ name: string }>(c, {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: { name: { type: 'string', pattern: '^[a-z][a-z0-9_-]*$' } },
    });
    return c.json(await createApiKey(deps, body.name, c.get('actor')), 201);
  });
  app.delete('/api-keys/:id', allow('admin', 'director'), async (c) => {
    await revokeApiKey(deps, c.req.param('id'), c.get('actor'));
    return c.body(null, 204);
  });
  app.get('/audit', allow('admin', 'director'), async (c) => c.json({ audit: await deps.audit.list() }));
  return app;
}
