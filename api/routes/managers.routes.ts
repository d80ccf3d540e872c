/**
 * Managers, heads and directors: who the assignment rules can choose, and
 * deactivation, which ends a person's new work at once and hands their open
 * deals to the rules for reassignment.
 *
 * @module
 */
import { Hono } from 'hono';
import { deactivatePerson, person, savePerson } from '../../app/people.js';
import type { ManagerInput } from '../../storage/managers.repo.js';
import { allow } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { jsonBody } from '../validation.js';

export const managerSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'role'],
  properties: {
    name: { type: 'string', minLength: 1 },
    role: { enum: ['manager', 'head', 'director', 'admin'] },
    department: { type: ['string', 'null'] },
    office: { type: ['string', 'null'] },
    region: { type: ['string', 'null'] },
    timezone: { type: 'string', minLength: 1 },
    skills: { type: 'array', items: { type: 'string' } },
    active: { type: 'boolean' },
    email: { type: ['string', 'null'] },
  },
} as const;

export function managerRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.use('*', allow('director', 'head', 'admin'));
  app.get('/', async (c) => c.json({ managers: await deps.managers.list() }));

  app.get('/:id', async (c) => c.json(await person(deps, c.req.param('id'))));

  app.put('/:id', allow('director', 'admin'), async (c) => {
    const body = await jsonBody<Omit<ManagerInput, 'id'>>(c, managerSchema);
    return c.json(await savePerson(deps, { ...body, id: c.req.param('id') }, c.get('actor')));
  });

  /** Ends the manager's access to new work and reassigns their open deals through each deal's workflow. */
  app.post('/:id/deactivate', allow('director', 'admin'), async (c) =>
    c.json(await deactivatePerson(deps, c.req.param('id'), c.get('actor'))),
  );

  return app;
}
