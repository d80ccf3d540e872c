/**
 * Telling a deal's refusal from a passing failure, for steps that act on many
 * deals: a refusal (the deal's workflow rejected the Update, has no running
 * workflow, or a use case refused) is that deal's outcome; anything else
 * (Temporal or PostgreSQL unreachable) passes and is retried.
 *
 * @module
 */
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { DomainError } from '../regulation/errors.js';
import type { JobDealOutcome } from '../storage/jobs.repo.js';

/** What one step of a bulk job did to one deal. */
export type DealStepOutcome = JobDealOutcome;

/** The refusal's reason, or undefined when the error should be retried. */
export function refusalOf(error: unknown): string | undefined {
  if (error instanceof WorkflowUpdateFailedError) return error.cause?.message ?? error.message;
  if (error instanceof WorkflowNotFoundError) return 'the deal has no running workflow';
  if (error instanceof DomainError) return error.message;
  return undefined;
}
