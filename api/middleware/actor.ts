import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../deps.js';

/**
 * Who is acting, for the audit log. Until authentication lands this is the
 * `X-Actor` header (default `api`).
 */
export function actor(options: { header?: string; fallback?: string } = {}): MiddlewareHandler<AppEnv> {
  const header = options.header ?? 'x-actor';
  return async (c, next) => {
    c.set('actor', c.req.header(header)?.trim() || options.fallback || 'api');
    await next();
  };
}
