/**
 * Events from integrations: telephony (a call logged), e-mail (a proposal
 * opened), web forms (a lead), accounting (invoice issued or paid, payment
 * received). Each type has its JSON Schema. An idempotency key makes a
 * repeated delivery change nothing; an event of an unknown type or for an
 * unknown deal is refused with a clear error and kept in the dead-letter
 * table. Used by `POST /events`, plugin intakes and the scheduled accounting
 * import alike.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '../regulation/errors.js';
import { dealWorkflowId, sendEventUpdate } from '../workflows/definitions.js';
import type { AppContext } from './context.js';
import { startDeal, type DealCard } from './deals.js';
import { check } from './validate.js';

const dealRef = { dealId: { type: 'string', minLength: 1 } } as const;
const obj = (required: string[], properties: Record<string, object>) =>
  ({ type: 'object', additionalProperties: false, required, properties }) as const;

/** The event types integrations may send, with their payload schemas. */
export const EVENT_TYPES: Record<string, object> = {
  'call.logged': obj(['dealId', 'direction'], {
    ...dealRef,
    direction: { enum: ['in', 'out'] },
    durationSec: { type: 'integer', minimum: 0 },
    outcome: { type: 'string' },
  }),
  'email.opened': obj(['dealId', 'messageId'], { ...dealRef, messageId: { type: 'string' } }),
  'form.submitted': obj(['regulationId', 'client'], {
    regulationId: { type: 'string' },
    client: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } },
    fields: { type: 'object' },
  }),
  'invoice.issued': obj(['dealId', 'invoiceNumber'], {
    ...dealRef,
    invoiceNumber: { type: 'string' },
    amount: { type: 'number' },
  }),
  'invoice.paid': obj(['dealId', 'invoiceNumber'], {
    ...dealRef,
    invoiceNumber: { type: 'string' },
    amount: { type: 'number' },
  }),
  'payment.received': obj(['dealId', 'amount'], {
    ...dealRef,
    amount: { type: 'number' },
    invoiceNumber: { type: 'string' },
  }),
};

export const envelope = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'data'],
  properties: {
    type: { type: 'string', minLength: 1 },
    eventId: { type: 'string', minLength: 1 },
    data: { type: 'object' },
  },
} as const;

export interface Envelope {
  type: string;
  eventId?: string;
  data: Record<string, unknown>;
}

async function deadLetter(
  ctx: AppContext,
  source: string,
  body: unknown,
  type: string,
  reason: string,
  code: 'VALIDATION_FAILED' | 'DEAL_NOT_FOUND',
): Promise<never> {
  const id = randomUUID();
  await ctx.intake.deadLetter({ id, type, source, reason, payload: body });
  throw new DomainError(code, `${reason}; kept as dead letter ${id}`, { details: { deadLetterId: id } });
}

/** What the event does; returns what to tell the sender (and to replay to a repeated delivery). */
async function apply(ctx: AppContext, e: Envelope, key: string, actor: string): Promise<Record<string, unknown>> {
  if (e.type === 'form.submitted') {
    const d = e.data as { regulationId: string; client: { name: string }; fields?: Record<string, never> };
    const dealId = await startDeal(
      ctx,
      { regulationId: d.regulationId, client: d.client, ...(d.fields ? { fields: d.fields } : {}) },
      { idempotencyKey: `event:${key}`, actor },
    );
    const deal = await ctx.deals.getDeal(dealId);
    return { dealId, owner: deal?.owner, stage: deal?.stage };
  }
  const dealId = String(e.data.dealId);
  const deal = await ctx.deals.getDeal(dealId);
  if (!deal) return deadLetter(ctx, actor, e, e.type, `no deal "${dealId}"`, 'DEAL_NOT_FOUND');
  let effect: Record<string, unknown> = { recorded: true };
  if (e.type === 'invoice.paid' && deal.status === 'active') {
    // The regulation decides what "paid" means: an INVOICE_PAID move where the stage has one.
    try {
      const r = await ctx.temporal.workflow.getHandle(dealWorkflowId(deal.id)).executeUpdate(sendEventUpdate, {
        updateId: `event:${key}`,
        args: [{ type: 'INVOICE_PAID', fields: {}, actor }],
      });
      effect = { moved: true, stage: r.stage };
    } catch (error) {
      effect = { moved: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }
  await ctx.deals.appendEvent({
    id: `ext:${key}`,
    dealId: deal.id,
    seq: deal.seq,
    type: `external.${e.type}`,
    actor,
    at: new Date(),
    data: { ...e.data, effect },
  });
  return { dealId: deal.id, ...effect };
}

/**
 * Takes one event: validates it, claims its idempotency key and applies it
 * once. A repeated key returns the first result with `duplicate: true`.
 */
export async function receiveEvent(
  ctx: AppContext,
  raw: unknown,
  options: { key?: string | undefined; actor: string },
): Promise<{ key: string; duplicate: boolean } & Record<string, unknown>> {
  const e = check<Envelope>(envelope, raw);
  const schema = EVENT_TYPES[e.type];
  if (!schema) {
    return deadLetter(
      ctx,
      options.actor,
      raw,
      e.type,
      `unknown event type "${e.type}" (known: ${Object.keys(EVENT_TYPES).join(', ')})`,
      'VALIDATION_FAILED',
    );
  }
  check(schema, e.data, `"${e.type}" data`);
  const key = options.key ?? e.eventId ?? randomUUID();
  const claim = await ctx.intake.claim(key, e.type, options.actor);
  if (!claim.claimed) {
    if (claim.status === 'processing')
      throw new DomainError('CONFLICT', `event "${key}" is being processed; retry later`);
    return { key, duplicate: true, ...claim.result };
  }
  try {
    const result = await apply(ctx, e, key, options.actor);
    await ctx.intake.finish(key, result, (result.dealId as string | undefined) ?? null);
    return { key, duplicate: false, ...result };
  } catch (error) {
    await ctx.intake.fail(key);
    throw error;
  }
}

/**
 * An integration event a plugin knows how to turn into a deal (e.g. the bank's
 * "client X regularly pays Y"): validated by the plugin's schema, started as
 * a deal assigned by the rules. A repeated idempotency key finds the same deal.
 */
export async function receivePluginIntake(
  ctx: AppContext,
  type: string,
  payload: unknown,
  options: { key?: string | undefined; actor: string },
): Promise<DealCard> {
  const handler = ctx.plugins.intake(type);
  if (!handler) throw new DomainError('NOT_FOUND', `no plugin takes events of type "${type}"`);
  const deal = handler.toDeal(check<Record<string, unknown>>(handler.schema, payload));
  const dealId = await startDeal(
    ctx,
    {
      regulationId: deal.regulationId,
      client: deal.client as { name: string },
      ...(deal.fields ? { fields: deal.fields as never } : {}),
    },
    { idempotencyKey: options.key, actor: `${options.actor} via ${handler.plugin}` },
  );
  const view = await ctx.deals.getDeal(dealId);
  return { ...view!, tasks: await ctx.deals.listTasks({ dealId, limit: 100 }) };
}
