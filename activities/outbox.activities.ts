/**
 * The outbox drain: notifications queued for webhooks are posted, signed with
 * HMAC-SHA256, and retried with exponential backoff; every attempt is in the
 * delivery log. Delivery is at least once: a receiver de-duplicates by the
 * `X-Reglament-Delivery` id. No post reaches a loopback or private address
 * unless the allow-list names it, and redirects are not followed
 * (integrations/webhook-post.ts).
 *
 * @module
 */
import { createHmac } from 'node:crypto';
import { postWebhook } from '../integrations/webhook-post.js';
import { webhookPolicy, type WebhookPolicy } from '../integrations/webhook-target.js';
import type { WebhookRepo } from '../storage/webhooks.repo.js';

export const MAX_ATTEMPTS = 8;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as the receiver recomputes it. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function backoffMs(attempts: number): number {
  return Math.min(60_000, 500 * 2 ** Math.max(0, attempts - 1));
}

export function createOutboxActivities(deps: { webhooks: WebhookRepo; webhookPolicy?: WebhookPolicy }) {
  // Read once, when the worker starts: REGLAMENT_WEBHOOK_ALLOW.
  const policy = deps.webhookPolicy ?? webhookPolicy();
  return {
    /** Delivers what is due; returns how many were attempted and delivered. */
    async deliverWebhooks(input: { limit: number }): Promise<{ attempted: number; delivered: number }> {
      const due = await deps.webhooks.claimDue(input.limit);
      let delivered = 0;
      for (const d of due) {
        const body = JSON.stringify(d.notification);
        const attempts = d.attempts + 1;
        const { status, error } = await postWebhook(d.url, {
          headers: {
            'content-type': 'application/json',
            'x-reglament-delivery': `${d.webhookId}:${d.notificationId}`,
            'x-reglament-signature': signature(d.secret, Math.floor(Date.now() / 1000), body),
          },
          body,
          policy,
        });
        if (!error) delivered++;
        await deps.webhooks.recordAttempt(d, {
          attempts,
          status,
          error,
          final: attempts >= MAX_ATTEMPTS,
          retryInMs: backoffMs(attempts),
        });
      }
      return { attempted: due.length, delivered };
    },
  };
}
