import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Principal } from '../app/access.js';
import type { RateLimits } from '../app/rate-limits.js';
import { createAppContext, type AppContext } from '../app/context.js';
import type { Sql } from '../storage/db.js';
import { rateLimitStore, type RateLimitStore } from '../storage/rate-limits.repo.js';

export type { Principal, Role } from '../app/access.js';

/** The use cases' context plus what only HTTP needs. */
export interface ApiDeps extends AppContext {
  /** Signs and checks people's tokens (HS256). */
  jwtSecret: string;
  /** During a rotation, the secret before `jwtSecret`: tokens it signed still count (`REGLAMENT_JWT_SECRET_PREVIOUS`). */
  jwtPreviousSecret?: string;
  /** Where the request budgets' counters live (PostgreSQL, shared by every API process). */
  rateLimitStore: RateLimitStore;
  /** Budgets other than `DEFAULT_RATE_LIMITS` (`runtime/config.ts` reads them from the environment). */
  rateLimits?: Partial<RateLimits>;
  /** Where unexpected errors go; never to the caller. */
  logError?: (error: unknown) => void;
  /** One line per request (method, route, status, latency, actor, request id). */
  log?: Logger;
  /** Request bodies larger than this are refused with 413 (default 1 MiB; `REGLAMENT_BODY_LIMIT`). */
  maxBodyBytes?: number;
  /** Where the web workspace's built files are (default `web/dist`). */
  webDist?: string;
}

/** The API's dependencies over one PostgreSQL client. */
export function apiDeps(
  sql: Sql,
  temporal: Client,
  taskQueue: string,
  jwtSecret: string,
  extra: Partial<
    Pick<
      ApiDeps,
      | 'plugins'
      | 'historyLimit'
      | 'intakeTimeoutMs'
      | 'intakeLeaseMs'
      | 'jobContinueEvery'
      | 'webhookPolicy'
      | 'logError'
      | 'maxBodyBytes'
      | 'log'
      | 'rateLimits'
      | 'jwtPreviousSecret'
    >
  > = {},
): ApiDeps {
  return {
    ...createAppContext(sql, temporal, taskQueue, extra),
    jwtSecret,
    ...(extra.jwtPreviousSecret ? { jwtPreviousSecret: extra.jwtPreviousSecret } : {}),
    rateLimitStore: rateLimitStore(sql),
    ...(extra.rateLimits ? { rateLimits: extra.rateLimits } : {}),
    ...(extra.logError ? { logError: extra.logError } : {}),
    ...(extra.maxBodyBytes ? { maxBodyBytes: extra.maxBodyBytes } : {}),
    ...(extra.log ? { log: extra.log } : {}),
  };
}

export type AppEnv = {
  Variables: { actor: string; principal: Principal; requestId: string; problemCode: string };
};
