/**
 * The step after a deal's last one: when it closed in a final stage with
 * `next`, the company's next deal starts (`regulation/chain.ts`). A regular
 * activity, retried until it answers: the successor's id derives from this
 * deal and the regulation, so retries (and a replayed close) start one deal.
 * Deals whose regulation has no `next` schedule nothing, so their histories
 * replay as before.
 *
 * @module
 */
import { log, proxyActivities } from '@temporalio/workflow';
import type { ChainActivities } from '../domain/activities.contract.js';
import { successorOf } from '../regulation/chain.js';
import type { DealRun } from './deal-run.js';

const { startSuccessorDeal } = proxyActivities<ChainActivities>({
  // Starting a deal waits for its first stage in the read model.
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Starts the next regulation's deal if the final stage names one; its id, or null. */
export async function startNextDeal(run: DealRun): Promise<string | null> {
  const next = successorOf(run.regulation, run.stage, run.context.fields);
  if (!next) return null;
  try {
    const { successorId, error } = await startSuccessorDeal({
      dealId: run.dealId,
      next,
      stage: run.stage,
      fields: run.context.fields,
    });
    log.info('next deal', { dealId: run.dealId, regulation: next.regulation, successorId, error });
    return successorId;
  } catch (error) {
    // Only a refusal that retrying cannot cure ends here (a worker without the use cases): the deal's close stands.
    log.warn('next deal not started', { dealId: run.dealId, regulation: next.regulation, error: String(error) });
    return null;
  }
}
