/**
 * Deals: start one (a workflow per deal), read it, move it with an event.
 *
 * @module
 */
import { Hono } from 'hono';
import { dealCard, listDeals, reassignDeal, sendDealEvent, startDealAs, type StartDeal } from '../../app/deals.js';
import { visibleDeal } from '../../app/access.js';
import type { FieldValues } from '../../regulation/deal-state.js';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { check, dealEventSchema, dealQuerySchema, jsonBody, startDealSchema } from '../validation.js';

export function dealRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));
  const visible = (c: { get(key: 'principal'): AppEnv['Variables']['principal']; req: { param(k: 'id'): string } }) =>
    visibleDeal(deps, c.get('principal'), c.req.param('id'));

  app.post('/', async (c) => {
    const body = await jsonBody<StartDeal>(c, startDealSchema);
    return c.json(await startDealAs(deps, c.get('principal'), body, c.req.header('idempotency-key')), 201);
  });

  app.get('/', async (c) => {
    const q = check<{ owner?: string; status?: 'active' | 'won' | 'lost'; limit?: string }>(
      dealQuerySchema,
      c.req.query(),
      'query',
    );
    return c.json({
      deals: await listDeals(deps, c.get('principal'), { ...q, limit: q.limit ? Number(q.limit) : 100 }),
    });
  });

  app.get('/:id', async (c) => c.json(await dealCard(deps, c.get('principal'), c.req.param('id'))));

  app.get('/:id/events', async (c) => c.json({ events: await deps.deals.listEvents((await visible(c)).id) }));

  /** What happened to the deal, in the same shape as a simulation's timeline. */
  app.get('/:id/timeline', async (c) => c.json({ timeline: await deps.deals.timeline((await visible(c)).id) }));

  /** Every decision the rules made for this deal, with the facts they saw and the alternatives. */
  app.get('/:id/decisions', async (c) => c.json({ decisions: await deps.deals.listDecisions((await visible(c)).id) }));

  /** Reminders and escalations: scheduled, fired or cancelled, and who was told. */
  app.get('/:id/timers', async (c) => c.json({ timers: await deps.deals.listTimers((await visible(c)).id) }));

  app.get('/:id/escalations', async (c) =>
    c.json({ escalations: await deps.deals.listNotifications({ dealId: (await visible(c)).id, kind: 'escalation' }) }),
  );

  app.post('/:id/reassign', allow('director', 'head', 'admin'), async (c) =>
    c.json(await reassignDeal(deps, c.get('principal'), c.req.param('id'))),
  );

  app.post('/:id/events', async (c) => {
    await visible(c);
    const body = await jsonBody<{ type: string; fields?: FieldValues }>(c, dealEventSchema);
    return c.json(await sendDealEvent(deps, c.get('principal'), c.req.param('id'), body));
  });

  return app;
}
