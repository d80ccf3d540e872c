/**
 * Receivables: a deal's payment terms (instalments with amount, due date and
 * invoice number) given as deal data through the API, paid by the accounting
 * import's settlements, watched while unpaid by one workflow per instalment
 * that reminds the owner at the due time and then escalates along the
 * regulation's chain; analytics sum what is overdue by manager and company.
 *
 * @module
 */
import { WorkflowNotFoundError } from '@temporalio/client';
import { DomainError } from '../regulation/errors.js';
import type { Instalment } from '../storage/receivables.repo.js';
import { receivableChangedSignal, receivableWorkflowId } from '../workflows/receivable.definitions.js';
import { visibleDeal, visibleOwners, type Principal } from './access.js';
import type { AppContext } from './context.js';

export interface PaymentTerms {
  instalments: Array<{ invoiceNumber: string; amount: number; dueAt: string }>;
}

const invalid = (pointer: string, message: string) =>
  new DomainError('VALIDATION_FAILED', `request body is invalid: ${pointer} ${message}`, {
    details: { errors: [{ pointer, message }] },
  });

/** Starts the watch of an instalment, or wakes the one running (the terms changed). */
async function watch(ctx: AppContext, dealId: string, invoiceNumber: string): Promise<void> {
  await ctx.temporal.workflow.signalWithStart('receivableWorkflow', {
    workflowId: receivableWorkflowId(dealId, invoiceNumber),
    taskQueue: ctx.taskQueue,
    args: [{ dealId, invoiceNumber }],
    signal: receivableChangedSignal,
    signalArgs: [],
  });
}

/**
 * Sets a deal's payment terms (replacing unpaid instalments of the same
 * invoice numbers; a paid one stays as it was paid) and watches each unpaid
 * instalment. Answers every instalment of the deal.
 */
export async function setPaymentTerms(
  ctx: AppContext,
  me: Principal,
  dealId: string,
  terms: PaymentTerms,
): Promise<Instalment[]> {
  const deal = await visibleDeal(ctx, me, dealId);
  const seen = new Set<string>();
  terms.instalments.forEach((i, n) => {
    if (seen.has(i.invoiceNumber)) throw invalid(`/instalments/${n}/invoiceNumber`, 'repeats an earlier instalment');
    seen.add(i.invoiceNumber);
    if (Number.isNaN(Date.parse(i.dueAt))) throw invalid(`/instalments/${n}/dueAt`, 'is not a date-time');
  });
  await ctx.receivables.setTerms(
    deal.id,
    terms.instalments.map((i) => ({ ...i, dueAt: new Date(i.dueAt).toISOString() })),
    me.id,
  );
  const all = await ctx.receivables.list(deal.id);
  for (const i of all) if (!i.paidAt && seen.has(i.invoiceNumber)) await watch(ctx, deal.id, i.invoiceNumber);
  await ctx.audit.record(me.id, 'receivables.set', `deal:${deal.id}`, {
    instalments: terms.instalments.map((i) => i.invoiceNumber),
  });
  return all;
}

export async function receivablesOf(ctx: AppContext, me: Principal, dealId: string): Promise<Instalment[]> {
  const deal = await visibleDeal(ctx, me, dealId);
  return ctx.receivables.list(deal.id);
}

/**
 * A settlement paid an invoice: its instalment is marked paid and its watch
 * woken, which ends it and its pending escalation. A settlement for an
 * invoice without terms, or seen again, changes nothing.
 */
export async function settleReceivable(
  ctx: AppContext,
  s: { dealId: string; invoiceNumber: string; settlementId: string },
  at = new Date(),
): Promise<boolean> {
  if (!(await ctx.receivables.markPaid(s.dealId, s.invoiceNumber, s.settlementId, at))) return false;
  try {
    await ctx.temporal.workflow
      .getHandle(receivableWorkflowId(s.dealId, s.invoiceNumber))
      .signal(receivableChangedSignal);
  } catch (error) {
    // The watch had ended (its chain spent): nothing is pending to cancel.
    if (!(error instanceof WorkflowNotFoundError)) throw error;
  }
  return true;
}

/** Unpaid instalments past their due date, by manager and by company, as far as the principal sees. */
export async function overdueReceivables(ctx: AppContext, me: Principal, now = new Date()) {
  const owners = await visibleOwners(ctx, me);
  return { asOf: now.toISOString(), ...(await ctx.receivables.overdue(now, owners)) };
}
