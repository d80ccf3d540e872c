/**
 * The calendar: a person's meetings, calls and visits (tasks of those kinds)
 * by their due, overdue marked, as JSON for the workspace and as an
 * iCalendar feed that Google, Yandex and Outlook calendars subscribe to.
 *
 * Time zones: the API gives instants (UTC) plus the person's IANA zone, and
 * the page shows them in that zone; the feed's DTSTART/DTEND are UTC (`Z`),
 * which every calendar program places right in its own zone, so no VTIMEZONE
 * has to be generated.
 *
 * The feed's URL carries a secret token (32 random bytes, base64url); only
 * its SHA-256 is stored, one per person. Creating the feed again rotates the
 * token (the old URL stops working), deleting it revokes it.
 *
 * @module
 */
import { createHash, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import { DomainError } from '../regulation/errors.js';
import type { CalendarRow } from '../storage/day.repo.js';
import { visibleOwners, type Principal } from './access.js';
import type { AppContext } from './context.js';

/** How long each kind takes in a calendar program (a task has a due, not a length). */
export const EVENT_MINUTES: Record<string, number> = { call: 30, meeting: 60, visit: 120 };

/** The feed covers this much past and future around now. */
const FEED_PAST_DAYS = 30;
const FEED_FUTURE_DAYS = 365;
/** A calendar query spans at most this many days (a month view with margins fits). */
const MAX_SPAN_DAYS = 62;

export interface CalendarItem {
  taskId: string;
  dealId: string;
  title: string;
  kind: string;
  status: CalendarRow['status'];
  dueAt: Date;
  endsAt: Date;
  overdue: boolean;
  stage: string;
  clientName: string | null;
  companyId: string | null;
}

const invalid = (field: string, message: string) =>
  new DomainError('VALIDATION_FAILED', `${field} is invalid: ${message}`, {
    details: { errors: [{ pointer: `/${field}`, message }] },
  });

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

function item(r: CalendarRow, now: Date): CalendarItem {
  return {
    taskId: r.taskId,
    dealId: r.dealId,
    title: r.title,
    kind: r.kind,
    status: r.status,
    dueAt: r.dueAt,
    endsAt: new Date(r.dueAt.getTime() + (EVENT_MINUTES[r.kind] ?? 60) * 60_000),
    overdue: r.status === 'open' && r.dueAt < now,
    stage: r.stage,
    clientName: r.clientName,
    companyId: r.companyId,
  };
}

/**
 * The calendar of `person` (oneself by default; a head their team's, a
 * director anyone's) for [from, to), with the person's time zone.
 */
export async function calendar(
  ctx: AppContext,
  me: Principal,
  q: { from: string; to: string; person?: string },
  now = new Date(),
) {
  const from = Date.parse(q.from);
  const to = Date.parse(q.to);
  if (Number.isNaN(from))
    throw invalid('from', 'not a date-time (ISO 8601 with an offset, e.g. 2026-12-07T00:00:00+10:00)');
  if (Number.isNaN(to))
    throw invalid('to', 'not a date-time (ISO 8601 with an offset, e.g. 2026-12-14T00:00:00+10:00)');
  if (to <= from) throw invalid('to', 'must be after from');
  if (to - from > MAX_SPAN_DAYS * 86_400_000) throw invalid('to', `at most ${MAX_SPAN_DAYS} days after from`);
  const person = q.person ?? me.id;
  const owners = await visibleOwners(ctx, me);
  const who = await ctx.managers.get(person);
  // Someone one may not see is answered as someone who does not exist.
  if (!who || (owners && !owners.includes(person))) throw new DomainError('NOT_FOUND', `person "${person}" not found`);
  const rows = await ctx.day.calendar(person, new Date(from).toISOString(), new Date(to).toISOString());
  return { person, timezone: who.timezone, items: rows.map((r) => item(r, now)) };
}

/** Creates (or rotates) one's feed: the token is shown once, in the URL. */
export async function createFeed(ctx: AppContext, me: Principal, baseUrl: string) {
  if (!(await ctx.managers.get(me.id))) throw new DomainError('FORBIDDEN', 'only a person has a calendar feed');
  const token = randomBytes(32).toString('base64url');
  const createdAt = await ctx.day.setFeed(me.id, hashOf(token));
  await ctx.audit.record(me.id, 'calendar_feed.created', `person:${me.id}`, {});
  return { url: `${baseUrl.replace(/\/+$/, '')}/ical/${token}.ics`, createdAt };
}

export async function revokeFeed(ctx: AppContext, me: Principal) {
  if (!(await ctx.day.dropFeed(me.id))) throw new DomainError('NOT_FOUND', 'no calendar feed to revoke');
  await ctx.audit.record(me.id, 'calendar_feed.revoked', `person:${me.id}`, {});
}

export async function feedStatus(ctx: AppContext, me: Principal) {
  const feed = await ctx.day.feed(me.id);
  return { active: Boolean(feed), createdAt: feed?.createdAt ?? null };
}

/**
 * The iCalendar text of the feed whose token this is; NOT_FOUND for an
 * unknown, rotated or revoked token (or a person no longer active).
 */
export async function feedCalendar(
  ctx: AppContext,
  token: string,
  dealUrl: (dealId: string) => string,
  now = new Date(),
) {
  const owner = await ctx.day.feedOwner(hashOf(token));
  if (!owner) throw new DomainError('NOT_FOUND', 'no such calendar feed');
  const from = new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000).toISOString();
  const to = new Date(now.getTime() + FEED_FUTURE_DAYS * 86_400_000).toISOString();
  const rows = await ctx.day.calendar(owner.id, from, to, 5000);
  const cal = ical({
    name: `Reglament — ${owner.name}`,
    prodId: { company: 'Reglament', product: 'calendar-feed', language: 'RU' },
    // Calendar programs poll; an hour is what Google and Outlook honour at best anyway.
    ttl: 3600,
  });
  for (const r of rows) {
    const x = item(r, now);
    cal.createEvent({
      id: `${r.taskId}@reglament`,
      start: x.dueAt,
      end: x.endsAt,
      stamp: now,
      summary: r.clientName ? `${r.title} — ${r.clientName}` : r.title,
      description: `${r.kind}${x.overdue ? ' (overdue)' : ''}: ${dealUrl(r.dealId)}`,
      url: dealUrl(r.dealId),
    });
  }
  return cal.toString();
}
