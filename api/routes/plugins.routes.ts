/**
 * Plugins (mounted at `/plugins`): what is loaded, and what failed. The
 * funnel by a dimension plugins contribute is `GET /analytics/funnel`.
 *
 * @module
 */
import { Hono } from 'hono';
import { listPlugins } from '../../app/plugins.js';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import { pluginListSchema } from '../schemas/index.js';

export function pluginRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.get(
    '/',
    allow(...PEOPLE),
    doc({
      summary: 'Plugins loaded, and those that failed to load',
      tags: ['plugins'],
      responses: { 200: { description: 'manifests and what each contributes', schema: pluginListSchema } },
      errors: [403],
    }),
    (c) => c.json(listPlugins(deps)),
  );
  return app;
}
