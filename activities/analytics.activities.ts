/**
 * The win model's refit, run by `winModelWorkflow` on its Temporal schedule.
 *
 * @module
 */
import { ApplicationFailure } from '@temporalio/activity';
import { refitWinModel } from '../app/analytics.js';
import type { AppContext } from '../app/context.js';
import type { AnalyticsActivities } from '../domain/activities.contract.js';

export function createAnalyticsActivities(deps: { app?: AppContext }): AnalyticsActivities {
  return {
    async refreshWinModel() {
      if (!deps.app) {
        throw ApplicationFailure.nonRetryable('the use cases are not configured on this worker', 'NOT_CONFIGURED');
      }
      return refitWinModel(deps.app);
    },
  };
}
