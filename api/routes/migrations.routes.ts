/**
 * Migrating running deals of one regulation version to a newer one with a
 * stage mapping: a dry run first, then a job that moves the deals one by one
 * through each deal's workflow (`app/migrations.ts`, `app/jobs.ts`). Mounted
 * by `regulationRoutes` at `/:id/migrations`.
 *
 * @module
 */
import { Hono } from 'hono';
import type { BlankSchema } from 'hono/types';
import { startMigrationJob } from '../../app/jobs.js';
import { migrateDeal, planMigration } from '../../app/migrations.js';
import { allow } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import {
  dealMigrationRequestSchema,
  dealMoveResultSchema,
  jobStartedSchema,
  migrationPlanSchema,
  migrationRequestSchema,
} from '../schemas/index.js';

const tags = ['migrations'];

export function migrationRoutes(deps: ApiDeps) {
  // The base path types the regulation's `id`, which comes from where the regulations mount this.
  const app = new Hono<AppEnv, BlankSchema, '/:id/migrations'>();
  app.use('*', allow('director', 'admin'));

  app.post(
    '/plan',
    doc({
      summary: 'Plan a migration (dry run): which deals move where, which tasks end and start',
      tags,
      body: migrationRequestSchema,
      responses: { 200: { description: 'nothing is written', schema: migrationPlanSchema } },
      errors: [403, 404],
    }),
    async (c) => c.json((await planMigration(deps, c.req.param('id'), c.get('body'))).plan),
  );

  app.post(
    '/',
    doc({
      summary: 'Start a migration job: running deals move deal by deal in a durable workflow',
      description:
        'Checks the versions and the stage map, then answers at once with the job; follow it with ' +
        '`GET /jobs/{id}`, whose report (a MigrationReport) lists what moved, what failed and what was left.',
      tags,
      body: migrationRequestSchema,
      responses: { 202: { description: 'the job is running', schema: jobStartedSchema } },
      errors: [403, 404],
    }),
    async (c) => c.json(await startMigrationJob(deps, c.req.param('id'), c.get('body'), c.get('actor')), 202),
  );

  app.post(
    '/deals/:dealId',
    doc({
      summary: 'Migrate one deal onto a newer version',
      tags,
      body: dealMigrationRequestSchema,
      responses: { 200: { description: 'where the deal is now', schema: dealMoveResultSchema } },
      errors: [403, 404, 409],
    }),
    async (c) =>
      c.json(await migrateDeal(deps, c.req.param('id'), c.req.param('dealId'), c.get('body'), c.get('actor'))),
  );

  return app;
}
