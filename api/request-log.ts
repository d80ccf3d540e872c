/**
 * One log line per request: method, route, status, latency, actor and a
 * request id (taken from `X-Request-Id` or made, and sent back). Refusals of
 * the caller's input (4xx) are logged without a stack; only unexpected errors
 * carry one, logged where they are mapped to a problem.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from 'pino';
import type { AppEnv } from './deps.js';

export function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = c.req.header('x-request-id') ?? randomUUID();
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    const status = c.res.status;
    const line = {
      requestId,
      method: c.req.method,
      route: routePath(c, -1),
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      actor: c.get('actor') ?? null,
      ...(c.get('problemCode') ? { code: c.get('problemCode') } : {}),
    };
    if (status >= 500) log.error(line, 'request failed');
    else log.info(line, 'request');
  };
}
