/**
 * People: managers, heads, directors and admins. Saving someone is audited;
 * deactivation ends their access at once and hands their open deals to the
 * regulation's assignment rules, deal by deal through each deal's workflow.
 *
 * @module
 */
import { DomainError } from '../regulation/errors.js';
import type { ManagerInput, ManagerRow } from '../storage/managers.repo.js';
import { dealWorkflowId, reassignUpdate } from '../workflows/definitions.js';
import type { AppContext } from './context.js';

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

export interface Deactivation {
  manager: string;
  active: false;
  reassigned: Array<{ dealId: string; owner: string }>;
  failed: Array<{ dealId: string; error: string }>;
}

/** Ends the person's access to new work and reassigns their open deals through each deal's workflow. */
export async function deactivatePerson(ctx: AppContext, id: string, actor: string): Promise<Deactivation> {
  if (!(await ctx.managers.setActive(id, false))) throw new DomainError('NOT_FOUND', `manager "${id}" not found`);
  await ctx.audit.record(actor, 'user.deactivated', `user:${id}`);
  const open = await ctx.deals.listDeals({ owner: id, status: 'active', limit: 10_000 });
  const result: Deactivation = { manager: id, active: false, reassigned: [], failed: [] };
  for (const deal of open) {
    try {
      const r = await ctx.temporal.workflow
        .getHandle(dealWorkflowId(deal.id))
        .executeUpdate(reassignUpdate, { args: [{ actor, reason: `manager ${id} deactivated` }] });
      result.reassigned.push({ dealId: deal.id, owner: r.owner });
    } catch (error) {
      result.failed.push({ dealId: deal.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}
