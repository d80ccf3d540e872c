/**
 * Complaints from clients: `POST /complaints` (a form or e-mail through an
 * integration key, or a manager's entry), `GET /complaints`,
 * `POST /complaints/{id}/resolve`; and `GET /analytics/complaints` (mounted
 * at `/analytics`), counted per manager.
 *
 * @module
 */
import { Hono } from 'hono';
import {
  clientComplaintCounts,
  listClientComplaints,
  openClientComplaint,
  resolveClientComplaint,
} from '../../app/client-complaints.js';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import {
  clientComplaintCountsSchema,
  clientComplaintListSchema,
  clientComplaintQuerySchema,
  clientComplaintRequestSchema,
  clientComplaintResolveSchema,
  clientComplaintSchema,
} from '../schemas/client-complaints.js';

export function clientComplaintRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.post(
    '/',
    allow(...PEOPLE, 'integration'),
    doc({
      summary: 'A client complains: a complaint opens on their current (or last) deal, for its owner, with an SLA',
      description:
        'Past the SLA (the regulation’s complaints.sla of working time, default a working day) the owner is ' +
        'reminded, then the regulation’s escalation chain is told level by level until it is resolved. ' +
        'An externalId sent again answers the complaint it opened (200) instead of a new one (201).',
      tags: ['complaints'],
      body: clientComplaintRequestSchema,
      responses: {
        201: { description: 'the complaint opened', schema: clientComplaintSchema },
        200: { description: 'the complaint this externalId opened before', schema: clientComplaintSchema },
      },
      errors: [403, 404, 422],
    }),
    async (c) => {
      const { complaint, created } = await openClientComplaint(deps, c.get('principal'), c.get('body'));
      return c.json(complaint, created ? 201 : 200);
    },
  );
  app.get(
    '/',
    allow(...PEOPLE),
    doc({
      summary: 'Complaints from clients on the deals one sees, newest first',
      tags: ['complaints'],
      query: clientComplaintQuerySchema,
      responses: { 200: { description: 'the complaints', schema: clientComplaintListSchema } },
      errors: [403],
    }),
    async (c) => c.json({ complaints: await listClientComplaints(deps, c.get('principal'), c.get('query')) }),
  );
  app.post(
    '/:id/resolve',
    allow(...PEOPLE),
    doc({
      summary: 'Resolve a client’s complaint: its reminders and escalation stop',
      tags: ['complaints'],
      body: clientComplaintResolveSchema,
      responses: { 200: { description: 'the complaint, resolved', schema: clientComplaintSchema } },
      errors: [403, 404, 409, 422],
    }),
    async (c) =>
      c.json(await resolveClientComplaint(deps, c.get('principal'), c.req.param('id'), c.get('body').resolution)),
  );
  return app;
}

export function clientComplaintAnalyticsRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.get(
    '/complaints',
    allow(...PEOPLE),
    doc({
      summary: 'Complaints from clients per manager: opened, open, past their SLA, resolved, resolved within it',
      description: 'Directors and admins see everyone, a head their department, a manager themselves only.',
      tags: ['analytics'],
      responses: { 200: { description: 'counts by the complaint’s assignee', schema: clientComplaintCountsSchema } },
      errors: [403],
    }),
    async (c) => c.json(await clientComplaintCounts(deps, c.get('principal'))),
  );
  return app;
}
