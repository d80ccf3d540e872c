/**
 * One bulk job, one workflow (`reglament-job-<id>`): migrating running deals
 * to a newer regulation version, or handing a deactivated person's deals to
 * the assignment rules. It lists the deals once, then acts on them one by one
 * through an activity per deal, each idempotent (the deal's Update carries an
 * id derived from the job and the deal, and a deal already handled is not
 * touched again), so a retried or replayed step never applies twice. Every
 * step records its outcome and the job's counts in PostgreSQL, which the API
 * reads; the same counts answer the `jobProgress` query. It continues as new
 * every `continueEvery` deals to keep its history bounded, and stores the
 * report at the end.
 *
 * A worker that dies mid-job loses nothing: its step is retried (the
 * heartbeat stops, the activity times out) and another worker resumes the
 * workflow from its history.
 *
 * @module
 */
import { continueAsNew, log, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities, JobCounts } from '../domain/activities.contract.js';
import { jobProgressQuery, type BulkJobInput, type BulkJobProgress } from './definitions.js';

const DEFAULT_CONTINUE_EVERY = 100;
const BATCH = 50;

// Listing and finishing are retried until they succeed; a refusal (the
// regulation version or person is gone) is non-retryable and fails the job.
const { prepareBulkJob, nextBulkJobDeals, failBulkJobDeal, finishBulkJob } = proxyActivities<Activities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

// One deal: a worker that dies holding it stops heartbeating and the step is
// retried elsewhere within seconds. A deal whose step keeps failing is
// recorded as failed and the job goes on.
const { runBulkJobStep } = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  heartbeatTimeout: '10 seconds',
  retry: {
    initialInterval: '500 milliseconds',
    backoffCoefficient: 2,
    maximumInterval: '30 seconds',
    maximumAttempts: 10,
  },
});

function reason(error: unknown): string {
  const e = error as { cause?: { message?: string }; message?: string };
  return e?.cause?.message ?? e?.message ?? String(error);
}

export async function bulkJobWorkflow(input: BulkJobInput): Promise<BulkJobProgress> {
  const every = Math.max(1, input.continueEvery ?? DEFAULT_CONTINUE_EVERY);
  const progress: BulkJobProgress = {
    jobId: input.jobId,
    kind: input.job.kind,
    phase: input.resume ? 'acting' : 'listing',
    current: null,
    run: (input.resume?.runs ?? 0) + 1,
    ...(input.resume?.counts ?? { status: 'running', total: input.job.total, done: 0, failed: 0 }),
  };
  const update = (counts: JobCounts) => Object.assign(progress, counts);
  setHandler(jobProgressQuery, () => ({ ...progress }));

  if (!input.resume) {
    try {
      update(await prepareBulkJob({ jobId: input.jobId, job: input.job }));
    } catch (error) {
      progress.phase = 'finishing';
      update(await finishBulkJob({ jobId: input.jobId, error: reason(error) }));
      progress.phase = 'finished';
      log.warn('bulk job failed', { jobId: input.jobId, error: reason(error) });
      return { ...progress };
    }
  }

  progress.phase = 'acting';
  let acted = 0;
  for (;;) {
    const batch = await nextBulkJobDeals({ jobId: input.jobId, limit: Math.min(BATCH, every - acted) });
    if (batch.length === 0) break;
    for (const dealId of batch) {
      progress.current = dealId;
      try {
        update(await runBulkJobStep({ jobId: input.jobId, dealId }));
      } catch (error) {
        update(await failBulkJobDeal({ jobId: input.jobId, dealId, error: reason(error) }));
      }
      acted++;
    }
    progress.current = null;
    if (acted >= every || workflowInfo().continueAsNewSuggested) {
      const counts: JobCounts = {
        status: progress.status,
        total: progress.total,
        done: progress.done,
        failed: progress.failed,
      };
      log.info('bulk job continuing as new', { jobId: input.jobId, ...counts, run: progress.run });
      await continueAsNew<typeof bulkJobWorkflow>({ ...input, resume: { counts, runs: progress.run } });
    }
  }

  progress.phase = 'finishing';
  update(await finishBulkJob({ jobId: input.jobId }));
  progress.phase = 'finished';
  log.info('bulk job finished', { jobId: input.jobId, done: progress.done, failed: progress.failed });
  return { ...progress };
}
