/**
 * Events from integrations: telephony (a call logged), e-mail (a proposal
 * opened), web forms (a lead), accounting (invoice issued or paid, payment
 * received). Each type has its JSON Schema. An idempotency key makes a
 * repeated delivery change nothing; an event of an unknown type or for an
 * unknown deal is refused with a clear error and kept in the dead-letter
 * table. Used by `POST /events` and by the scheduled accounting import alike.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { ApiDeps } from '../api/deps.js';
import { startDeal } from '../api/routes/deals.routes.js';
import { check } from '../api/validation.js';
import { DomainError } from '../regulation/errors.js';
import { dealWorkflowId, sendEventUpdate } from '../workflows/definitions.js';

export type IntakeDeps = Pick<ApiDeps, 'sql' | 'deals' | 'regulations' | 'temporal' | 'taskQueue' | 'historyLimit'>;

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
  deps: IntakeDeps,
  source: string,
  body: unknown,
  type: string,
  reason: string,
  code: 'VALIDATION_FAILED' | 'DEAL_NOT_FOUND',
): Promise<never> {
  const id = randomUUID();
  await deps.sql`insert into dead_letters (id, type, source, reason, payload) values (${id}, ${type}, ${source}, ${reason}, ${deps.sql.json(body as never)})`;
  throw new DomainError(code, `${reason}; kept as dead letter ${id}`, { details: { deadLetterId: id } });
}

/** What the event does; returns what to tell the sender (and to replay to a repeated delivery). */
async function apply(deps: IntakeDeps, e: Envelope, key: string, actor: string): Promise<Record<string, unknown>> {
  if (e.type === 'form.submitted') {
    const d = e.data as { regulationId: string; client: { name: string }; fields?: Record<string, never> };
    const dealId = await startDeal(
      deps as ApiDeps,
      { regulationId: d.regulationId, client: d.client, ...(d.fields ? { fields: d.fields } : {}) },
      { idempotencyKey: `event:${key}`, actor },
    );
    const deal = await deps.deals.getDeal(dealId);
    return { dealId, owner: deal?.owner, stage: deal?.stage };
  }
  const dealId = String(e.data.dealId);
  const deal = await deps.deals.getDeal(dealId);
  if (!deal) return deadLetter(deps, actor, e, e.type, `no deal "${dealId}"`, 'DEAL_NOT_FOUND');
  let effect: Record<string, unknown> = { recorded: true };
  if (e.type === 'invoice.paid' && deal.status === 'active') {
    // The regulation decides what "paid" means: an INVOICE_PAID move where the stage has one.
    try {
      const r = await deps.temporal.workflow.getHandle(dealWorkflowId(deal.id)).executeUpdate(sendEventUpdate, {
        updateId: `event:${key}`,
        args: [{ type: 'INVOICE_PAID', fields: {}, actor }],
      });
      effect = { moved: true, stage: r.stage };
    } catch (error) {
      effect = { moved: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }
  await deps.sql`insert into events (id, deal_id, seq, ord, type, actor, at, data)
                 values (${`ext:${key}`}, ${deal.id}, ${deal.seq}, 0, ${`external.${e.type}`}, ${actor}, now(), ${deps.sql.json({ ...e.data, effect } as never)})
                 on conflict (id) do nothing`;
  return { dealId: deal.id, ...effect };
}

/**
 * Takes one event: validates it, claims its idempotency key and applies it
 * once. A repeated key returns the first result with `duplicate: true`.
 */
export async function receiveEvent(
  deps: IntakeDeps,
  raw: unknown,
  options: { key?: string | undefined; actor: string },
): Promise<{ key: string; duplicate: boolean } & Record<string, unknown>> {
  const e = check<Envelope>(envelope, raw);
  const schema = EVENT_TYPES[e.type];
  if (!schema) {
    return deadLetter(
      deps,
      options.actor,
      raw,
      e.type,
      `unknown event type "${e.type}" (known: ${Object.keys(EVENT_TYPES).join(', ')})`,
      'VALIDATION_FAILED',
    );
  }
  check(schema, e.data, `"${e.type}" data`);
  const key = options.key ?? e.eventId ?? randomUUID();
  const [claimed] = await deps.sql`
    insert into inbound_events (key, type, source, status) values (${key}, ${e.type}, ${options.actor}, 'processing')
    on conflict (key) do update set status = 'processing', received_at = now() where inbound_events.status = 'failed'
    returning key`;
  if (!claimed) {
    const [seen] = await deps.sql`select status, result from inbound_events where key = ${key}`;
    if (seen?.status === 'processing')
      throw new DomainError('CONFLICT', `event "${key}" is being processed; retry later`);
    return { key, duplicate: true, ...(seen?.result as object) };
  }
  try {
    const result = await apply(deps, e, key, options.actor);
    await deps.sql`update inbound_events set status = 'done', result = ${deps.sql.json(result as never)}, deal_id = ${(result.dealId as string) ?? null}, processed_at = now() where key = ${key}`;
    return { key, duplicate: false, ...result };
  } catch (error) {
    await deps.sql`update inbound_events set status = 'failed', processed_at = now() where key = ${key}`;
    throw error;
  }
}
