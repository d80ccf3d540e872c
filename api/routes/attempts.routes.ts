/**
 * Who tries to skip steps: the moves the regulation refused, across deals
 * (mounted at `/attempts`), and competitors with the danger rating their lost
 * deals give them (`/competitors`).
 *
 * @module
 */
import { Hono } from 'hono';
import { visibleOwners } from '../../app/access.js';
import { allow } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import { attemptListSchema, attemptQuerySchema, competitorListSchema } from '../schemas/index.js';

export function attemptRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.get(
    '/',
    allow('director', 'head', 'admin'),
    doc({
      summary: 'Refused moves: who tried to skip a step, what and why (a head sees their team’s)',
      tags: ['analytics'],
      query: attemptQuerySchema,
      responses: { 200: { description: 'newest first', schema: attemptListSchema } },
    }),
    async (c) => {
      const q = c.get('query');
      const team = await visibleOwners(deps, c.get('principal'));
      const attempts = await deps.deals.attempts({
        ...(q.actor ? { actor: q.actor } : {}),
        limit: q.limit ? Number(q.limit) : 200,
      });
      return c.json({ attempts: team ? attempts.filter((a) => team.includes(a.actor)) : attempts });
    },
  );

  return app;
}

export function competitorRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.get(
    '/',
    allow('director', 'head', 'admin'),
    doc({
      summary: 'Competitors with their danger rating: the lost deals they appeared in',
      tags: ['analytics'],
      responses: { 200: { description: 'most dangerous first', schema: competitorListSchema } },
    }),
    async (c) => c.json({ competitors: await deps.deals.competitorRatings() }),
  );

  return app;
}
