/**
 * Events from integrations: telephony (a call logged), e-mail (a proposal
 * opened), web forms (a lead), accounting (invoice issued or paid, payment
 * received), and plugin intakes. Each type has its JSON Schema; an event of an
 * unknown type or for an unknown deal is refused with a clear error and kept
 * in the dead-letter table.
 *
 * At least once in, exactly once in effect: an accepted event is stored in
 * the inbox (PostgreSQL) before anything else, then applied at once; when that
 * fails for a passing reason (Temporal unreachable, a timeout, a crash) the
 * event stays pending and the inbox drainer (`inboxWorkflow`) applies it later
 * with backoff. An event whose only effect is the fact it adds to a deal's
 * history (a call logged) is stored already applied, with that fact, in one
 * statement. Every effect is idempotent on the event's key (the deal id of
 * a lead derives from it, the deal's update carries it as its update id, the
 * logged fact has it as its id), so an event applied twice counts once. A
 * repeated key returns the first final result. Used by `POST /events`, plugin intakes and the scheduled accounting
 * import alike.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { fieldProblems, type FieldValues } from '../regulation/deal-state.js';
import { DomainError } from '../regulation/errors.js';
import { COMPLETING_EVENTS } from '../regulation/types.js';
import type { AppendedEvent } from '../storage/events.repo.js';
import { completeTaskUpdate, dealWorkflowId, sendEventUpdate } from '../workflows/definitions.js';
import type { AppContext } from './context.js';
import { dealIdFor, startDeal, type DealCard } from './deals.js';
import { check } from './validate.js';

const dealRef = { dealId: { type: 'string', minLength: 1 } } as const;
const obj = (required: string[], properties: Record<string, object>) =>
  ({ type: 'object', additionalProperties: false, required, properties }) as const;

/** What a call on a deal's timeline says; the call API (`app/calls.ts`) fills callId, numbers and the recording. */
const callFields = {
  direction: { enum: ['in', 'out'] },
  durationSec: { type: 'integer', minimum: 0 },
  outcome: { type: 'string' },
  callId: { type: 'string' },
  from: { type: 'string', maxLength: 50 },
  to: { type: 'string', maxLength: 50 },
  recordingUrl: { type: 'string', maxLength: 2000 },
} as const;

/** The event types integrations may send, with their payload schemas. */
export const EVENT_TYPES: Record<string, object> = {
  'call.logged': obj(['dealId', 'direction'], { ...dealRef, ...callFields }),
  // From the call API (app/calls.ts): a missed call is on the timeline but is not a call held.
  'call.missed': obj(['dealId', 'direction'], { ...dealRef, ...callFields }),
  'call.recorded': obj(['dealId', 'callId', 'recordingUrl'], {
    ...dealRef,
    callId: { type: 'string' },
    recordingUrl: { type: 'string', maxLength: 2000 },
  }),
  'email.opened': obj(['dealId', 'messageId'], { ...dealRef, messageId: { type: 'string' } }),
  'email.replied': obj(['dealId', 'messageId'], {
    ...dealRef,
    messageId: { type: 'string' },
    from: { type: 'string' },
    subject: { type: 'string' },
    text: { type: 'string' },
  }),
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
  code: 'VALIDATION_FAILED' | 'DEAL_NOT_FOUND' | 'REGULATION_NOT_FOUND',
): Promise<never> {
  const id = randomUUID();
  await ctx.intake.deadLetter({ id, type, source, reason, payload: body });
  throw new DomainError(code, `${reason}; kept as dead letter ${id}`, { details: { deadLetterId: id } });
}

/** How long one attempt may hold an event before another may take it up. */
const leaseMs = (ctx: AppContext) => ctx.intakeLeaseMs ?? 30_000;

/** What an integration is told: the final result, or that the event is stored and will be applied. */
export type IntakeAnswer = { key: string; duplicate: boolean; applied: boolean } & Record<string, unknown>;

/** A plugin intake's event as the inbox keeps it. */
const PLUGIN = 'intake:';

/** Events that move the deal when its stage has a transition on the regulation event named here. */
const MOVES: Record<string, string> = { 'invoice.paid': 'INVOICE_PAID', 'email.replied': 'EMAIL_REPLIED' };

/**
 * Completes, through the deal's workflow, each open task of the deal's current
 * stage whose definition says `completedBy: <event>`. The update id derives
 * from the event key and the task, so a repeated event changes nothing.
 * Returns the keys of the tasks completed.
 */
async function completeWaitingTasks(
  ctx: AppContext,
  deal: { id: string; stage: string; regulationId: string; regulationVersion: number },
  event: string,
  key: string,
  actor: string,
): Promise<string[]> {
  const pinned = await ctx.regulations.get(deal.regulationId, deal.regulationVersion);
  const stage = pinned?.regulation.stages.find((s) => s.key === deal.stage);
  const keys = new Set((stage?.tasks ?? []).filter((t) => t.completedBy === event).map((t) => t.key));
  if (!keys.size) return [];
  const open = await ctx.deals.listTasks({ dealId: deal.id, status: 'open', limit: 100 });
  const done: string[] = [];
  for (const task of open.filter((t) => t.stage === deal.stage && keys.has(t.key))) {
    try {
      await ctx.temporal.workflow.getHandle(dealWorkflowId(deal.id)).executeUpdate(completeTaskUpdate, {
        updateId: `event:${key}:task:${task.id}`,
        args: [{ taskId: task.id, outcome: COMPLETING_EVENTS[event] ?? 'done', fields: {}, actor }],
      });
      done.push(task.key);
    } catch (error) {
      // The workflow refused (the task closed meanwhile, or the outcome is not allowed): the move still follows.
      if (!(error instanceof WorkflowUpdateFailedError)) throw error;
    }
  }
  return done;
}

/** The deal an event is about, when the caller has read it already. */
type KnownDeal = Awaited<ReturnType<AppContext['deals']['getDeal']>>;

/**
 * What the event does; returns what to tell the sender (and to replay to a
 * repeated delivery) and the fact the deal's history records of it, which the
 * caller writes together with the event's result.
 */
async function apply(
  ctx: AppContext,
  e: Envelope,
  key: string,
  actor: string,
  known?: KnownDeal,
): Promise<{ result: Record<string, unknown>; fact?: AppendedEvent }> {
  if (e.type.startsWith(PLUGIN)) {
    const handler = ctx.plugins.intake(e.type.slice(PLUGIN.length));
    if (!handler) throw new DomainError('NOT_FOUND', `no plugin takes events of type "${e.type.slice(PLUGIN.length)}"`);
    const deal = handler.toDeal(e.data);
    const dealId = await startDeal(
      ctx,
      {
        regulationId: deal.regulationId,
        client: deal.client as { name: string },
        ...(deal.fields ? { fields: deal.fields as never } : {}),
      },
      { idempotencyKey: e.eventId, actor: `${actor} via ${handler.plugin}`, invalidInn: 'ignore' },
    );
    return { result: { dealId } };
  }
  if (e.type === 'form.submitted') {
    const d = e.data as { regulationId: string; client: { name: string }; fields?: Record<string, never> };
    const dealId = await startDeal(
      ctx,
      { regulationId: d.regulationId, client: d.client, ...(d.fields ? { fields: d.fields } : {}) },
      { idempotencyKey: `event:${key}`, actor, invalidInn: 'ignore' },
    );
    const deal = await ctx.deals.getDeal(dealId);
    // An invalid INN does not refuse a lead: the deal's client says why it was ignored.
    const innIgnored = deal?.client.innIgnored;
    return {
      result: {
        dealId,
        owner: deal?.owner,
        stage: deal?.stage,
        companyId: deal?.companyId,
        ...(innIgnored ? { innIgnored } : {}),
      },
    };
  }
  const deal = known?.id === String(e.data.dealId) ? known : await ctx.deals.getDeal(String(e.data.dealId));
  if (!deal) throw new DomainError('DEAL_NOT_FOUND', `no deal "${String(e.data.dealId)}"`);
  if (recordsOnly(e, deal)) return recorded(e, key, actor, deal, { recorded: true });
  const move = MOVES[e.type]!;
  // Tasks the regulation closes on this event (`completedBy: EMAIL_REPLIED`) are done first, as 'replied'.
  const completed = await completeWaitingTasks(ctx, deal, move, key, actor);
  const done = completed.length ? { completedTasks: completed } : {};
  // The regulation decides what "paid" (or "replied") means: an INVOICE_PAID (EMAIL_REPLIED) move where the stage has one.
  try {
    const r = await ctx.temporal.workflow.getHandle(dealWorkflowId(deal.id)).executeUpdate(sendEventUpdate, {
      updateId: `event:${key}`,
      args: [{ type: move, fields: {}, actor }],
    });
    return recorded(e, key, actor, deal, { ...done, moved: true, stage: r.stage });
  } catch (error) {
    // The regulation refused the move: that is the event's final effect. Anything else passes and is retried.
    if (!(error instanceof WorkflowUpdateFailedError)) throw error;
    return recorded(e, key, actor, deal, { ...done, moved: false, reason: error.cause?.message ?? error.message });
  }
}

/** What an event about a deal answers, and the fact the deal's history records of it. */
function recorded(
  e: Envelope,
  key: string,
  actor: string,
  deal: NonNullable<KnownDeal>,
  effect: Record<string, unknown>,
): { result: Record<string, unknown>; fact: AppendedEvent } {
  const fact = {
    id: `ext:${key}`,
    dealId: deal.id,
    seq: deal.seq,
    type: `external.${e.type}`,
    actor,
    at: new Date(),
    data: { ...e.data, effect },
  };
  return { result: { dealId: deal.id, ...effect }, fact };
}

/** An event about a deal that moves nothing (a call logged, a mail opened, or any event of a closed deal). */
const recordsOnly = (e: Envelope, deal: NonNullable<KnownDeal>): boolean =>
  !e.type.startsWith(PLUGIN) && e.type !== 'form.submitted' && !(MOVES[e.type] && deal.status === 'active');

/**
 * Applies an event the caller holds the lease of: done with its result,
 * refused (a DomainError: failed, and the error goes to the caller), or left
 * pending for a later attempt when the failure passes.
 */
async function applyLeased(
  ctx: AppContext,
  e: Envelope,
  key: string,
  actor: string,
  known?: KnownDeal,
): Promise<{ status: 'applied'; result: Record<string, unknown> } | { status: 'pending'; error: string }> {
  try {
    const deadline = Date.now() + (ctx.intakeTimeoutMs ?? 5_000);
    const { result, fact } = await ctx.temporal.withDeadline(deadline, () => apply(ctx, e, key, actor, known));
    await ctx.intake.finish(key, result, (result.dealId as string | undefined) ?? null, fact);
    return { status: 'applied', result };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof DomainError) {
      await ctx.intake.fail(key, message);
      throw error;
    }
    await ctx.intake.retryLater(key, message);
    return { status: 'pending', error: message };
  }
}

/** Stores the event unless its key was seen, then applies it; a repeat gets the first final result. */
async function take(
  ctx: AppContext,
  e: Envelope,
  key: string,
  actor: string,
  known?: KnownDeal,
): Promise<IntakeAnswer> {
  // An event that only adds to the deal's history is stored and applied in one commit; a key seen before takes the usual path.
  if (known && recordsOnly(e, known)) {
    const { result, fact } = recorded(e, key, actor, known, { recorded: true });
    if (await ctx.intake.acceptApplied({ key, type: e.type, source: actor, payload: e }, result, fact))
      return { key, duplicate: false, applied: true, ...result };
  }
  const accepted = await ctx.intake.accept({ key, type: e.type, source: actor, payload: e, leaseMs: leaseMs(ctx) });
  if (!accepted.accepted) {
    const seen = accepted.event;
    if (seen.status === 'done') return { key, duplicate: true, applied: true, ...seen.result };
    // Stored but not applied (pending, refused, or held by a process that died): take it up now.
    const resumed = await ctx.intake.resume(key, leaseMs(ctx), e);
    if (!resumed) return { key, duplicate: true, applied: false };
  }
  const outcome = await applyLeased(ctx, e, key, actor, known);
  return outcome.status === 'applied'
    ? { key, duplicate: !accepted.accepted, applied: true, ...outcome.result }
    : { key, duplicate: !accepted.accepted, applied: false, reason: outcome.error };
}

/**
 * Why a lead cannot become a deal, checked before it is stored: a refused
 * event writes nothing but its dead letter.
 */
async function leadRefusal(
  ctx: AppContext,
  regulationId: string,
  fields: Record<string, unknown> | undefined,
): Promise<{ code: 'REGULATION_NOT_FOUND' | 'FIELD_INVALID'; message: string } | undefined> {
  const pinned = await ctx.regulations.get(regulationId);
  if (!pinned) return { code: 'REGULATION_NOT_FOUND', message: `no regulation "${regulationId}"` };
  const problems = fieldProblems(pinned.regulation, fields as FieldValues | undefined);
  return problems.length ? { code: 'FIELD_INVALID', message: problems.join('; ') } : undefined;
}

/**
 * Takes one event: validates it, stores it under its idempotency key and
 * applies it once. A repeated key returns the first result with `duplicate: true`.
 */
export async function receiveEvent(
  ctx: AppContext,
  raw: unknown,
  options: { key?: string | undefined; actor: string },
): Promise<IntakeAnswer> {
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
  // The deal read here is the one applying the event acts on: it is not read twice.
  const deal = e.type === 'form.submitted' ? undefined : await ctx.deals.getDeal(String(e.data.dealId));
  if (e.type !== 'form.submitted' && !deal) {
    return deadLetter(ctx, options.actor, e, e.type, `no deal "${String(e.data.dealId)}"`, 'DEAL_NOT_FOUND');
  }
  if (e.type === 'form.submitted') {
    const d = e.data as { regulationId: string; fields?: Record<string, unknown> };
    const refused = await leadRefusal(ctx, d.regulationId, d.fields);
    if (refused)
      return deadLetter(
        ctx,
        options.actor,
        e,
        e.type,
        refused.message,
        refused.code === 'FIELD_INVALID' ? 'VALIDATION_FAILED' : refused.code,
      );
  }
  return take(ctx, e, options.key ?? e.eventId ?? randomUUID(), options.actor, deal);
}

/**
 * An integration event a plugin knows how to turn into a deal (e.g. the bank's
 * "client X regularly pays Y"): validated by the plugin's schema, stored in the
 * inbox, started as a deal assigned by the rules. A repeated idempotency key
 * finds the same deal; while the deal cannot be started yet, the answer says
 * it is pending and names the deal it will be.
 */
export async function receivePluginIntake(
  ctx: AppContext,
  type: string,
  payload: unknown,
  options: { key?: string | undefined; actor: string },
): Promise<{ applied: true; deal: DealCard } | (IntakeAnswer & { applied: false })> {
  const handler = ctx.plugins.intake(type);
  if (!handler) throw new DomainError('NOT_FOUND', `no plugin takes events of type "${type}"`);
  const data = check<Record<string, unknown>>(handler.schema, payload);
  const lead = handler.toDeal(data);
  const refused = await leadRefusal(ctx, lead.regulationId, lead.fields as Record<string, unknown> | undefined);
  if (refused) throw new DomainError(refused.code, refused.message);
  const key = options.key ?? randomUUID();
  const answer = await take(
    ctx,
    { type: `${PLUGIN}${type}`, eventId: key, data },
    `${PLUGIN}${type}:${key}`,
    options.actor,
  );
  if (!answer.applied) return { ...answer, applied: false, dealId: dealIdFor(key) };
  const dealId = answer.dealId as string;
  const view = await ctx.deals.getDeal(dealId);
  return { applied: true, deal: { ...view!, tasks: await ctx.deals.listTasks({ dealId, limit: 100 }) } };
}

/**
 * The drainer's step: applies stored events whose time has come (pending ones
 * and those whose holder died), each under its lease. Returns what it did.
 */
export async function applyPendingEvents(
  ctx: AppContext,
  limit: number,
): Promise<{ claimed: number; applied: number; pending: number; refused: number }> {
  const due = await ctx.intake.claimDue(limit, leaseMs(ctx));
  const counts = { claimed: due.length, applied: 0, pending: 0, refused: 0 };
  for (const row of due) {
    try {
      const outcome = await applyLeased(ctx, row.payload!, row.key, row.source);
      counts[outcome.status === 'applied' ? 'applied' : 'pending']++;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // Nobody is waiting for the answer: keep the refused event where people look.
      counts.refused++;
      await ctx.intake.deadLetter({
        id: randomUUID(),
        type: row.type,
        source: row.source,
        reason: error.message,
        payload: row.payload,
      });
    }
  }
  return counts;
}
