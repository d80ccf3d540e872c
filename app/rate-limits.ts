/**
 * The API's request budgets: how many failed sign-ins, integration calls and
 * analytics queries are let through before a caller is answered 429. The
 * defaults are far above what a person or an integration does in normal
 * work; `runtime/config.ts` reads the environment variables that override
 * them (listed in docs/SECURITY.md), `api/throttle.ts` applies them.
 *
 * @module
 */

export interface RateLimits {
  /** Consecutive failed sign-ins of one login from one address before it is blocked. */
  loginFailures: number;
  /** The first block's length; each further failure doubles it, up to `loginBlockMaxSeconds`. */
  loginBlockSeconds: number;
  /** The longest block: an attacker can keep a person out of their own address for this long at most. */
  loginBlockMaxSeconds: number;
  /** Failed sign-ins from one address, whatever the login, per `loginIpWindowSeconds`. */
  loginFailuresPerIp: number;
  loginIpWindowSeconds: number;
  /** Requests made with one integration's API key per minute. */
  apiKeyPerMinute: number;
  /** Events handed in (`POST /events`, `POST /intake/:type`) per integration or person per minute. */
  intakePerMinute: number;
  /** Analytics queries (`/analytics/*`) per person per minute. */
  analyticsPerMinute: number;
  /**
   * How many reverse proxies stand in front of the API: the caller's address is
   * that many entries from the end of `X-Forwarded-For` (0: the socket's peer).
   */
  proxyHops: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  loginFailures: 10,
  loginBlockSeconds: 30,
  loginBlockMaxSeconds: 15 * 60,
  loginFailuresPerIp: 100,
  loginIpWindowSeconds: 24 * 3600,
  apiKeyPerMinute: 1200,
  intakePerMinute: 600,
  analyticsPerMinute: 300,
  proxyHops: 0,
};
