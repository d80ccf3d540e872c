/**
 * The signed-in person (mounted at `/me`): who they are, their language, and
 * their own notifications live as Server-Sent Events. Each stream event
 * carries its position as the SSE id, so a reconnecting client
 * (`Last-Event-ID`) is shown each notification once.
 *
 * @module
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { me, setLocale } from '../../app/auth.js';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import { meSchema, preferencesRequestSchema } from '../schemas/auth.js';
import { notificationStreamSchema } from '../schemas/index.js';
import { calendarFeedRoutes } from './calendar.routes.js';

const tags = ['auth'];

/** SSE ids are `<created_at ISO>|<notification id>`: the order the stream follows. */
const cursorOf = (row: { createdAt: Date; id: string }) => `${row.createdAt.toISOString()}|${row.id}`;

export function meRoutes(deps: ApiDeps, options: { pollMs?: number } = {}) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));

  app.get(
    '/',
    doc({
      summary: 'Who is signed in: name, role, language and time zone',
      tags,
      security: ['bearer', 'cookie'],
      responses: { 200: { description: 'the signed-in person', schema: meSchema } },
      errors: [403],
    }),
    async (c) => c.json(await me(deps, c.get('principal').id)),
  );

  app.put(
    '/preferences',
    doc({
      summary: 'Store one’s language (ru or en)',
      tags,
      security: ['bearer', 'cookie'],
      body: preferencesRequestSchema,
      responses: { 200: { description: 'the signed-in person', schema: meSchema } },
      errors: [403],
    }),
    async (c) => c.json(await setLocale(deps, c.get('principal').id, c.get('body').locale)),
  );

  /** One's own notifications as they are written: tasks, reminders, escalations. */
  app.get(
    '/stream',
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
        // The first event: whoever waits for the stream to be open waits for this, not for time.
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

  app.route('/calendar-feed', calendarFeedRoutes(deps));

  return app;
}
