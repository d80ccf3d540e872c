/**
 * Integration keys: an admin or director creates one per integration; the
 * secret is shown once.
 *
 * @module
 */
import { Hono } from 'hono';
import { allow } from '../access.js';
import { audit } from '../audit.js';
import { createApiKey } from '../auth.js';
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
    const key = await createApiKey(deps.sql, body.name, c.get('actor'));
    await audit(deps, c, 'api-key.created', `api-key:${key.id}`, { name: body.name });
    return c.json(key, 201);
  });
  app.delete('/api-keys/:id', allow('admin', 'director'), async (c) => {
    await deps.sql`update api_keys set active = false where id = ${c.req.param('id')}`;
    await audit(deps, c, 'api-key.revoked', `api-key:${c.req.param('id')}`);
    return c.body(null, 204);
  });
  app.get('/audit', allow('admin', 'director'), async (c) =>
    c.json({ audit: await deps.sql`select * from audit_log order by id desc limit 500` }),
  );
  return app;
}
