/**
 * Delivering notifications to people: signed webhooks (registered by an admin
 * or director, with their delivery log) and a live Server-Sent Events stream
 * of one's own notifications. Each stream event carries its position as the
 * SSE id, so a reconnecting client (`Last-Event-ID`) is shown each
 * notification once.
 *
 * @module
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { createWebhook, deactivateWebhook, listWebhooks, webhookDeliveries } from '../../app/integrations.js';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import {
  createdWebhookSchema,
  notificationStreamSchema,
  webhookDeliveryListSchema,
  webhookListSchema,
  webhookRequestSchema,
} from '../schemas/index.js';

/** SSE ids are `<created_at ISO>|<notification id>`: the order the stream follows. */
const cursorOf = (row: { createdAt: Date; id: string }) => `${row.createdAt.toISOString()}|${row.id}`;

export function notifyRoutes(deps: ApiDeps, options: { pollMs?: number } = {}) {
  const app = new Hono<AppEnv>();

  app.get(
    '/webhooks',
    allow('admin', 'director'),
    doc({
      summary: 'Every webhook, with its deliveries counted by status (never a secret)',
      tags: ['integrations'],
      responses: { 200: { description: 'newest first', schema: webhookListSchema } },
      errors: [403],
    }),
    async (c) => c.json({ webhooks: await listWebhooks(deps) }),
  );

  app.post(
    '/webhooks',
    allow('admin', 'director'),
    doc({
      summary: 'Register a webhook that receives every notification, signed',
      tags: ['integrations'],
      body: webhookRequestSchema,
      responses: { 201: { description: 'the webhook and its signing secret', schema: createdWebhookSchema } },
      errors: [403],
    }),
    async (c) => c.json(await createWebhook(deps, c.get('body').url, c.get('actor')), 201),
  );

  app.get(
    '/webhooks/:id/deliveries',
    allow('admin', 'director'),
    doc({
      summary: 'Every delivery to a webhook, with its attempts and last answer',
      tags: ['integrations'],
      responses: { 200: { description: 'by notification', schema: webhookDeliveryListSchema } },
      errors: [403, 404],
    }),
    async (c) => c.json({ deliveries: await webhookDeliveries(deps, c.req.param('id')) }),
  );

  app.delete(
    '/webhooks/:id',
    allow('admin', 'director'),
    doc({
      summary: 'Deactivate a webhook: no new notifications are queued for it (its log stays)',
      tags: ['integrations'],
      responses: { 204: { description: 'deactivated' } },
      errors: [403, 404],
    }),
    async (c) => {
      await deactivateWebhook(deps, c.req.param('id'), c.get('actor'));
      return c.body(null, 204);
    },
  );

  /** One's own notifications as they are written: tasks, reminders, escalations. */
  app.get(
    '/me/stream',
    allow(...PEOPLE),
    doc({
      summary: 'One’s own notifications, live (Server-Sent Events, resumable with Last-Event-ID)',
      tags: ['notifications'],
      headers: { 'Last-Event-ID': 'resume after this event; each notification is shown once' },
      responses: {
        200: { description: 'the stream', contentType: 'text/event-stream', schema: notificationStreamSchema },
      },
    }),
    (c) => {
      const me = c.get('principal').id;
      const resume = c.req.header('last-event-id');
      return streamSSE(c, async (stream) => {
        let [since, lastId] = resume?.includes('|')
          ? (resume.split('|', 2) as [string, string])
          : [new Date().toISOString(), ''];
        let open = true;
        stream.onAbort(() => {
          open = false;
        });
        await stream.writeSSE({ event: 'ready', data: JSON.stringify({ recipient: me }) });
        while (open) {
          const rows = await deps.deals.notificationsAfter(me, since, lastId);
          for (const r of rows) {
            await stream.writeSSE({ id: cursorOf(r), event: r.kind, data: JSON.stringify(r) });
            since = r.createdAt.toISOString();
            lastId = r.id;
          }
          await stream.sleep(options.pollMs ?? 500);
        }
      });
    },
  );

  return app;
}
