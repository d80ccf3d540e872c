/**
 * Plugins: what is loaded (and what failed), and the funnel by a dimension,
 * including those plugins contribute.
 *
 * @module
 */
import { Hono } from 'hono';
import { funnel, listPlugins } from '../../app/plugins.js';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import { funnelQuerySchema, funnelSchema, pluginListSchema } from '../schemas/index.js';

export function pluginRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.get(
    '/plugins',
    allow(...PEOPLE),
    doc({
      summary: 'Plugins loaded, and those that failed to load',
      tags: ['plugins'],
      responses: { 200: { description: 'manifests and what each contributes', schema: pluginListSchema } },
      errors: [403],
    }),
    (c) => c.json(listPlugins(deps)),
  );

  app.get(
    '/analytics/funnel',
    allow('director', 'admin'),
    doc({
      summary: 'Deals by stage and status, grouped by a dimension: owner, region, or one a plugin contributes',
      tags: ['analytics'],
      query: funnelQuerySchema,
      responses: { 200: { description: 'one row per dimension value, stage and status', schema: funnelSchema } },
      errors: [403],
    }),
    async (c) => c.json(await funnel(deps, c.get('query'))),
  );

  return app;
}
