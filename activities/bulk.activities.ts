/**
 * The steps of a bulk job's workflow (a migration, a deactivation's
 * reassignments), each calling its use case (`app/jobs.ts`). Every step is
 * idempotent: the deals are listed once, each deal is acted on once, the
 * report is stored once. A refusal of the job itself (its regulation version
 * is gone) is non-retryable and fails the job; anything passing is retried.
 *
 * @module
 */
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { AppContext } from '../app/context.js';
import { failJobDeal, finishJob, nextJobDeals, prepareJob, runJobStep } from '../app/jobs.js';
import type { BulkJobActivities } from '../domain/activities.contract.js';
import { DomainError } from '../regulation/errors.js';

/** How often a step tells Temporal it is alive; the workflow's heartbeat timeout is a few times this. */
const HEARTBEAT_MS = 2_000;

export function createBulkJobActivities(deps: { app?: AppContext }): BulkJobActivities {
  const app = (): AppContext => {
    // Retryable: a worker with the use cases configured may take the step.
    if (!deps.app) throw new Error('bulk jobs are not configured on this worker (no use-case context)');
    return deps.app;
  };
  const refusing = async <T>(step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (error) {
      if (error instanceof DomainError) throw ApplicationFailure.nonRetryable(error.message, error.code);
      throw error;
    }
  };

  return {
    prepareBulkJob: ({ jobId, job }) => refusing(() => prepareJob(app(), jobId, job)),

    nextBulkJobDeals: ({ jobId, limit }) => nextJobDeals(app(), jobId, limit),

    async runBulkJobStep({ jobId, dealId }) {
      // The step may wait on the deal's workflow; heartbeats let a dead worker's step be retried in seconds.
      const activity = Context.current();
      const beat = setInterval(() => activity.heartbeat(), HEARTBEAT_MS);
      try {
        return await refusing(() => runJobStep(app(), jobId, dealId));
      } finally {
        clearInterval(beat);
      }
    },

    failBulkJobDeal: ({ jobId, dealId, error }) => failJobDeal(app(), jobId, dealId, error),

    finishBulkJob: ({ jobId, error }) => refusing(() => finishJob(app(), jobId, error)),
  };
}
