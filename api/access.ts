/**
 * Which roles may call a route: doing what one's role may not do answers 403.
 * What a role may *see* is the application's concern (`app/access.ts`), which
 * answers 404 for what one may not see.
 *
 * @module
 */
import type { MiddlewareHandler } from 'hono';
import type { Role } from '../app/access.js';
import { DomainError } from '../regulation/errors.js';
import type { AppEnv } from './deps.js';

export { PEOPLE } from '../app/access.js';

export function allow(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const p = c.get('principal');
    if (!roles.includes(p.role))
      throw new DomainError('FORBIDDEN', `a ${p.role} may not ${c.req.method} ${c.req.path}`);
    await next();
  };
}
