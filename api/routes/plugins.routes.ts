/**
 * Plugins: what is loaded (and what failed), plugin intakes that turn an
 * integration event into a lead, and the funnel by a plugin's analytics
 * dimension.
 *
 * @module
 */
import { Hono } from 'hono';
import { allow, PEOPLE } from '../access.js';
import { DomainError } from '../../regulation/errors.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { check, jsonBody } from '../validation.js';
import { startDeal } from './deals.routes.js';

export function pluginRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.get('/plugins', allow(...PEOPLE), (c) =>
    c.json({
      plugins: [...deps.plugins.plugins.values()].map((p) => ({
        ...p.manifest,
        stages: (p.stages ?? []).map((s) => s.stage.key),
        activities: Object.keys(p.activities ?? {}),
        intake: Object.keys(p.intake ?? {}),
        facts: (p.facts ?? []).map((f) => f.name),
        analytics: (p.analytics ?? []).map((d) => d.name),
      })),
      failures: Object.fromEntries(deps.plugins.failures),
    }),
  );

  /** An integration event a plugin knows how to turn into a deal. */
  app.post('/intake/:type', allow('integration', 'director', 'admin'), async (c) => {
    const type = c.req.param('type');
    const handler = deps.plugins.intake(type);
    if (!handler) throw new DomainError('NOT_FOUND', `no plugin takes events of type "${type}"`);
    const payload = await jsonBody<Record<string, unknown>>(c, handler.schema);
    const deal = handler.toDeal(payload);
    const dealId = await startDeal(
      deps,
      {
        regulationId: deal.regulationId,
        client: deal.client as { name: string },
        ...(deal.fields ? { fields: deal.fields as never } : {}),
      },
      { idempotencyKey: c.req.header('idempotency-key'), actor: `${c.get('actor')} via ${handler.plugin}` },
    );
    const view = await deps.deals.getDeal(dealId);
    return c.json({ ...view, tasks: await deps.deals.listTasks({ dealId, limit: 100 }) }, 201);
  });

  /** Deals by stage and status, grouped by a dimension: owner, stage, or one a plugin contributes. */
  app.get('/analytics/funnel', allow('director', 'admin'), async (c) => {
    const q = check<{ regulationId: string; dimension?: string }>(
      {
        type: 'object',
        additionalProperties: false,
        required: ['regulationId'],
        properties: { regulationId: { type: 'string', minLength: 1 }, dimension: { type: 'string', minLength: 1 } },
      },
      c.req.query(),
      'query',
    );
    const dimensions = new Map<string, string>([
      ['owner', 'owner'],
      ['region', 'client.region'],
      ...deps.plugins.dimensions().map((d) => [d.name, d.path] as [string, string]),
    ]);
    const path = q.dimension ? dimensions.get(q.dimension) : undefined;
    if (q.dimension && !path) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `unknown dimension "${q.dimension}"; known: ${[...dimensions.keys()].join(', ')}`,
      );
    }
    return c.json({
      regulationId: q.regulationId,
      dimension: q.dimension ?? null,
      rows: await deps.deals.funnel(q.regulationId, path),
    });
  });

  return app;
}
