/**
 * Notifications: the reminders and escalations people were sent, and one's
 * own bell: unread count, unread first, marked read one by one or all.
 *
 * @module
 */
import { Hono } from 'hono';
import { bell, markAllRead, markRead, unreadCount } from '../../app/bell.js';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import {
  bellQuerySchema,
  bellSchema,
  markAllReadRequestSchema,
  markAllReadSchema,
  markReadSchema,
  notificationListSchema,
  notificationQuerySchema,
  unreadSchema,
} from '../schemas/index.js';

const tags = ['notifications'];

export function notificationRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));
  app.get(
    '/',
    doc({
      summary: 'Reminders and escalations sent: one’s own, or anyone’s for directors and admins',
      tags,
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

  app.get(
    '/unread',
    doc({
      summary: 'How many of one’s escalations, reminders, complaints and bounced messages are unread',
      tags,
      responses: { 200: { description: 'the total and by kind', schema: unreadSchema } },
    }),
    async (c) => c.json(await unreadCount(deps, c.get('principal'))),
  );

  app.get(
    '/bell',
    doc({
      summary: 'One’s own bell: escalations, reminders, complaints and bounced messages, unread first, then newest',
      tags,
      query: bellQuerySchema,
      responses: { 200: { description: 'a page, with the unread count', schema: bellSchema } },
    }),
    async (c) => {
      const { unread, limit, ...q } = c.get('query');
      return c.json(
        await bell(deps, c.get('principal'), {
          ...q,
          unread: unread === 'true',
          ...(limit ? { limit: Number(limit) } : {}),
        }),
      );
    },
  );

  app.post(
    '/read',
    doc({
      summary: 'Mark all one’s bell notifications read (or those listed); marking again changes nothing',
      tags,
      body: markAllReadRequestSchema,
      responses: {
        200: { description: 'how many were marked now, and how many stay unread', schema: markAllReadSchema },
      },
    }),
    async (c) => c.json(await markAllRead(deps, c.get('principal'), c.get('body').ids)),
  );

  app.post(
    '/:id/read',
    doc({
      summary: 'Mark one of one’s notifications read (again: no change)',
      tags,
      responses: { 200: { description: 'the notification and how many stay unread', schema: markReadSchema } },
      errors: [404],
    }),
    async (c) => c.json(await markRead(deps, c.get('principal'), c.req.param('id'))),
  );
  return app;
}
