/**
 * Telling a deal's refusal from a passing failure, for steps that act on many
 * deals: a refusal (the deal's workflow rejected the Update, has no running
 * workflow, or a use case refused) is that deal's outcome; anything else
 * (Temporal or PostgreSQL unreachable) passes and is retried.
 *
 * @module
 */
import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { DomainError } from '../regulation/errors.js';
import type { JobDealOutcome } from '../storage/jobs.repo.js';

/** What one step of a bulk job did to one deal. */
export type DealStepOutcome = JobDealOutcome;

/**
 * The refusal's code and reason, or undefined when the error should be
 * retried. The code of a refused Update is its validator's rejection type
 * (EXIT_BLOCKED, TASK_NOT_OPEN…), `UPDATE_FAILED` when it has none.
 */
export function refusal(error: unknown): { code: string; reason: string } | undefined {
  if (error instanceof WorkflowUpdateFailedError) {
    const type = error.cause instanceof ApplicationFailure ? error.cause.type : undefined;
    return { code: type || 'UPDATE_FAILED', reason: error.cause?.message ?? error.message };
  }
  if (error instanceof WorkflowNotFoundError)
    return { code: 'DEAL_NOT_FOUND', reason: 'the deal has no running workflow' };
  if (error instanceof DomainError) return { code: error.code, reason: error.message };
  return undefined;
}

/** The refusal's reason, or undefined when the error should be retried. */
export function refusalOf(error: unknown): string | undefined {
  return refusal(error)?.reason;
}
