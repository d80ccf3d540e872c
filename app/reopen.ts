/**
 * Reopening a closed deal by an audited override: its workflow has ended,
 * so the deal's last state is read from it (a query, answered by replaying
 * the finished run) and the workflow starts again under the same id with
 * that state and the reopening (`workflows/override.ts`). The new run enters
 * the chosen stage first, with its tasks and timers, and writes the next seq.
 *
 * Idempotent: a second reopen racing the first finds the workflow running
 * and is refused; a repeated request after it sees an open deal and is an
 * ordinary override (refused if the deal is already in that stage).
 *
 * @module
 */
import { WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { DomainError } from '../regulation/errors.js';
import { dealReadyUpdate, dealWorkflowId, SEARCH_ATTRIBUTES } from '../workflows/definitions.js';
import type { dealWorkflow } from '../workflows/deal.workflow.js';
import { dealResumeQuery, reopenRefusal, type OverrideResult, type ReopenArgs } from '../workflows/override.js';
import type { AppContext } from './context.js';

export async function reopenDeal(ctx: AppContext, dealId: string, args: ReopenArgs): Promise<OverrideResult> {
  const handle = ctx.temporal.workflow.getHandle(dealWorkflowId(dealId));
  const last = await handle.query(dealResumeQuery);
  if (!last.resume) throw new Error(`deal "${dealId}" has no state to reopen from`);
  const refusal = reopenRefusal(last.regulation, args.stage);
  if (refusal) throw new DomainError('EVENT_NOT_ALLOWED', refusal, { details: { field: '/stage' } });
  try {
    const moved = await ctx.temporal.workflow.executeUpdateWithStart(dealReadyUpdate, {
      startWorkflowOperation: new WithStartWorkflowOperation<typeof dealWorkflow>('dealWorkflow', {
        workflowId: dealWorkflowId(dealId),
        taskQueue: ctx.taskQueue,
        args: [{ ...last, actor: args.actor, reopen: args }],
        // A closed run may be followed by a new one; a running one is not replaced.
        workflowIdReusePolicy: 'ALLOW_DUPLICATE',
        workflowIdConflictPolicy: 'FAIL',
        searchAttributes: {
          ...(last.owner ? { [SEARCH_ATTRIBUTES.owner]: [last.owner] } : {}),
          [SEARCH_ATTRIBUTES.regulation]: [`${last.regulation.id}@${last.regulationVersion}`],
          [SEARCH_ATTRIBUTES.stage]: [args.stage],
        },
      }),
    });
    return moved as OverrideResult;
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError)
      throw new DomainError('CONFLICT', `deal "${dealId}" is being reopened already`);
    throw error;
  }
}
