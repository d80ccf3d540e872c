/**
 * Who may see and do what. Directors and admins see everything; a head sees
 * the deals of their department's people; a manager sees only their own deals
 * and tasks. Asking for something one may not see answers 404, exactly as if
 * it did not exist, so nothing leaks. Integrations may only hand in events.
 *
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono';
import { DomainError } from '../regulation/errors.js';
import type { DealRow } from '../storage/deals.repo.js';
import type { ApiDeps, AppEnv, Principal, Role } from './deps.js';

export function allow(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const p = c.get('principal');
    if (!roles.includes(p.role))
      throw new DomainError('FORBIDDEN', `a ${p.role} may not ${c.req.method} ${c.req.path}`);
    await next();
  };
}

export const PEOPLE: Role[] = ['director', 'head', 'manager', 'admin'];

/** The owners whose deals a principal sees: all (undefined), a department's people, or only themselves. */
export async function visibleOwners(deps: ApiDeps, p: Principal): Promise<string[] | undefined> {
  if (p.role === 'director' || p.role === 'admin') return undefined;
  if (p.role === 'head') {
    const team = (await deps.managers.list())
      .filter((m) => m.department !== null && m.department === p.department)
      .map((m) => m.id);
    return [...new Set([p.id, ...team])];
  }
  return [p.id];
}

/** The deal if the caller may see it; 404 otherwise, as for a deal that does not exist. */
export async function visibleDeal(deps: ApiDeps, c: Context<AppEnv>, id: string): Promise<DealRow> {
  const deal = await deps.deals.getDeal(id);
  const owners = await visibleOwners(deps, c.get('principal'));
  if (!deal || (owners && !owners.includes(deal.owner)))
    throw new DomainError('DEAL_NOT_FOUND', `deal "${id}" not found`);
  return deal;
}
