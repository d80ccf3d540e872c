/**
 * What connects Reglament to other systems: integration keys (the secret is
 * shown once and only its hash kept) and webhooks that receive every
 * notification, signed, through the outbox. A webhook never points at this
 * machine or a private network unless the admin's allow-list names it
 * (integrations/webhook-target.ts).
 *
 * @module
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { checkWebhookUrl, webhookPolicy, type WebhookPolicy } from '../integrations/webhook-target.js';
import { DomainError } from '../regulation/errors.js';
import type { Principal } from './access.js';
import type { AppContext } from './context.js';

const hash = (secret: string) => createHash('sha256').update(secret).digest();

/** Creates an integration key; the secret is in the answer and nowhere else. */
export async function createApiKey(ctx: AppContext, name: string, actor: string): Promise<{ id: string; key: string }> {
  const id = `key_${randomBytes(6).toString('hex')}`;
  const secret = randomBytes(24).toString('base64url');
  await ctx.keys.create({ id, name, secretHash: hash(secret).toString('hex'), createdBy: actor });
  await ctx.audit.record(actor, 'api-key.created', `api-key:${id}`, { name });
  return { id, key: `${id}.${secret}` };
}

export async function revokeApiKey(ctx: AppContext, id: string, actor: string): Promise<void> {
  if (!(await ctx.keys.revoke(id))) throw new DomainError('NOT_FOUND', `API key "${id}" not found`);
  await ctx.audit.record(actor, 'api-key.revoked', `api-key:${id}`);
}

/** The integration a key `<id>.<secret>` belongs to, if it is valid and active. */
export async function integrationOfKey(ctx: AppContext, apiKey: string): Promise<Principal | undefined> {
  const [id, secret] = apiKey.split('.', 2);
  const row = id && secret ? await ctx.keys.find(id) : undefined;
  const ok = row?.active && timingSafeEqual(Buffer.from(row.secretHash, 'hex'), hash(secret!));
  return ok ? { id: `integration:${row.name}`, role: 'integration', department: null } : undefined;
}

let envPolicy: WebhookPolicy | undefined;

/** Registers a webhook; the answer carries the signing secret. A private or loopback target is a 422 on `/url`. */
export async function createWebhook(ctx: AppContext, url: string, actor: string) {
  const why = await checkWebhookUrl(url, ctx.webhookPolicy ?? (envPolicy ??= webhookPolicy()));
  if (why) {
    const message = `is refused: ${why}`;
    throw new DomainError('VALIDATION_FAILED', `request body is invalid: /url ${message}`, {
      details: { errors: [{ pointer: '/url', message }] },
    });
  }
  const id = `wh_${randomUUID().slice(0, 8)}`;
  const secret = randomBytes(24).toString('base64url');
  await ctx.webhooks.create({ id, url, secret, createdBy: actor });
  await ctx.audit.record(actor, 'webhook.created', `webhook:${id}`, { url });
  return { id, url, secret };
}

export async function webhookDeliveries(ctx: AppContext, id: string) {
  const deliveries = await ctx.webhooks.deliveries(id);
  if (deliveries.length === 0 && !(await ctx.webhooks.exists(id)))
    throw new DomainError('NOT_FOUND', `webhook "${id}" not found`);
  return deliveries;
}

/** Every integration key, without its secret. */
export async function listApiKeys(ctx: AppContext) {
  return ctx.keys.list();
}

/** Every webhook, without its secret, with its deliveries counted by status. */
export async function listWebhooks(ctx: AppContext) {
  return ctx.webhooks.list();
}

/** Stops queuing notifications for the webhook (deliveries already queued are still tried); audited. */
export async function deactivateWebhook(ctx: AppContext, id: string, actor: string): Promise<void> {
  if (!(await ctx.webhooks.deactivate(id))) throw new DomainError('NOT_FOUND', `webhook "${id}" not found`);
  await ctx.audit.record(actor, 'webhook.deactivated', `webhook:${id}`);
}
