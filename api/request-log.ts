/**
 * Every request gets an id (taken from `X-Request-Id` or made, and sent
 * back) and is counted and timed for `/metrics` by its route pattern and
 * status. With a logger, one line per request: method, route, status,
 * latency, actor. Refusals of the caller's input (4xx) are logged without a
 * stack; only unexpected errors carry one, logged where they are mapped to a
 * problem.
 *
 * The request's work runs inside a request context (app/request-context.ts):
 * a logger made by `createLogger` stamps the id on every line written while
 * it is handled, and the Temporal client carries it to the workflow and its
 * activities.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from 'pino';
import { observeRequest } from '../app/metrics.js';
import { withRequestId } from '../app/request-context.js';
import type { AppEnv } from './deps.js';

/** A caller's id is kept if it is a sane token; anything else (too long, control characters) is replaced. */
const CALLER_ID = /^[\w.:@/+=-]{1,128}$/;

export function requestLog(log?: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const requestId = given && CALLER_ID.test(given) ? given : randomUUID();
    c.set('requestId', requestId);
    const started = performance.now();
    await withRequestId(requestId, next);
    const seconds = (performance.now() - started) / 1000;
    c.header('x-request-id', requestId);
    const status = c.res.status;
    // The route whose handler answered: after the chain ran, the request's route index stands on it (the last
    // matched route may be a later sub-app's middleware that never ran, e.g. a second sub-app at `/deals`).
    const route = routePath(c);
    observeRequest({ method: c.req.method, route, status, seconds });
    if (!log) return;
    const line = {
      requestId,
      method: c.req.method,
      route,
      status,
      ms: Math.round(seconds * 10_000) / 10,
      actor: c.get('actor') ?? null,
      ...(c.get('problemCode') ? { code: c.get('problemCode') } : {}),
    };
    if (status >= 500) log.error(line, 'request failed');
    else log.info(line, 'request');
  };
}
