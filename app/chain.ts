/**
 * The client's next deal: when a deal closes in a final stage with `next`,
 * its workflow asks this use case (through an activity) to start the next
 * regulation for the same company, carrying the fields that regulation
 * `takes`, and to link the two deals. Idempotent: the successor's id derives
 * from the predecessor and the regulation, so a retried close finds the deal
 * the first attempt started.
 *
 * @module
 */
import { carriedFields, successorKey, type NextRegulation } from '../regulation/chain.js';
import { fieldProblems, type FieldValues } from '../regulation/deal-state.js';
import { LOSS_FIELDS } from '../regulation/types.js';
import type { DealChain } from '../storage/chain.repo.js';
import type { AppContext } from './context.js';
import { startDeal } from './deals.js';

export interface SuccessorRequest {
  dealId: string;
  next: NextRegulation;
  /** The predecessor's final stage and fields, as its workflow holds them. */
  stage: string;
  fields: FieldValues;
}

export type SuccessorResult = { successorId: string } | { successorId: null; error: string };

/** Starts (once) the deal a closed deal's `next` names and links the two. */
export async function startSuccessor(ctx: AppContext, r: SuccessorRequest): Promise<SuccessorResult> {
  const before = await ctx.deals.getDeal(r.dealId);
  if (!before) return { successorId: null, error: `deal ${r.dealId} not found` };
  const pinned = await ctx.regulations.get(r.next.regulation);
  // A regulation named but never published: the close stands; the refusal is the activity's answer and logged.
  if (!pinned) return { successorId: null, error: `regulation "${r.next.regulation}" not found` };
  const fields = carriedFields(r.fields, pinned.regulation.takes, (one) =>
    fieldProblems(pinned.regulation, one as FieldValues),
  );
  const successorId = await startDeal(
    ctx,
    { regulationId: pinned.regulation.id, owner: before.owner, client: before.client as { name: string }, fields },
    {
      idempotencyKey: successorKey(r.dealId, pinned.regulation.id),
      actor: 'system:chain',
      invalidInn: 'ignore',
      ...(before.companyId ? { companyId: before.companyId } : {}),
    },
  );
  const reason = r.fields[LOSS_FIELDS.reason];
  await ctx.chains.link({
    predecessorId: r.dealId,
    successorId,
    regulationId: pinned.regulation.id,
    stage: r.stage,
    reason: typeof reason === 'string' ? reason : null,
  });
  return { successorId };
}

/** Where a deal came from and what it started; empty for a deal outside any chain. */
export function dealChain(ctx: AppContext, dealId: string): Promise<DealChain> {
  return ctx.chains.chainOf(dealId);
}
