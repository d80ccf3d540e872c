/**
 * Delivering notifications to people: signed webhooks (registered by an admin
 * or director, with their delivery log) and a live Server-Sent Events stream
 * of one's own notifications. Each stream event carries its position as the
 * SSE id, so a reconnecting client (`Last-Event-ID`) is shown each
 * notification once.
 *
 * @module
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { DomainError } from '../../regulation/errors.js';
import { allow, PEOPLE } from '../access.js';
import { audit } from '../audit.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { jsonBody } from '../validation.js';

/** SSE ids are `<created_at ISO>|<notification id>`: the order the stream follows. */
const cursorOf = (row: { created_at: Date; id: string }) => `${row.created_at.toISOString()}|${row.id}`;

export function notifyRoutes(deps: ApiDeps, options: { pollMs?: number } = {}) {
  const app = new Hono<AppEnv>();

  app.post('/webhooks', allow('admin', 'director'), async (c) => {
    const body = await jsonBody<{ url: string }>(c, {
      type: 'object',
      additionalProperties: false,
      required: ['url'],
      properties: { url: { type: 'string', pattern: '^https?://' } },
    });
    const id = `wh_${randomUUID().slice(0, 8)}`;
    const secret = randomBytes(24).toString('base64url');
    await deps.sql`insert into webhooks (id, url, secret, created_by) values (${id}, ${body.url}, ${secret}, ${c.get('actor')})`;
    await audit(deps, c, 'webhook.created', `webhook:${id}`, { url: body.url });
    return c.json({ id, url: body.url, secret }, 201);
  });

  app.get('/webhooks/:id/deliveries', allow('admin', 'director'), async (c) => {
    const rows =
      await deps.sql`select * from webhook_deliveries where webhook_id = ${c.req.param('id')} order by notification_id`;
    if (rows.length === 0 && !(await deps.sql`select 1 from webhooks where id = ${c.req.param('id')}`).length) {
      throw new DomainError('NOT_FOUND', `webhook "${c.req.param('id')}" not found`);
    }
    return c.json({ deliveries: rows });
  });

  /** One's own notifications as they are written: tasks, reminders, escalations. */
  app.get('/me/stream', allow(...PEOPLE), (c) => {
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
        const rows = await deps.sql`
          select * from notifications where recipient = ${me} and (created_at, id) > (${since}::timestamptz, ${lastId})
          order by created_at, id limit 100`;
        for (const r of rows) {
          await stream.writeSSE({ id: cursorOf(r as never), event: r.kind as string, data: JSON.stringify(r) });
          since = (r.created_at as Date).toISOString();
          lastId = r.id as string;
        }
        await stream.sleep(options.pollMs ?? 500);
      }
    });
  });

  return app;
}
