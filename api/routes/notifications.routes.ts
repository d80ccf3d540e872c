/**
 * Notifications: the reminders and escalations people were sent.
 *
 * @module
 */
import { Hono } from 'hono';
import { allow, PEOPLE } from '../access.js';
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
  app.use('*', allow(...PEOPLE));
  app.get('/', async (c) => {
    const q = check<{ recipient?: string; kind?: string; dealId?: string }>(querySchema, c.req.query(), 'query');
    const me = c.get('principal');
    // People see what they were told; directors and admins see everyone's.
    const recipient = me.role === 'director' || me.role === 'admin' ? q.recipient : me.id;
    return c.json({ notifications: await deps.deals.listNotifications({ ...q, ...(recipient ? { recipient } : {}) }) });
  });
  return app;
}
