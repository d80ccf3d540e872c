/**
 * Maps every failure to RFC 9457 problem+json. Known codes get their status;
 * anything else is a 500 with a generic message (the stack stays in the log).
 *
 * @module
 */
import {
  ApplicationFailure,
  ServiceError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DomainError, RegulationInvalidError } from '../regulation/errors.js';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  MALFORMED_JSON: 400,
  BAD_REQUEST: 400,
  DEAL_NOT_FOUND: 404,
  TASK_NOT_FOUND: 404,
  TASK_UNKNOWN: 404,
  REGULATION_NOT_FOUND: 404,
  JOB_NOT_FOUND: 404,
  NOT_FOUND: 404,
  DEAL_CLOSED: 409,
  CONFLICT: 409,
  EVENT_NOT_ALLOWED: 409,
  TASK_NOT_OPEN: 409,
  MIGRATION_UNMAPPED: 409,
  MIGRATION_INVALID: 422,
  VALIDATION_FAILED: 422,
  REGULATION_INVALID: 422,
  FIELD_INVALID: 422,
  EXIT_BLOCKED: 422,
  OUTCOME_INVALID: 422,
  LOSS_REASON_REQUIRED: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  TEMPORAL_UNAVAILABLE: 503,
  DATABASE_UNAVAILABLE: 503,
};

const TITLE: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Content too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  422: 'Unprocessable content',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: Array<{ pointer: string; message: string; line?: number; column?: number }>;
  [extension: string]: unknown;
}

export function problem(code: string, detail: string, extra: Partial<Problem> = {}): Problem {
  const status = STATUS[code] ?? 500;
  return {
    type: `https://reglament.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLE[status] ?? 'Error',
    status,
    detail,
    code,
    ...extra,
  };
}

/** postgres.js's connection failures and PostgreSQL's "shutting down / not accepting" states. */
const DATABASE_OUTAGE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08006', // connection_failure
]);

function isDatabaseOutage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DATABASE_OUTAGE.has(code);
}

/** Converts any thrown value into a problem; logs what the caller must not see. */
export function toProblem(error: unknown, log: (e: unknown) => void): Problem {
  if (error instanceof RegulationInvalidError) return problem(error.code, error.message, { errors: error.issues });
  if (error instanceof DomainError) {
    return problem(error.code, error.message, error.options.details ?? {});
  }
  if (
    error instanceof WorkflowUpdateFailedError &&
    error.cause instanceof ApplicationFailure &&
    error.cause.type &&
    STATUS[error.cause.type]
  ) {
    const details = error.cause.details?.[0];
    return problem(
      error.cause.type,
      error.cause.message,
      details && typeof details === 'object' ? (details as Record<string, unknown>) : {},
    );
  }
  if (error instanceof WorkflowNotFoundError) return problem('DEAL_NOT_FOUND', 'the deal has no running workflow');
  // Outages are the server's, not the caller's: 503, and the same request may be sent again.
  if (error instanceof ServiceError || error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
    return problem(
      'TEMPORAL_UNAVAILABLE',
      'the workflow service is unreachable; nothing was changed, try again shortly',
    );
  }
  if (isDatabaseOutage(error)) {
    return problem('DATABASE_UNAVAILABLE', 'the database is unreachable; nothing was changed, try again shortly');
  }
  if (error instanceof HTTPException) {
    const code = error.status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
    return {
      ...problem(code, error.message || TITLE[error.status] || 'error'),
      status: error.status,
      title: TITLE[error.status] ?? 'Error',
    };
  }
  log(error);
  return problem('INTERNAL', 'an unexpected error occurred; it has been logged');
}

export function sendProblem(c: Context, p: Problem): Response {
  return c.body(JSON.stringify(p), p.status as 400, {
    'content-type': 'application/problem+json',
    // An outage passes, a budget refills: say when to try again.
    ...(p.status === 503 ? { 'retry-after': '2' } : {}),
    ...(p.status === 429 && typeof p.retryAfter === 'number' ? { 'retry-after': String(p.retryAfter) } : {}),
  });
}
