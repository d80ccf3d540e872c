/**
 * A manager's day in the read model: the calendar (tasks of kind meeting,
 * call or visit by their due), the calendar feed's secret (only its SHA-256),
 * and the notification bell's read marks. Marking read is idempotent: a
 * notification read twice keeps its first read time.
 *
 * @module
 */
import type { Sql } from './db.js';

/** The kinds of task a calendar shows. */
export const CALENDAR_KINDS = ['meeting', 'call', 'visit'] as const;

/** The kinds the bell counts: what needs a look, not every new task (the inbox has those). */
export const BELL_KINDS = ['reminder', 'escalation', 'complaint', 'message.bounced'] as const;

export interface CalendarRow {
  taskId: string;
  dealId: string;
  title: string;
  kind: string;
  status: 'open' | 'done' | 'cancelled';
  dueAt: Date;
  assignee: string;
  stage: string;
  clientName: string | null;
  companyId: string | null;
}

export interface NotificationRow {
  id: string;
  dealId: string;
  recipient: string;
  kind: string;
  taskId: string | null;
  title: string;
  data: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
}

export function createDayRepo(sql: Sql) {
  // Written out, not a parameter: the partial index tasks_calendar is used only when its predicate shows.
  const CALENDAR_KIND_IN = sql.unsafe(`t.kind in (${CALENDAR_KINDS.map((k) => `'${k}'`).join(', ')})`);
  return {
    /** One person's calendar tasks due in [from, to), cancelled ones left out, by due. */
    async calendar(person: string, from: string, to: string, limit = 1000): Promise<CalendarRow[]> {
      return (await sql`
        select t.id as task_id, t.deal_id, t.title, t.kind, t.status, t.due_at, t.assignee, t.stage,
               d.client->>'name' as client_name, d.company_id
        from tasks t join deals d on d.id = t.deal_id
        where t.assignee = ${person} and ${CALENDAR_KIND_IN} and t.status <> 'cancelled'
          and t.due_at >= ${from}::timestamptz and t.due_at < ${to}::timestamptz
        order by t.due_at, t.id limit ${limit}`) as unknown as CalendarRow[];
    },

    /** Stores the feed's token hash for a person, replacing (revoking) the one before. */
    async setFeed(person: string, tokenHash: string): Promise<Date> {
      const [row] = await sql`
        insert into calendar_feeds (person, token_hash) values (${person}, ${tokenHash})
        on conflict (person) do update set token_hash = excluded.token_hash, created_at = now()
        returning created_at`;
      return row!.createdAt as Date;
    },

    async feed(person: string): Promise<{ createdAt: Date } | undefined> {
      const [row] = await sql`select created_at from calendar_feeds where person = ${person}`;
      return row as { createdAt: Date } | undefined;
    },

    /** Whether a feed was revoked (false: there was none). */
    async dropFeed(person: string): Promise<boolean> {
      return (await sql`delete from calendar_feeds where person = ${person}`).count > 0;
    },

    /** The active person whose feed has this token hash. */
    async feedOwner(tokenHash: string): Promise<{ id: string; name: string; timezone: string } | undefined> {
      const [row] = await sql`
        select m.id, m.name, m.timezone from calendar_feeds f join managers m on m.id = f.person
        where f.token_hash = ${tokenHash} and m.active`;
      return row as { id: string; name: string; timezone: string } | undefined;
    },

    /** Unread bell notifications of one recipient, by kind. */
    async unread(recipient: string): Promise<Record<string, number>> {
      const rows = await sql`
        select kind, count(*)::int as n from notifications
        where recipient = ${recipient} and read_at is null and kind = any(${[...BELL_KINDS]})
        group by kind`;
      return Object.fromEntries(rows.map((r) => [r.kind as string, r.n as number]));
    },

    /**
     * One recipient's bell: unread first, then newest first. Keyset on
     * (unread, created_at, id); `after` is the previous page's last row.
     */
    async bell(
      recipient: string,
      q: {
        kinds: readonly string[];
        unreadOnly: boolean;
        limit: number;
        after?: { unread: boolean; at: string; id: string };
      },
    ): Promise<NotificationRow[]> {
      const a = q.after;
      return (await sql`
        select * from notifications
        where recipient = ${recipient} and kind = any(${[...q.kinds]})
          ${q.unreadOnly ? sql`and read_at is null` : sql``}
          ${
            a
              ? sql`and ((read_at is null)::int, created_at, id) < (${a.unread ? 1 : 0}, ${a.at}::timestamptz, ${a.id})`
              : sql``
          }
        order by (read_at is null)::int desc, created_at desc, id desc
        limit ${q.limit}`) as unknown as NotificationRow[];
    },

    /** Marks one's notifications read (these ids, or all the bell's); answers how many changed now. */
    async markRead(recipient: string, ids: string[] | 'bell', at: Date): Promise<number> {
      const r = await sql`
        update notifications set read_at = ${at}
        where recipient = ${recipient} and read_at is null
          ${ids === 'bell' ? sql`and kind = any(${[...BELL_KINDS]})` : sql`and id = any(${ids})`}`;
      return r.count;
    },

    async notification(id: string): Promise<NotificationRow | undefined> {
      const [row] = await sql`select * from notifications where id = ${id}`;
      return row as NotificationRow | undefined;
    },
  };
}

export type DayRepo = ReturnType<typeof createDayRepo>;
