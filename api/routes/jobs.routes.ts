/**
 * Bulk jobs (migrations of running deals, deactivations' reassignments):
 * their progress and, once ended, their report, read from PostgreSQL while
 * the job's workflow runs (`app/jobs.ts`).
 *
 * @module
 */
import { Hono } from 'hono';
import { jobStatus } from '../../app/jobs.js';
import { allow } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import { jobSchema } from '../schemas/index.js';

const tags = ['jobs'];

export function jobRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow('director', 'admin'));

  app.get(
    '/:id',
    doc({
      summary: 'A bulk job: progress (done/total), and the report once it has ended',
      tags,
      responses: { 200: { description: 'the job', schema: jobSchema } },
      errors: [403, 404],
    }),
    async (c) => c.json(await jobStatus(deps, c.req.param('id'))),
  );

  return app;
}
