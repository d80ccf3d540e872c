/**
 * Webhooks (mounted at `/webhooks`): every notification delivered, signed, to
 * the URLs an admin or director registers, with their delivery log. One's own
 * notifications live are `GET /me/stream` (`me.routes.ts`).
 *
 * @module
 */
import { Hono } from 'hono';
import { createWebhook, deactivateWebhook, listWebhooks, webhookDeliveries } from '../../app/integrations.js';
import { allow } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import {
  createdWebhookSchema,
  webhookDeliveryListSchema,
  webhookListSchema,
  webhookRequestSchema,
} from '../schemas/index.js';

export function webhookRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow('admin', 'director'));

  app.get(
    '/',
    doc({
      summary: 'Every webhook, with its deliveries counted by status (never a secret)',
      tags: ['integrations'],
      responses: { 200: { description: 'newest first', schema: webhookListSchema } },
      errors: [403],
    }),
    async (c) => c.json({ webhooks: await listWebhooks(deps) }),
  );

  app.post(
    '/',
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
    '/:id/deliveries',
    doc({
      summary: 'Every delivery to a webhook, with its attempts and last answer',
      tags: ['integrations'],
      responses: { 200: { description: 'by notification', schema: webhookDeliveryListSchema } },
      errors: [403, 404],
    }),
    async (c) => c.json({ deliveries: await webhookDeliveries(deps, c.req.param('id')) }),
  );

  app.delete(
    '/:id',
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

  return app;
}
