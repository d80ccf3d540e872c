/**
 * Notifications: the reminders and escalations people were sent.
 *
 * @module
 */
import { Hono } from 'hono';
import type { ApiDeps, AppEnv } from '../deps.js';
import { check } from '../validation.js';

const querySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    recipient: { type: 'string', minLength: 1 },
    kind: { enum: ['reminder', 'escalation'] },
    dealId: { type: 'string' },
  },
} as const;

export function notificationRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const q = check<{ recipient?: string; kind?: string; dealId?: string }>(querySchema, c.req.query(), 'query');
    return c.json({ notifications: await deps.deals.listNotifications(q) });
  });
  return app;
}
