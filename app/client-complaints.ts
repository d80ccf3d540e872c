/**
 * Complaints from clients (a colleague's complaint that a deal stalls is
 * `raiseComplaint` in deals.ts): a form or an e-mail (through an integration
 * key) or a manager's entry opens a complaint on the client's current deal
 * (or, none active, their last one) for that deal's owner, due within the
 * SLA of the deal's regulation (`complaints.sla`, working time, default a
 * working day). A watch workflow reminds the owner past the SLA and then
 * escalates along the regulation's chain until it is resolved; analytics
 * count them per manager.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '../regulation/errors.js';
import { addWorkingDuration } from '../rules/calendar.js';
import type { Regulation } from '../regulation/types.js';
import type { ClientComplaint, ComplaintSource } from '../storage/client-complaints.repo.js';
import { complaintChangedSignal, complaintWorkflowId } from '../workflows/client-complaint.definitions.js';
import { visibleDeal, visibleOwners, type Principal } from './access.js';
import type { AppContext } from './context.js';

/** A working day: the SLA of a regulation that names none. */
export const DEFAULT_COMPLAINT_SLA = 'PT8H';

export interface ComplaintInput {
  dealId?: string;
  companyId?: string;
  text: string;
  /** From an integration: `form` (default) or `email`; a person's entry is always `manager`. */
  source?: ComplaintSource;
  /** The form's or message's own id: the same one again opens no second complaint. */
  externalId?: string;
}

const invalid = (pointer: string, message: string) =>
  new DomainError('VALIDATION_FAILED', `request body is invalid: ${pointer} ${message}`, {
    details: { errors: [{ pointer, message }] },
  });

async function watch(ctx: AppContext, complaintId: string): Promise<void> {
  await ctx.temporal.workflow.signalWithStart('clientComplaintWorkflow', {
    workflowId: complaintWorkflowId(complaintId),
    taskQueue: ctx.taskQueue,
    args: [{ complaintId }],
    signal: complaintChangedSignal,
    signalArgs: [],
  });
}

/** The deal a complaint goes on: the one named, or the company's current (else last) deal. */
async function dealFor(ctx: AppContext, me: Principal, input: ComplaintInput) {
  if (!input.dealId === !input.companyId) throw invalid('/dealId', 'or /companyId: exactly one is needed');
  const dealId = input.dealId ?? (await ctx.clientComplaints.dealOfCompany(input.companyId!));
  if (!dealId) throw new DomainError('NOT_FOUND', `company "${input.companyId}" has no deal to complain about`);
  // An integration speaks for the client of any deal; a person only for deals they see.
  if (me.role !== 'integration') return visibleDeal(ctx, me, dealId);
  const deal = await ctx.deals.getDeal(dealId);
  if (!deal) throw new DomainError('DEAL_NOT_FOUND', `deal "${dealId}" not found`);
  return deal;
}

/** Opens the complaint (or answers the one already opened for the same external id) and watches its SLA. */
export async function openClientComplaint(
  ctx: AppContext,
  me: Principal,
  input: ComplaintInput,
  now = new Date(),
): Promise<{ complaint: ClientComplaint; created: boolean }> {
  const source: ComplaintSource = me.role === 'integration' ? (input.source ?? 'form') : 'manager';
  if (me.role === 'integration' && source === 'manager') throw invalid('/source', 'must be form or email');
  const deal = await dealFor(ctx, me, input);
  const pinned = await ctx.regulations.get(deal.regulationId, deal.regulationVersion);
  if (!pinned) throw new DomainError('REGULATION_NOT_FOUND', `regulation "${deal.regulationId}" not found`);
  return openOn(ctx, { deal, regulation: pinned.regulation }, { ...input, source }, me.id, now);
}

async function openOn(
  ctx: AppContext,
  on: { deal: { id: string; owner: string }; regulation: Regulation },
  input: { text: string; source: ComplaintSource; externalId?: string },
  actor: string,
  now: Date,
): Promise<{ complaint: ClientComplaint; created: boolean }> {
  const { deal, regulation } = on;
  const dueAt = addWorkingDuration(now, regulation.complaints?.sla ?? DEFAULT_COMPLAINT_SLA, regulation.calendar);
  const opened = await ctx.clientComplaints.open({
    id: `cc_${randomUUID().slice(0, 8)}`,
    dealId: deal.id,
    assignee: deal.owner,
    source: input.source,
    externalId: input.externalId ?? null,
    text: input.text,
    dueAt: dueAt.toISOString(),
    createdBy: actor,
    createdAt: now.toISOString(),
  });
  const { complaint } = opened;
  if (opened.created) {
    await ctx.clientComplaints.announce(complaint);
    await ctx.audit.record(actor, 'client-complaint.opened', `deal:${deal.id}`, {
      complaintId: complaint.id,
      source: input.source,
    });
  }
  // Also for a repeated post: a watch lost between the insert and its start is started now.
  if (complaint.status === 'open') await watch(ctx, complaint.id);
  return opened;
}

/**
 * The regulation's rule for e-mail: a client's reply whose subject or text
 * holds one of `complaints.match` (case-insensitive) opens a complaint on the
 * deal, keyed by the reply's intake key so a repeated delivery opens one.
 * Answers the complaint's id, or null when the reply is not one.
 */
export async function classifyReply(
  ctx: AppContext,
  reply: { dealId: string; key: string; subject?: string; text?: string },
  actor: string,
  now = new Date(),
): Promise<string | null> {
  const deal = await ctx.deals.getDeal(reply.dealId);
  const pinned = deal && (await ctx.regulations.get(deal.regulationId, deal.regulationVersion));
  const words = pinned?.regulation.complaints?.match ?? [];
  const said = `${reply.subject ?? ''}\n${reply.text ?? ''}`.toLocaleLowerCase('ru');
  if (!deal || !pinned || !words.some((w) => said.includes(w.toLocaleLowerCase('ru')))) return null;
  const text = (reply.text ?? reply.subject ?? '').slice(0, 10_000) || '(e-mail without text)';
  const { complaint } = await openOn(
    ctx,
    { deal, regulation: pinned.regulation },
    { text, source: 'email', externalId: reply.key },
    actor,
    now,
  );
  return complaint.id;
}

/** Complaints the principal sees: those of the deals' owners they see. */
export async function listClientComplaints(
  ctx: AppContext,
  me: Principal,
  filter: { status?: 'open' | 'resolved'; dealId?: string },
) {
  const owners = await visibleOwners(ctx, me);
  return ctx.clientComplaints.list({ ...filter, ...(owners ? { assignees: owners } : {}) });
}

/** Resolves an open complaint; its watch ends with its pending escalation. */
export async function resolveClientComplaint(
  ctx: AppContext,
  me: Principal,
  id: string,
  resolution: string,
  now = new Date(),
): Promise<ClientComplaint> {
  const complaint = await ctx.clientComplaints.get(id);
  const owners = await visibleOwners(ctx, me);
  if (!complaint || (owners && !owners.includes(complaint.assignee)))
    throw new DomainError('NOT_FOUND', `complaint "${id}" not found`);
  if (!(await ctx.clientComplaints.resolve(id, me.id, resolution, now)))
    throw new DomainError('CONFLICT', `complaint "${id}" is resolved already`);
  await ctx.temporal.workflow.getHandle(complaintWorkflowId(id)).signal(complaintChangedSignal);
  await ctx.audit.record(me.id, 'client-complaint.resolved', `deal:${complaint.dealId}`, { complaintId: id });
  return (await ctx.clientComplaints.get(id))!;
}

/** Per manager: complaints from clients opened, open, past their SLA, resolved and resolved within it. */
export async function clientComplaintCounts(ctx: AppContext, me: Principal, now = new Date()) {
  const owners = await visibleOwners(ctx, me);
  return { asOf: now.toISOString(), byManager: await ctx.clientComplaints.countsByManager(now, owners) };
}
