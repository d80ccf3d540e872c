/**
 * Webhooks and the outbox of their deliveries: every notification is queued
 * for every active webhook by a trigger; the drain claims due deliveries with
 * a short lease and records each attempt.
 *
 * @module
 */
import type { Sql } from './db.js';

export interface WebhookDelivery {
  webhookId: string;
  notificationId: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: Date;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
}

/** A claimed delivery with what to post and where. */
export interface DueDelivery {
  webhookId: string;
  notificationId: string;
  attempts: number;
  url: string;
  secret: string;
  notification: {
    id: string;
    kind: string;
    recipient: string;
    dealId: string;
    taskId: string | null;
    title: string;
    data: Record<string, unknown>;
    createdAt: Date;
  };
}

/** A webhook as listed (never its secret), with its deliveries counted by status. */
export interface WebhookSummary {
  id: string;
  url: string;
  active: boolean;
  createdBy: string;
  createdAt: Date;
  pending: number;
  delivered: number;
  failed: number;
}

export function createWebhookRepo(sql: Sql) {
  return {
    /** Every webhook, newest first. */
    async list(): Promise<WebhookSummary[]> {
      return [
        ...(await sql`
          select w.id, w.url, w.active, w.created_by, w.created_at,
                 count(*) filter (where d.status = 'pending')::int as pending,
                 count(*) filter (where d.status = 'delivered')::int as delivered,
                 count(*) filter (where d.status = 'failed')::int as failed
          from webhooks w left join webhook_deliveries d on d.webhook_id = w.id
          group by w.id order by w.created_at desc, w.id`),
      ] as WebhookSummary[];
    },

    /** Stops new deliveries to the webhook; whether it existed. */
    async deactivate(id: string): Promise<boolean> {
      return (await sql`update webhooks set active = false where id = ${id}`).count > 0;
    },

    async create(w: { id: string; url: string; secret: string; createdBy: string }): Promise<void> {
      await sql`insert into webhooks (id, url, secret, created_by) values (${w.id}, ${w.url}, ${w.secret}, ${w.createdBy})`;
    },

    async exists(id: string): Promise<boolean> {
      return (await sql`select 1 from webhooks where id = ${id}`).length > 0;
    },

    async deliveries(webhookId: string): Promise<WebhookDelivery[]> {
      return [
        ...(await sql`select * from webhook_deliveries where webhook_id = ${webhookId} order by notification_id`),
      ] as WebhookDelivery[];
    },

    /** Claims a batch with a 30 s lease, so two drains never post the same pair at once. */
    async claimDue(limit: number): Promise<DueDelivery[]> {
      const rows = await sql`
        with pick as (
          select webhook_id, notification_id from webhook_deliveries
          where status = 'pending' and next_attempt_at <= now()
          order by next_attempt_at limit ${limit} for update skip locked
        ), claimed as (
          update webhook_deliveries d set next_attempt_at = now() + interval '30 seconds'
          from pick where d.webhook_id = pick.webhook_id and d.notification_id = pick.notification_id
          returning d.webhook_id, d.notification_id, d.attempts
        )
        select c.webhook_id, c.notification_id, c.attempts, w.url, w.secret,
               n.kind, n.recipient, n.deal_id, n.task_id, n.title, n.data, n.created_at
        from claimed c join webhooks w on w.id = c.webhook_id join notifications n on n.id = c.notification_id`;
      return rows.map((r) => ({
        webhookId: r.webhookId,
        notificationId: r.notificationId,
        attempts: r.attempts,
        url: r.url,
        secret: r.secret,
        notification: {
          id: r.notificationId,
          kind: r.kind,
          recipient: r.recipient,
          dealId: r.dealId,
          taskId: r.taskId,
          title: r.title,
          data: r.data,
          createdAt: r.createdAt,
        },
      }));
    },

    async recordAttempt(
      d: { webhookId: string; notificationId: string },
      a: { attempts: number; status: number | null; error: string | null; final: boolean; retryInMs: number },
    ): Promise<void> {
      await sql`
        update webhook_deliveries set attempts = ${a.attempts}, last_status = ${a.status}, last_error = ${a.error},
          status = ${a.error ? (a.final ? 'failed' : 'pending') : 'delivered'},
          delivered_at = ${a.error ? null : new Date()},
          next_attempt_at = now() + ${`${a.retryInMs} milliseconds`}::interval
        where webhook_id = ${d.webhookId} and notification_id = ${d.notificationId}`;
    },
  };
}

export type WebhookRepo = ReturnType<typeof createWebhookRepo>;
