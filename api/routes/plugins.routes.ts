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
import { check } from '../validation.js';

const funnelQuerySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['regulationId'],
  properties: { regulationId: { type: 'string', minLength: 1 }, dimension: { type: 'string', minLength: 1 } },
} as const;

export function pluginRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.get('/plugins', allow(...PEOPLE), (c) => c.json(listPlugins(deps)));

  /** Deals by stage and status, grouped by a dimension: owner, region, or one a plugin contributes. */
  app.get('/analytics/funnel', allow('director', 'admin'), async (c) =>
    c.json(
      await funnel(
        deps,
        check<{ regulationId: string; dimension?: string }>(funnelQuerySchema, c.req.query(), 'query'),
      ),
    ),
  );

  return app;
}
