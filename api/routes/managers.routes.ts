/**
 * Managers, heads and directors: who the assignment rules can choose, and
 * deactivation, which ends a person's new work at once and hands their open
 * deals to the rules for reassignment.
 *
 * @module
 */
import { Hono } from 'hono';
import { allow } from '../access.js';
import { audit } from '../audit.js';
import { DomainError } from '../../regulation/errors.js';
import { dealWorkflowId, reassignUpdate } from '../../workflows/definitions.js';
import type { ManagerInput } from '../../storage/managers.repo.js';
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

  app.get('/:id', async (c) => {
    const m = await deps.managers.get(c.req.param('id'));
    if (!m) throw new DomainError('NOT_FOUND', `manager "${c.req.param('id')}" not found`);
    return c.json(m);
  });

  app.put('/:id', allow('director', 'admin'), async (c) => {
    const body = await jsonBody<Omit<ManagerInput, 'id'>>(c, managerSchema);
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: body.timezone ?? 'Europe/Moscow' });
    } catch {
      throw new DomainError('VALIDATION_FAILED', `unknown time zone "${body.timezone}"`, {
        details: { errors: [{ pointer: '/timezone', message: 'unknown time zone' }] },
      });
    }
    const saved = await deps.managers.upsert({ ...body, id: c.req.param('id') });
    await audit(deps, c, 'user.saved', `user:${saved.id}`, saved);
    return c.json(saved);
  });

  /** Ends the manager's access to new work and reassigns their open deals through each deal's workflow. */
  app.post('/:id/deactivate', allow('director', 'admin'), async (c) => {
    const id = c.req.param('id');
    if (!(await deps.managers.setActive(id, false))) throw new DomainError('NOT_FOUND', `manager "${id}" not found`);
    await audit(deps, c, 'user.deactivated', `user:${id}`);
    const open = await deps.deals.listDeals({ owner: id, status: 'active', limit: 10_000 });
    const reassigned: Array<{ dealId: string; owner: string }> = [];
    const failed: Array<{ dealId: string; error: string }> = [];
    for (const deal of open) {
      try {
        const r = await deps.temporal.workflow
          .getHandle(dealWorkflowId(deal.id))
          .executeUpdate(reassignUpdate, { args: [{ actor: c.get('actor'), reason: `manager ${id} deactivated` }] });
        reassigned.push({ dealId: deal.id, owner: r.owner });
      } catch (error) {
        failed.push({ dealId: deal.id, error: error instanceof Error ? error.message : String(error) });
      }
    }
    return c.json({ manager: id, active: false, reassigned, failed });
  });

  return app;
}
