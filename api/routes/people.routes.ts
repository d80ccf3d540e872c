/**
 * People-aware rules (mounted at `/people`): absences with a deputy, caps on
 * open work per person or department, personal working hours, and the team's
 * load against the caps (the board's data for heads). A head manages their
 * department; directors and admins everyone; an integration key (an HR
 * import) records absences.
 *
 * @module
 */
import { Hono } from 'hono';
import {
  absenceDigests,
  absences,
  addAbsence,
  removeAbsence,
  setCapacity,
  setHours,
  teamLoad,
} from '../../app/people-rules.js';
import { allow } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import {
  absenceDigestListSchema,
  absenceListSchema,
  absenceRequestSchema,
  absenceSchema,
  capacityRequestSchema,
  capacitySchema,
  hoursRequestSchema,
  hoursSchemaResponse,
  teamLoadSchema,
} from '../schemas/index.js';

const tags = ['people'];

export function peopleRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  const managers = allow('director', 'head', 'admin');

  app.get(
    '/load',
    managers,
    doc({
      summary: 'The team’s open deals and tasks against their caps, absences and availability now',
      description: 'Heads see their department; directors and admins everyone. The board shows it beside each person.',
      tags,
      responses: { 200: { description: 'by id', schema: teamLoadSchema } },
      errors: [403],
    }),
    async (c) => c.json({ people: await teamLoad(deps, c.get('principal'), new Date()) }),
  );

  app.get(
    '/:id/absences',
    allow('director', 'head', 'admin', 'integration'),
    doc({
      summary: 'A person’s absences, past and coming',
      tags,
      responses: { 200: { description: 'by first day', schema: absenceListSchema } },
      errors: [403, 404],
    }),
    async (c) => c.json({ absences: await absences(deps, c.get('principal'), c.req.param('id')) }),
  );

  app.get(
    '/:id/digests',
    allow('director', 'head', 'admin', 'manager'),
    doc({
      summary: 'What a person finds on return from an absence: the tasks handed over and how they stand',
      description: 'The person, their head, directors and admins.',
      tags,
      responses: { 200: { description: 'newest first', schema: absenceDigestListSchema } },
      errors: [403, 404],
    }),
    async (c) => c.json({ digests: await absenceDigests(deps, c.get('principal'), c.req.param('id')) }),
  );

  app.post(
    '/:id/absences',
    allow('director', 'head', 'admin', 'integration'),
    doc({
      summary: 'Record an absence (vacation, sick leave, business trip) with an optional deputy',
      description:
        'While absent the person gets no new deals; their reminders and escalations go to the deputy (or their head). ' +
        'The same `id` sent again answers 200 with the absence first recorded.',
      tags,
      body: absenceRequestSchema,
      responses: {
        201: { description: 'recorded', schema: absenceSchema },
        200: { description: 'already recorded under this id', schema: absenceSchema },
      },
      errors: [403, 404],
    }),
    async (c) => {
      const { absence, created } = await addAbsence(deps, c.get('principal'), c.req.param('id'), c.get('body'));
      return c.json(absence, created ? 201 : 200);
    },
  );

  app.delete(
    '/:id/absences/:absenceId',
    allow('director', 'head', 'admin', 'integration'),
    doc({
      summary: 'Remove an absence (cancelled, or entered by mistake)',
      tags,
      responses: { 204: { description: 'removed' } },
      errors: [403, 404],
    }),
    async (c) => {
      await removeAbsence(deps, c.get('principal'), c.req.param('id'), c.req.param('absenceId'));
      return c.body(null, 204);
    },
  );

  app.put(
    '/:id/capacity',
    managers,
    doc({
      summary: 'Cap a person’s open deals and/or open tasks',
      description: 'Assignment never gives them more; when everyone matching is at the cap the deal goes to the queue.',
      tags,
      body: capacityRequestSchema,
      responses: { 200: { description: 'the cap as saved', schema: capacitySchema } },
      errors: [403, 404],
    }),
    async (c) => c.json(await setCapacity(deps, c.get('principal'), 'person', c.req.param('id'), c.get('body'))),
  );

  app.put(
    '/departments/:department/capacity',
    managers,
    doc({
      summary: 'Cap the open deals and/or open tasks of each person in a department (a person’s own cap wins)',
      tags,
      body: capacityRequestSchema,
      responses: { 200: { description: 'the cap as saved', schema: capacitySchema } },
      errors: [403],
    }),
    async (c) =>
      c.json(await setCapacity(deps, c.get('principal'), 'department', c.req.param('department'), c.get('body'))),
  );

  app.put(
    '/:id/hours',
    managers,
    doc({
      summary: 'A person’s own working days and hours (part-time, shifts), in their time zone',
      description: 'Used for "on shift" in assignment and for the due times and escalations of their tasks.',
      tags,
      body: hoursRequestSchema,
      responses: { 200: { description: 'the hours as saved', schema: hoursSchemaResponse } },
      errors: [403, 404],
    }),
    async (c) => c.json({ hours: await setHours(deps, c.get('principal'), c.req.param('id'), c.get('body').hours) }),
  );

  return app;
}
