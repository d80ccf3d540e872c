/**
 * The one error base of the project: a string code, whether the caller is at
 * fault, and an optional cause. The API maps codes to HTTP statuses; activities
 * turn non-retryable ones into `ApplicationFailure.nonRetryable`.
 *
 * @module
 */
import type { RegulationIssue } from './issues.js';

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly options: { userError?: boolean; cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
  }
  get userError(): boolean {
    return this.options.userError ?? true;
  }
}

export class RegulationInvalidError extends DomainError {
  constructor(
    readonly issues: RegulationIssue[],
    readonly sourceName?: string,
  ) {
    super(
      'REGULATION_INVALID',
      `regulation${sourceName ? ' ' + sourceName : ''} is invalid: ${issues.length} problem${issues.length === 1 ? '' : 's'}`,
    );
  }
}

/** Exhaustiveness check for `switch` statements over unions. */
export function assertUnreachable(x: never): never {
  throw new Error(`unreachable: ${JSON.stringify(x)}`);
}
