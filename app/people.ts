/**
 * People: managers, heads, directors and admins. Saving someone is audited;
 * deactivation ends their access at once and hands their open deals to the
 * regulation's assignment rules, deal by deal through each deal's workflow,
 * within a deactivation job (`app/jobs.ts`).
 *
 * @module
 */
import { DomainError } from '../regulation/errors.js';
import type { ManagerInput, ManagerRow } from '../storage/managers.repo.js';
import { dealWorkflowId, reassignUpdate } from '../workflows/definitions.js';
import type { AppContext } from './context.js';
import { refusalOf, type DealStepOutcome } from './refusal.js';

export async function person(ctx: AppContext, id: string): Promise<ManagerRow> {
  const m = await ctx.managers.get(id);
  if (!m) throw new DomainError('NOT_FOUND', `manager "${id}" not found`);
  return m;
}

export async function savePerson(ctx: AppContext, input: ManagerInput, actor: string): Promise<ManagerRow> {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: input.timezone ?? 'Europe/Moscow' });
  } catch {
    throw new DomainError('VALIDATION_FAILED', `unknown time zone "${input.timezone}"`, {
      details: { errors: [{ pointer: '/timezone', message: 'unknown time zone' }] },
    });
  }
  const saved = await ctx.managers.upsert(input);
  await ctx.audit.record(actor, 'user.saved', `user:${saved.id}`, saved);
  return saved;
}

/** The report of a deactivation job: who took which deal, and what could not be handed over. */
export interface Deactivation {
  manager: string;
  active: false;
  reassigned: Array<{ dealId: string; owner: string }>;
  failed: Array<{ dealId: string; error: string }>;
}

/** Ends the person's access to new work at once (audited); their deals are handed over by a job (`app/jobs.ts`). */
export async function deactivate(ctx: AppContext, id: string, actor: string): Promise<void> {
  if (!(await ctx.managers.setActive(id, false))) throw new DomainError('NOT_FOUND', `manager "${id}" not found`);
  await ctx.audit.record(actor, 'user.deactivated', `user:${id}`);
}

/**
 * One deal of a deactivated person, handed to the assignment rules once: a
 * deal that is no longer theirs (a retried or replayed step, or a deal
 * reassigned meanwhile) counts as done and is not touched; otherwise the
 * deal's Update carries `updateId`, so a repeated call while the first is in
 * flight joins it. A refusal (a closed deal) is the deal's failure; any other
 * error is thrown, to be retried.
 */
export async function reassignDealOnce(
  ctx: AppContext,
  r: { manager: string; actor: string },
  dealId: string,
  updateId: string,
): Promise<DealStepOutcome> {
  const deal = await ctx.deals.getDeal(dealId);
  if (!deal) return { status: 'failed', error: `deal "${dealId}" not found` };
  if (deal.owner !== r.manager) return { status: 'done', result: { owner: deal.owner } };
  try {
    const moved = await ctx.temporal.workflow.getHandle(dealWorkflowId(deal.id)).executeUpdate(reassignUpdate, {
      updateId,
      args: [{ actor: r.actor, reason: `manager ${r.manager} deactivated` }],
    });
    return { status: 'done', result: { owner: moved.owner } };
  } catch (error) {
    const refused = refusalOf(error);
    if (refused === undefined) throw error;
    return { status: 'failed', error: refused };
  }
}
