/**
 * Who may see what. Directors and admins see everything; a head sees the
 * deals of their department's people; a manager sees only their own deals and
 * tasks. Asking for something one may not see fails exactly as if it did not
 * exist, so nothing leaks.
 *
 * @module
 */
import { DomainError } from '../regulation/errors.js';
import type { DealRow, TaskRow } from '../storage/deals.repo.js';
import type { AppContext } from './context.js';

export type Role = 'director' | 'head' | 'manager' | 'admin' | 'integration';

/** The signed-in person or integration a use case acts for. */
export interface Principal {
  id: string;
  role: Role;
  department: string | null;
}

export const PEOPLE: Role[] = ['director', 'head', 'manager', 'admin'];

/** The owners whose deals a principal sees: all (undefined), a department's people, or only themselves. */
export async function visibleOwners(ctx: AppContext, p: Principal): Promise<string[] | undefined> {
  if (p.role === 'director' || p.role === 'admin') return undefined;
  if (p.role === 'head') {
    const team = (await ctx.managers.list())
      .filter((m) => m.department !== null && m.department === p.department)
      .map((m) => m.id);
    return [...new Set([p.id, ...team])];
  }
  return [p.id];
}

/**
 * The deal if the principal may see it (theirs, their team's, one they handed
 * over and follow, or any for a director); DEAL_NOT_FOUND otherwise, as for a
 * deal that does not exist.
 */
export async function visibleDeal(ctx: AppContext, p: Principal, id: string): Promise<DealRow> {
  const deal = await ctx.deals.getDeal(id);
  const owners = await visibleOwners(ctx, p);
  const seen = deal && (!owners || owners.includes(deal.owner) || (await ctx.deals.isParticipant(id, p.id)));
  if (!seen) throw new DomainError('DEAL_NOT_FOUND', `deal "${id}" not found`);
  return deal;
}

/** The task if the principal may see it (their own, their team's, or any for a director). */
export async function visibleTask(ctx: AppContext, p: Principal, id: string): Promise<TaskRow> {
  const task = await ctx.deals.getTask(id);
  const owners = await visibleOwners(ctx, p);
  if (!task || (owners && !owners.includes(task.assignee)))
    throw new DomainError('TASK_NOT_FOUND', `task "${id}" not found`);
  return task;
}
