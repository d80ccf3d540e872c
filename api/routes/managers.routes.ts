/**
 * Managers, heads and directors (mounted at `/managers`): who the assignment
 * rules can choose, the invitation with which a person sets their password,
 * and deactivation, which ends a person's new work at once and starts a job
 * that hands their open deals to the rules for reassignment.
 *
 * @module
 */
import { Hono } from 'hono';
import { invite } from '../../app/auth.js';
import { startDeactivationJob } from '../../app/jobs.js';
import { person, savePerson } from '../../app/people.js';
import { allow } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import { invitationSchema } from '../schemas/auth.js';
import { jobStartedSchema, managerListSchema, managerRequestSchema, managerSchema } from '../schemas/index.js';

const tags = ['managers'];

export function managerRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow('director', 'head', 'admin'));

  app.get(
    '/',
    doc({
      summary: 'Everyone',
      tags,
      responses: { 200: { description: 'by id', schema: managerListSchema } },
      errors: [403],
    }),
    async (c) => c.json({ managers: await deps.managers.list() }),
  );

  app.get(
    '/:id',
    doc({
      summary: 'One person',
      tags,
      responses: { 200: { description: 'the person', schema: managerSchema } },
      errors: [403, 404],
    }),
    async (c) => c.json(await person(deps, c.req.param('id'))),
  );

  app.put(
    '/:id',
    allow('director', 'admin'),
    doc({
      summary: 'Create or change a person',
      tags,
      body: managerRequestSchema,
      responses: { 200: { description: 'the person as saved', schema: managerSchema } },
      errors: [403],
    }),
    async (c) => c.json(await savePerson(deps, { ...c.get('body'), id: c.req.param('id') }, c.get('actor'))),
  );

  app.post(
    '/:id/deactivate',
    allow('director', 'admin'),
    doc({
      summary: 'Deactivate a person: access ends at once, a job hands their open deals to the assignment rules',
      description:
        'The person is inactive (and the change audited) before the answer; their open deals are reassigned by a ' +
        'durable job. Follow it with `GET /jobs/{id}`, whose report (a Deactivation) says who took which deal.',
      tags,
      responses: { 202: { description: 'the person is inactive; the job is running', schema: jobStartedSchema } },
      errors: [403, 404],
    }),
    async (c) => c.json(await startDeactivationJob(deps, c.req.param('id'), c.get('actor')), 202),
  );

  app.post(
    '/:id/invitation',
    allow('director', 'admin'),
    doc({
      summary: 'A one-time link for a person to set their password (valid for 7 days)',
      tags: ['auth'],
      security: ['bearer', 'cookie'],
      responses: { 201: { description: 'the invitation', schema: invitationSchema } },
      errors: [403, 404, { status: 409, description: 'the person is deactivated' }],
    }),
    async (c) => {
      const userId = c.req.param('id');
      const { token, expiresAt } = await invite(deps, userId, c.get('actor'));
      const url = new URL(`/accept?token=${encodeURIComponent(token)}`, c.req.url).toString();
      return c.json({ userId, token, url, expiresAt: expiresAt.toISOString() }, 201);
    },
  );

  return app;
}
