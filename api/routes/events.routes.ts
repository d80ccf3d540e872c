/**
 * Events from integrations: telephony (a call logged), e-mail (a proposal
 * opened), web forms (a lead), accounting (invoice issued or paid, payment
 * received). Each type has its JSON Schema. An `Idempotency-Key` header (or
 * `eventId`) makes a repeated delivery change nothing; an event of an unknown
 * type or for an unknown deal is refused with a clear error and kept in the
 * dead-letter table.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { DomainError } from '../../regulation/errors.js';
import { dealWorkflowId, sendEventUpdate } from '../../workflows/definitions.js';
import { allow } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { check } from '../validation.js';
import { startDeal } from './deals.routes.js';

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

const envelope = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'data'],
  properties: {
    type: { type: 'string', minLength: 1 },
    eventId: { type: 'string', minLength: 1 },
    data: { type: 'object' },
  },
} as const;

interface Envelope {
  type: string;
  eventId?: string;
  data: Record<string, unknown>;
}

export function eventRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  async function deadLetter(
    c: Context<AppEnv>,
    body: unknown,
    type: string,
    reason: string,
    code: 'VALIDATION_FAILED' | 'DEAL_NOT_FOUND',
  ): Promise<never> {
    const id = randomUUID();
    await deps.sql`insert into dead_letters (id, type, source, reason, payload) values (${id}, ${type}, ${c.get('actor')}, ${reason}, ${deps.sql.json(body as never)})`;
    throw new DomainError(code, `${reason}; kept as dead letter ${id}`, { details: { deadLetterId: id } });
  }

  /** What the event does; returns what to tell the sender (and to replay to a repeated delivery). */
  async function apply(c: Context<AppEnv>, e: Envelope, key: string): Promise<Record<string, unknown>> {
    const actor = c.get('actor');
    if (e.type === 'form.submitted') {
      const d = e.data as { regulationId: string; client: { name: string }; fields?: Record<string, never> };
      const dealId = await startDeal(
        deps,
        { regulationId: d.regulationId, client: d.client, ...(d.fields ? { fields: d.fields } : {}) },
        { idempotencyKey: `event:${key}`, actor },
      );
      const deal = await deps.deals.getDeal(dealId);
      return { dealId, owner: deal?.owner, stage: deal?.stage };
    }
    const dealId = String(e.data.dealId);
    const deal = await deps.deals.getDeal(dealId);
    if (!deal) return deadLetter(c, e, e.type, `no deal "${dealId}"`, 'DEAL_NOT_FOUND');
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

  app.post('/events', allow('integration', 'director', 'admin'), async (c) => {
    let raw: unknown;
    try {
      raw = JSON.parse(await c.req.text());
    } catch (error) {
      throw new DomainError('MALFORMED_JSON', `request body is not valid JSON: ${(error as Error).message}`);
    }
    const e = check<Envelope>(envelope, raw);
    const schema = EVENT_TYPES[e.type];
    if (!schema)
      return deadLetter(
        c,
        raw,
        e.type,
        `unknown event type "${e.type}" (known: ${Object.keys(EVENT_TYPES).join(', ')})`,
        'VALIDATION_FAILED',
      );
    check(schema, e.data, `"${e.type}" data`);
    const key = c.req.header('idempotency-key') ?? e.eventId ?? randomUUID();
    const [claimed] = await deps.sql`
      insert into inbound_events (key, type, source, status) values (${key}, ${e.type}, ${c.get('actor')}, 'processing')
      on conflict (key) do update set status = 'processing', received_at = now() where inbound_events.status = 'failed'
      returning key`;
    if (!claimed) {
      const [seen] = await deps.sql`select status, result from inbound_events where key = ${key}`;
      if (seen?.status === 'processing')
        throw new DomainError('CONFLICT', `event "${key}" is being processed; retry later`);
      return c.json({ key, duplicate: true, ...(seen?.result as object) });
    }
    try {
      const result = await apply(c, e, key);
      await deps.sql`update inbound_events set status = 'done', result = ${deps.sql.json(result as never)}, deal_id = ${(result.dealId as string) ?? null}, processed_at = now() where key = ${key}`;
      return c.json({ key, duplicate: false, ...result }, 202);
    } catch (error) {
      await deps.sql`update inbound_events set status = 'failed', processed_at = now() where key = ${key}`;
      throw error;
    }
  });

  app.get('/dead-letters', allow('director', 'admin'), async (c) =>
    c.json({ deadLetters: await deps.sql`select * from dead_letters order by received_at desc limit 200` }),
  );

  return app;
}
