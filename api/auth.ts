/**
 * Who is calling. People present a signed token (JWT, HS256) whose subject is
 * their user id; the user must exist and be active at this moment, so
 * deactivating someone ends their access at once. Integrations present an API
 * key (`X-Api-Key: <id>.<secret>`, stored hashed). The web workspace sends
 * a session cookie (`api/routes/auth.routes.ts`); a change made with it must
 * also carry the session's `X-CSRF-Token` (double submit, on top of
 * SameSite=Strict), and the session counts only while its person is active.
 *
 * A token names its issuer and audience (`TOKEN_ISSUER`, `TOKEN_AUDIENCE`), so
 * a token some other system signed with a shared secret does not count here.
 * During a rotation of the signing secret the previous one still verifies
 * tokens; new tokens are always signed with the current one (docs/SECURITY.md).
 *
 * @module
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { sign, verify } from 'hono/jwt';
import { sessionOf } from '../app/auth.js';
import type { AppContext } from '../app/context.js';
import { integrationOfKey } from '../app/integrations.js';
import { DomainError } from '../regulation/errors.js';
import type { ApiDeps, AppEnv, Principal } from './deps.js';

export const TOKEN_ISSUER = 'reglament';
export const TOKEN_AUDIENCE = 'reglament-api';

export async function issueToken(secret: string, userId: string, ttlSeconds = 8 * 3600): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return sign(
    { sub: userId, iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, iat: now, exp: now + ttlSeconds },
    secret,
    'HS256',
  );
}

/** The token's subject if the current or (during a rotation) the previous secret signed it for us. */
async function subjectOf(token: string, secrets: string[]): Promise<unknown> {
  const options = { alg: 'HS256', iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE } as const;
  for (const secret of secrets) {
    try {
      return (await verify(token, secret, options)).sub;
    } catch {
      // Not this secret's (or not valid at all): the next one, if any, may still sign it.
    }
  }
  throw new DomainError('UNAUTHENTICATED', 'the token is invalid or expired');
}

/** The browser session's cookie (HttpOnly) and the CSRF token's (readable by the page). */
export const SESSION_COOKIE = 'reglament_session';
export const CSRF_COOKIE = 'reglament_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function authenticate(deps: {
  secret: string;
  previousSecret?: string | undefined;
  ctx: AppContext;
}): MiddlewareHandler<AppEnv> {
  const unauthenticated = (why: string) => new DomainError('UNAUTHENTICATED', why);
  const secrets = deps.previousSecret ? [deps.secret, deps.previousSecret] : [deps.secret];
  return async (c, next) => {
    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
    const apiKey = c.req.header('x-api-key');
    const sessionId = getCookie(c, SESSION_COOKIE);
    let principal: Principal;
    if (bearer) {
      const sub = await subjectOf(bearer, secrets);
      const user = typeof sub === 'string' ? await deps.ctx.managers.get(sub) : undefined;
      if (!user || !user.active) throw unauthenticated('the user is unknown or deactivated');
      principal = { id: user.id, role: user.role, department: user.department };
    } else if (apiKey) {
      const integration = await integrationOfKey(deps.ctx, apiKey);
      if (!integration) throw unauthenticated('the API key is invalid or revoked');
      principal = integration;
    } else if (sessionId) {
      const session = await sessionOf(deps.ctx, sessionId);
      const user = session ? await deps.ctx.managers.get(session.userId) : undefined;
      if (!session || !user || !user.active) throw unauthenticated('the session has ended: sign in again');
      if (!SAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== session.csrfToken)
        throw new DomainError('FORBIDDEN', 'a change made with the session cookie needs its X-CSRF-Token header');
      principal = { id: user.id, role: user.role, department: user.department };
    } else {
      throw unauthenticated(
        'sign in: send "Authorization: Bearer <token>", the session cookie, or, for integrations, "X-Api-Key"',
      );
    }
    c.set('principal', principal);
    c.set('actor', principal.id);
    await next();
  };
}

/**
 * A sub-app behind `authenticate`: every path under its prefix, matched or not,
 * answers 401 without credentials. A route is public only when it is mounted
 * without this (see `createApp`), never by the order of lines.
 *
 * @example
 * app.route('/deals', protectedRoutes(deps, dealRoutes(deps)));
 */
export function protectedRoutes(deps: ApiDeps, sub: Hono<AppEnv>, ...after: MiddlewareHandler<AppEnv>[]): Hono<AppEnv> {
  const guarded = new Hono<AppEnv>().use(
    '*',
    authenticate({ secret: deps.jwtSecret, previousSecret: deps.jwtPreviousSecret, ctx: deps }),
  );
  // Middlewares that need the caller (request budgets) run after authentication, before the routes.
  for (const middleware of after) guarded.use('*', middleware);
  return guarded.route('/', sub);
}
