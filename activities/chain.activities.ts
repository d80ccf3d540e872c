/**
 * Chained regulations: the activity a closing deal's workflow runs to start
 * the company's next deal (`app/chain.ts`), idempotent by the successor's id.
 *
 * @module
 */
import { ApplicationFailure, log } from '@temporalio/activity';
import { startSuccessor } from '../app/chain.js';
import type { AppContext } from '../app/context.js';
import type { ChainActivities } from '../domain/activities.contract.js';
import { DomainError } from '../regulation/errors.js';

export function createChainActivities(deps: { app?: AppContext }): ChainActivities {
  return {
    async startSuccessorDeal(input) {
      if (!deps.app) {
        throw ApplicationFailure.nonRetryable('the use cases are not configured on this worker', 'NOT_CONFIGURED');
      }
      // The regulation's own refusals (a field, a company) would refuse every retry: answered, not retried.
      const result = await startSuccessor(deps.app, input).catch((error: unknown) => {
        if (error instanceof DomainError) return { successorId: null, error: `${error.code}: ${error.message}` };
        throw error;
      });
      if (result.successorId === null) log.warn('next regulation not started', { dealId: input.dealId, ...result });
      return result;
    },
  };
}
