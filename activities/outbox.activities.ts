/**
 * The outbox drain: notifications queued for webhooks are posted, signed with
 * HMAC-SHA256, and retried with exponential backoff; every attempt is in the
 * delivery log. Delivery is at least once: a receiver de-duplicates by the
 * `X-Reglament-Delivery` id.
 *
 * @module
 */
import { createHmac } from 'node:crypto';
import type { Sql } from '../storage/db.js';

export const MAX_ATTEMPTS = 8;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as the receiver recomputes it. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function backoffMs(attempts: number): number {
  return Math.min(60_000, 500 * 2 ** Math.max(0, attempts - 1));
}

export function createOutboxActivities(deps: { sql: Sql; fetch?: typeof fetch }) {
  const post = deps.fetch ?? fetch;
  return {
    /** Delivers what is due; returns how many were attempted and delivered. */
    async deliverWebhooks(input: { limit: number }): Promise<{ attempted: number; delivered: number }> {
      // Claim a batch with a short lease, so two drains never post the same pair at once.
      const due = await deps.sql`
        update webhook_deliveries d set next_attempt_at = now() + interval '30 seconds'
        from (select webhook_id, notification_id from webhook_deliveries
              where status = 'pending' and next_attempt_at <= now()
              order by next_attempt_at limit ${input.limit} for update skip locked) pick
        where d.webhook_id = pick.webhook_id and d.notification_id = pick.notification_id
        returning d.webhook_id, d.notification_id, d.attempts`;
      let delivered = 0;
      for (const d of due) {
        const [hook] = await deps.sql`select url, secret from webhooks where id = ${d.webhook_id}`;
        const [n] = await deps.sql`select * from notifications where id = ${d.notification_id}`;
        const body = JSON.stringify({
          id: n!.id,
          kind: n!.kind,
          recipient: n!.recipient,
          dealId: n!.deal_id,
          taskId: n!.task_id,
          title: n!.title,
          data: n!.data,
          createdAt: n!.created_at,
        });
        const attempts = (d.attempts as number) + 1;
        let status: number | null = null;
        let error: string | null = null;
        try {
          const res = await post(hook!.url as string, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-reglament-delivery': `${d.webhook_id}:${d.notification_id}`,
              'x-reglament-signature': signature(hook!.secret as string, Math.floor(Date.now() / 1000), body),
            },
            body,
            signal: AbortSignal.timeout(5_000),
          });
          status = res.status;
          if (!res.ok) error = `HTTP ${res.status}`;
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
        }
        if (!error) delivered++;
        await deps.sql`
          update webhook_deliveries set attempts = ${attempts}, last_status = ${status}, last_error = ${error},
            status = ${error ? (attempts >= MAX_ATTEMPTS ? 'failed' : 'pending') : 'delivered'},
            delivered_at = ${error ? null : new Date()},
            next_attempt_at = now() + ${`${backoffMs(attempts)} milliseconds`}::interval
          where webhook_id = ${d.webhook_id} and notification_id = ${d.notification_id}`;
      }
      return { attempted: due.length, delivered };
    },
  };
}
