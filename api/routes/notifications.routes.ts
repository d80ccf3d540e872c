/**
 * Notifications: the reminders and escalations people were sent.
 *
 * @module
 */
import { Hono } from 'hono';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import { notificationListSchema, notificationQuerySchema } from '../schemas/index.js';

export function notificationRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));
  app.get(
    '/',
    doc({
      summary: 'Reminders and escalations sent: one’s own, or anyone’s for directors and admins',
      tags: ['notifications'],
      query: notificationQuerySchema,
      responses: { 200: { description: 'oldest first, at most 500', schema: notificationListSchema } },
    }),
    async (c) => {
      const q = c.get('query');
      const me = c.get('principal');
      // People see what they were told; directors and admins see everyone's.
      const recipient = me.role === 'director' || me.role === 'admin' ? q.recipient : me.id;
      return c.json({
        notifications: await deps.deals.listNotifications({ ...q, ...(recipient ? { recipient } : {}) }),
      });
    },
  );
  return app;
}
