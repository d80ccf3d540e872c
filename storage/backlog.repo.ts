/**
 * What the durable queues hold right now, for metrics read at scrape time:
 * the intake's inbox, the webhook outbox and the mail outbox (items waiting
 * and the age of the oldest), and dead letters (intake events that could not
 * be taken, webhook deliveries given up). One round trip; the queues are
 * answered from the partial or status indexes their drainers claim by
 * (`inbound_events_due`, `webhook_deliveries_due`, `messages_due`), so the
 * cost grows with the backlog, not with the history kept beside it. Dead
 * letters are counted whole: they are kept for inspection and few.
 *
 * Not here: messages that failed for good. `messages` has no index on that
 * status, and counting them would scan all mail ever sent.
 *
 * @module
 */
import type { Sql } from './db.js';

export interface QueueBacklog {
  items: number;
  /** Seconds since the oldest waiting item was queued; 0 when none waits. */
  oldestAgeSeconds: number;
}

export interface Backlog {
  inbox: QueueBacklog;
  webhooks: QueueBacklog;
  mail: QueueBacklog;
  deadLetters: { intake: number; webhooks: number };
}

export function createBacklogRepo(sql: Sql) {
  return {
    async read(): Promise<Backlog> {
      const [r] = await sql`
        select i.items as inbox_items, i.age as inbox_age,
               w.items as webhook_items, w.age as webhook_age,
               m.items as mail_items, m.age as mail_age,
               dl.n as dead_intake, wf.n as dead_webhooks
        from (select count(*)::int as items, coalesce(extract(epoch from now() - min(received_at)), 0)::float8 as age
              from inbound_events where status in ('pending', 'processing')) i,
             (select count(*)::int as items, coalesce(extract(epoch from now() - min(n.created_at)), 0)::float8 as age
              from webhook_deliveries d join notifications n on n.id = d.notification_id
              where d.status = 'pending') w,
             (select count(*)::int as items, coalesce(extract(epoch from now() - min(queued_at)), 0)::float8 as age
              from messages where status = 'pending') m,
             (select count(*)::int as n from dead_letters) dl,
             (select count(*)::int as n from webhook_deliveries where status = 'failed') wf`;
      const row = r as Record<string, number>;
      // A clock step between the application and the database must not show a negative age.
      const age = (seconds: number) => Math.max(0, seconds);
      return {
        inbox: { items: row.inboxItems!, oldestAgeSeconds: age(row.inboxAge!) },
        webhooks: { items: row.webhookItems!, oldestAgeSeconds: age(row.webhookAge!) },
        mail: { items: row.mailItems!, oldestAgeSeconds: age(row.mailAge!) },
        deadLetters: { intake: row.deadIntake!, webhooks: row.deadWebhooks! },
      };
    },
  };
}
