/**
 * The notification bell: one's own unread escalations, reminders, complaints
 * and bounced messages, counted, listed unread first (then newest first) in
 * keyset pages, and marked read one by one or all at once. Marking read again
 * changes nothing; someone else's notification is answered as one that does
 * not exist.
 *
 * @module
 */
import { DomainError } from '../regulation/errors.js';
import { BELL_KINDS, type NotificationRow } from '../storage/day.repo.js';
import type { Principal } from './access.js';
import type { AppContext } from './context.js';

const invalidCursor = () =>
  new DomainError('VALIDATION_FAILED', 'cursor is invalid: not a cursor this list gave', {
    details: { errors: [{ pointer: '/cursor', message: 'not a cursor this list gave' }] },
  });

export async function unreadCount(ctx: AppContext, me: Principal) {
  const byKind = await ctx.day.unread(me.id);
  return { unread: Object.values(byKind).reduce((a, b) => a + b, 0), byKind };
}

export async function bell(
  ctx: AppContext,
  me: Principal,
  q: { kind?: string; unread?: boolean; cursor?: string; limit?: number },
): Promise<{ notifications: NotificationRow[]; nextCursor: string | null; unread: number }> {
  const limit = q.limit ?? 50;
  let after: { unread: boolean; at: string; id: string } | undefined;
  if (q.cursor) {
    try {
      const [u, at, id] = JSON.parse(Buffer.from(q.cursor, 'base64url').toString('utf8')) as [number, string, string];
      if ((u !== 0 && u !== 1) || Number.isNaN(Date.parse(at)) || typeof id !== 'string') throw invalidCursor();
      after = { unread: u === 1, at, id };
    } catch {
      throw invalidCursor();
    }
  }
  const rows = await ctx.day.bell(me.id, {
    kinds: q.kind ? [q.kind] : BELL_KINDS,
    unreadOnly: q.unread === true,
    limit: limit + 1,
    ...(after ? { after } : {}),
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    notifications: page,
    nextCursor:
      rows.length > limit && last
        ? Buffer.from(JSON.stringify([last.readAt ? 0 : 1, last.createdAt.toISOString(), last.id])).toString(
            'base64url',
          )
        : null,
    unread: (await unreadCount(ctx, me)).unread,
  };
}

/** Marks one of one's notifications read (idempotent); NOT_FOUND for another's or none. */
export async function markRead(ctx: AppContext, me: Principal, id: string, now = new Date()) {
  const n = await ctx.day.notification(id);
  if (!n || n.recipient !== me.id) throw new DomainError('NOT_FOUND', `notification "${id}" not found`);
  await ctx.day.markRead(me.id, [id], now);
  return { notification: (await ctx.day.notification(id))!, unread: (await unreadCount(ctx, me)).unread };
}

/** Marks all of one's bell notifications read (these ids only, when given). */
export async function markAllRead(ctx: AppContext, me: Principal, ids: string[] | undefined, now = new Date()) {
  const marked = await ctx.day.markRead(me.id, ids ?? 'bell', now);
  return { marked, unread: (await unreadCount(ctx, me)).unread };
}
