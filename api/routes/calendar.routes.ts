/**
 * The calendar (mounted at `/calendar`, signed in), one's calendar feed
 * (mounted at `/me/calendar-feed`: create or rotate, see, revoke) and the
 * feed itself (mounted at `/ical`, public: the secret token in its URL is the
 * credential, as calendar programs send no other).
 *
 * @module
 */
import { Hono, type Context } from 'hono';
import { calendar, createFeed, feedCalendar, feedStatus, revokeFeed } from '../../app/calendar.js';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import {
  calendarFeedSchema,
  calendarFeedStatusSchema,
  calendarQuerySchema,
  calendarSchema,
  icsSchema,
} from '../schemas/index.js';

const tags = ['calendar'];

/** The address people and calendar programs reach the API at: REGLAMENT_PUBLIC_URL, else this request's origin. */
const publicUrl = (c: Context) => (process.env.REGLAMENT_PUBLIC_URL ?? new URL(c.req.url).origin).replace(/\/+$/, '');

export function calendarRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));
  app.get(
    '/',
    doc({
      summary: 'Meetings, calls and visits (tasks of those kinds) due in [from, to), overdue marked',
      description:
        'Instants are UTC; `timezone` is the person’s zone to show them in. A head may ask for their team’s people, a director for anyone; someone one may not see answers 404.',
      tags,
      query: calendarQuerySchema,
      responses: { 200: { description: 'by due', schema: calendarSchema } },
      errors: [404],
    }),
    async (c) => c.json(await calendar(deps, c.get('principal'), c.get('query'))),
  );
  return app;
}

export function calendarFeedRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));
  app.get(
    '/',
    doc({
      summary: 'Whether one has a calendar feed (its URL is shown only when made)',
      tags,
      responses: { 200: { description: 'the feed’s state', schema: calendarFeedStatusSchema } },
    }),
    async (c) => c.json(await feedStatus(deps, c.get('principal'))),
  );
  app.post(
    '/',
    doc({
      summary: 'Make one’s iCalendar feed, or a new URL for it (the old one stops working)',
      tags,
      responses: { 201: { description: 'the secret URL to subscribe to', schema: calendarFeedSchema } },
      errors: [403],
    }),
    async (c) => c.json(await createFeed(deps, c.get('principal'), publicUrl(c)), 201),
  );
  app.delete(
    '/',
    doc({
      summary: 'Revoke one’s calendar feed',
      tags,
      responses: { 204: { description: 'revoked: its URL answers 404' } },
      errors: [404],
    }),
    async (c) => {
      await revokeFeed(deps, c.get('principal'));
      return c.body(null, 204);
    },
  );
  return app;
}

/** Public: the token in the path is the credential. */
export function icalRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.get(
    '/:file{[A-Za-z0-9_-]+\\.ics}',
    doc({
      summary: 'A person’s calendar feed (iCalendar), for Google, Yandex or Outlook to subscribe to',
      description:
        'Meetings, calls and visits from 30 days ago to a year ahead. An unknown, rotated or revoked token answers 404.',
      tags,
      security: [],
      responses: { 200: { description: 'the calendar', contentType: 'text/calendar', schema: icsSchema } },
      errors: [404],
    }),
    async (c) => {
      const token = c.req.param('file').replace(/\.ics$/, '');
      const base = publicUrl(c);
      const text = await feedCalendar(deps, token, (id) => `${base}/deal/${encodeURIComponent(id)}`);
      return c.body(text, 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'cache-control': 'private, max-age=300',
      });
    },
  );
  return app;
}
