/**
 * Unsticking a deal, audited: a director, or a head for their department,
 * moves a deal to another stage past its exit checks with a mandatory
 * reason (`workflows/override.ts`); a closed deal is reopened at the stage
 * (`app/reopen.ts`). The override is a fact in the deal's log
 * and a line in the audit, naming the checks it went past.
 *
 * @module
 */
import { DomainError } from '../regulation/errors.js';
import { dealWorkflowId } from '../workflows/definitions.js';
import { overrideUpdate, skipTaskUpdate, type OverrideResult, type SkipTaskResult } from '../workflows/override.js';
import { visibleDeal, type Principal } from './access.js';
import { reopenDeal } from './reopen.js';
import type { AppContext } from './context.js';

function mayOverride(me: Principal): void {
  if (me.role !== 'director' && me.role !== 'head')
    throw new DomainError('FORBIDDEN', `a ${me.role} may not override the regulation`);
}

export async function overrideDeal(
  ctx: AppContext,
  me: Principal,
  id: string,
  body: { stage: string; reason: string },
): Promise<OverrideResult> {
  mayOverride(me);
  // A head sees (and so may override) only their department's deals; others answer 404.
  const deal = await visibleDeal(ctx, me, id);
  const args = { stage: body.stage, reason: body.reason, actor: me.id };
  const result =
    deal.status !== 'active'
      ? await reopenDeal(ctx, deal.id, args)
      : await ctx.temporal.workflow.getHandle(dealWorkflowId(deal.id)).executeUpdate(overrideUpdate, { args: [args] });
  await ctx.audit.record(me.id, 'deal.overridden', `deal:${deal.id}`, {
    fromStage: deal.stage,
    toStage: result.stage,
    reason: body.reason,
    guards: result.overridden,
  });
  return result;
}

/** Skips one open task of the deal's current stage, past its exit check, with a reason. */
export async function skipTask(
  ctx: AppContext,
  me: Principal,
  id: string,
  body: { task: string; reason: string },
): Promise<SkipTaskResult> {
  mayOverride(me);
  const deal = await visibleDeal(ctx, me, id);
  if (deal.status !== 'active') throw new DomainError('DEAL_CLOSED', `deal "${deal.id}" is closed (${deal.status})`);
  const result = await ctx.temporal.workflow
    .getHandle(dealWorkflowId(deal.id))
    .executeUpdate(skipTaskUpdate, { args: [{ task: body.task, reason: body.reason, actor: me.id }] });
  await ctx.audit.record(me.id, 'task.skipped', `deal:${deal.id}`, {
    stage: deal.stage,
    task: body.task,
    reason: body.reason,
    guards: result.overridden,
  });
  return result;
}
