/**
 * `POST /deals/{id}/override` (mounted at `/deals` beside the deals' routes):
 * a director, or a head for their department, moves a deal to another stage
 * past the regulation's exit checks, with a mandatory reason; and
 * `POST /deals/{id}/skip`: the same people skip one required task.
 *
 * @module
 */
import { Hono } from 'hono';
import { overrideDeal, skipTask } from '../../app/overrides.js';
import { allow } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import { overrideRequestSchema, overrideResultSchema, skipTaskRequestSchema } from '../schemas/index.js';

export function overrideRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.post(
    '/:id/override',
    allow('director', 'head'),
    doc({
      summary:
        'Move a deal to another stage past the regulation’s checks, or reopen a closed one, with a reason (audited)',
      description:
        'The answer names the exit checks overridden (open required tasks, empty required fields); the deal’s log ' +
        'holds a `deal.overridden` fact and the audit a line. The deal goes on from the stage with its tasks and timers. ' +
        'A closed deal is reopened at the stage: its workflow starts again from there (`reopened: true` in the fact).',
      tags: ['deals'],
      body: overrideRequestSchema,
      responses: { 200: { description: 'the move and what it overrode', schema: overrideResultSchema } },
      errors: [403, 404, 409, 422],
    }),
    async (c) => c.json(await overrideDeal(deps, c.get('principal'), c.req.param('id'), c.get('body'))),
  );
  app.post(
    '/:id/skip',
    allow('director', 'head'),
    doc({
      summary: 'Skip a required task of a deal’s current stage, with a reason (audited)',
      description:
        'The task is closed as cancelled by override and the stage’s exit check counts it as done; the deal’s log ' +
        'holds `task.cancelled` and `deal.overridden` facts, the audit a `task.skipped` line, compliance an override.',
      tags: ['deals'],
      body: skipTaskRequestSchema,
      responses: { 200: { description: 'the deal and the check it overrode', schema: overrideResultSchema } },
      errors: [403, 404, 409, 422],
    }),
    async (c) => c.json(await skipTask(deps, c.get('principal'), c.req.param('id'), c.get('body'))),
  );
  return app;
}
