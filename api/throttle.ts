/**
 * Request budgets, answered with 429 and `Retry-After` when spent. The
 * counters are rate-limiter-flexible's in PostgreSQL (`rate_limits`), so
 * every API process draws on the same budget. The limits are
 * `app/rate-limits.ts`'s, overridden by the environment (docs/SECURITY.md).
 *
 * Signing in follows the library's "login endpoint protection": failures are
 * counted per login and address and reset by a success; from the
 * `loginFailures`-th on, each one blocks that pair for twice as long as the
 * one before, never longer than `loginBlockMaxSeconds` (someone guessing at a
 * person's password from elsewhere does not lock the person out; from the
 * same address, for minutes at most). Failures per address, whatever the
 * login, have a slower budget of their own. Only a refused password (401)
 * counts; a malformed request counts for nothing. Attempts are counted before
 * they are judged, one at a time per login and address, so guesses sent all
 * at once get no more tries than guesses sent in turn.
 *
 * @example
 * const budgets = throttle(deps);
 * app.use('/auth/login', budgets.login); // before the route
 * app.use('*', authenticate(...));
 * app.use('*', budgets.apiKey);
 * app.use('/analytics/*', budgets.analytics);
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DEFAULT_RATE_LIMITS, type RateLimits } from '../app/rate-limits.js';
import { DomainError } from '../regulation/errors.js';
import { RATE_LIMIT_TABLE } from '../storage/rate-limits.repo.js';
import type { ApiDeps, AppEnv } from './deps.js';

/** Large enough never to be reached: the failure counter only counts, blocks are set apart. */
const UNBOUNDED = 2 ** 31 - 1;
const DAY = 24 * 3600;

function limitersOf(deps: ApiDeps) {
  const limits: RateLimits = { ...DEFAULT_RATE_LIMITS, ...deps.rateLimits };
  // One limiter sweeps the shared table for rows an hour past their end; the others need not.
  const make = (keyPrefix: string, points: number, duration: number, clearExpiredByTimeout = false) =>
    new RateLimiterPostgres({
      storeClient: deps.rateLimitStore,
      storeType: 'pool',
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      clearExpiredByTimeout,
      keyPrefix,
      points,
      duration,
    });
  return {
    limits,
    /** Consecutive failures of a login from an address, within a day. */
    loginFailures: make('login_fail', UNBOUNDED, DAY, true),
    /** The login and address's current block (one point: `block()` overspends it until the block ends). */
    loginBlock: make('login_block', 1, 1),
    /** An attempt under way for the login and address; lapses by itself should its process die. */
    loginBusy: make('login_busy', 1, 10),
    loginPerIp: make('login_fail_ip', limits.loginFailuresPerIp, limits.loginIpWindowSeconds),
    apiKey: make('api_key', limits.apiKeyPerMinute, 60),
    intake: make('intake', limits.intakePerMinute, 60),
    analytics: make('analytics', limits.analyticsPerMinute, 60),
  };
}
type Limiters = ReturnType<typeof limitersOf>;

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function rateLimited(detail: string, ms: number): DomainError {
  return new DomainError('RATE_LIMITED', detail, { details: { retryAfter: seconds(ms) } });
}

/** A refused `consume()` rejects with the limiter's answer; anything else is a real failure. */
const answerOf = (error: unknown): RateLimiterRes => {
  if (error instanceof RateLimiterRes) return error;
  throw error;
};

/**
 * The caller's address: the socket's peer (Node's server binding), or, behind
 * `proxyHops` proxies, the `X-Forwarded-For` entry the outermost one wrote.
 */
function clientAddress(c: Context, proxyHops: number): string {
  if (proxyHops > 0) {
    const chain = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const entry = chain[Math.max(chain.length - proxyHops, 0)];
    if (entry) return entry;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** The login the body names, as a digest: the table holds no one's e-mail, and a key's length is bounded. */
async function loginKey(c: Context): Promise<string> {
  let login: unknown;
  try {
    login = (JSON.parse(await c.req.text()) as { login?: unknown } | null)?.login;
  } catch {
    // The route refuses the body itself; this request counts against no login.
  }
  const text = typeof login === 'string' ? login.trim().toLowerCase() : '';
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

function signInBudget(get: () => Limiters): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const l = get();
    const ip = clientAddress(c, l.limits.proxyHops);
    const key = `${await loginKey(c)}:${ip}`;
    const block = await l.loginBlock.get(key);
    if (block && block.consumedPoints > 1 && block.msBeforeNext > 0)
      throw rateLimited('too many failed sign-ins: wait before trying again', block.msBeforeNext);
    // One attempt at a time per login and address, and an address's attempts counted before they
    // are judged: a burst of guesses sent at once gets no more tries than the same sent in turn.
    const busy = await l.loginBusy.consume(key).catch(answerOf);
    if (busy.consumedPoints > 1) throw rateLimited('a sign-in of this login from this address is under way', 1000);
    try {
      const perIp = await l.loginPerIp.consume(ip).catch(answerOf);
      if (perIp.consumedPoints > l.limits.loginFailuresPerIp)
        throw rateLimited('too many failed sign-ins from this address: wait before trying again', perIp.msBeforeNext);
      await next();
      if (c.res.status === 401) {
        const failures = await l.loginFailures.consume(key);
        const beyond = failures.consumedPoints - l.limits.loginFailures;
        const seconds = Math.min(l.limits.loginBlockSeconds * 2 ** beyond, l.limits.loginBlockMaxSeconds);
        if (beyond >= 0) await l.loginBlock.block(key, seconds);
      } else {
        // Counted in advance, but not a failure: given back.
        await l.loginPerIp.reward(ip);
        if (c.res.status === 200) await Promise.all([l.loginFailures.delete(key), l.loginBlock.delete(key)]);
      }
    } finally {
      await l.loginBusy.delete(key);
    }
  };
}

/** Spends one request of `who`'s budget, or refuses the request. */
async function spend(limiter: RateLimiterPostgres, who: string, what: string): Promise<void> {
  const res = await limiter.consume(who).catch(answerOf);
  if (res.consumedPoints > limiter.points)
    throw rateLimited(`${what}: more than ${limiter.points} requests a minute`, res.msBeforeNext);
}

/**
 * The budgets' middlewares over one set of limiters, built at the first
 * request (so building the app, e.g. for its OpenAPI document, touches nothing).
 */
export function throttle(deps: ApiDeps) {
  let limiters: Limiters | undefined;
  const get = () => (limiters ??= limitersOf(deps));
  const perCaller =
    (pick: (l: Limiters) => RateLimiterPostgres, what: string, onlyIntegrations = false): MiddlewareHandler<AppEnv> =>
    async (c, next) => {
      const principal = c.get('principal');
      if (principal && (!onlyIntegrations || principal.role === 'integration'))
        await spend(pick(get()), principal.id, what);
      await next();
    };
  return {
    /** `POST /auth/login`, before the route: blocks and backoff per login and address, a budget per address. */
    login: signInBudget(get),
    /** After `authenticate`: every request made with an integration's API key. */
    apiKey: perCaller((l) => l.apiKey, 'this API key has made too many requests', true),
    /** After `authenticate`, on the intakes: events handed in by one integration or person. */
    intake: perCaller((l) => l.intake, 'too many events handed in'),
    /** After `authenticate`, on `/analytics/*`: one person's queries. */
    analytics: perCaller((l) => l.analytics, 'too many analytics queries'),
  };
}
