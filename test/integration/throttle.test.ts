/**
 * Request budgets (api/throttle.ts) over the real PostgreSQL: failed sign-ins
 * per login and address with a growing block, per address, shared by two API
 * processes' apps; an integration's API key, the intakes and analytics.
 * Small budgets and a one-second block are configured here; the callers'
 * addresses come from X-Forwarded-For behind one proxy (its last entry; one
 * the caller wrote itself, further left, counts for nothing).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPassword } from '../../app/auth.js';
import { createApp } from '../../api/app.js';
import { issueToken } from '../../api/auth.js';
import { apiDeps } from '../../api/deps.js';
import { call, contractCheck, createHarness, type Harness } from '../support/harness.js';

const LIMITS = {
  loginFailures: 3,
  loginBlockSeconds: 1,
  loginBlockMaxSeconds: 2,
  loginFailuresPerIp: 6,
  apiKeyPerMinute: 5,
  intakePerMinute: 3,
  analyticsPerMinute: 3,
  proxyHops: 1,
};
const PASSWORD = 'a long enough password';

describe('request budgets', () => {
  let h: Harness;
  let one: ReturnType<typeof createApp>;
  let two: ReturnType<typeof createApp>;
  const prefix = `thr-${randomUUID().slice(0, 8)}`;
  const ip = (n: number) => `198.51.100.${n}`;
  const secret = `test-secret-${randomUUID()}`;
  const bearer = async (m: string) => ({
    headers: { authorization: `Bearer ${await issueToken(secret, `${prefix}-${m}`)}` },
  });

  /** A request to one of the apps, checked against the contract; status, body, headers. */
  async function send(app: ReturnType<typeof createApp>, method: string, url: string, init: RequestInit = {}) {
    const res = await app.request(url, { method, ...init });
    const text = await res.text();
    const type = res.headers.get('content-type');
    const body = text && /json/.test(type ?? '') ? JSON.parse(text) : text || undefined;
    contractCheck()(method, url, res.status, body, type);
    return { status: res.status, body, type, retryAfter: res.headers.get('retry-after') };
  }
  const signIn = (login: string, password: string, from: string, app = one) =>
    send(app, 'POST', '/auth/login', {
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.99, ${from}` },
      body: JSON.stringify({ login, password }),
    });
  /** Waits for the block to end, asking with an empty password: refused (422) once let through, never counted. */
  async function untilLetThrough(login: string, from: string) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const res = await signIn(login, '', from);
      if (res.status !== 429) return res;
      if (Date.now() > deadline) throw new Error(`${login} from ${from} still blocked after 10 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const expectRefused = (res: Awaited<ReturnType<typeof send>>, retryAfter?: string) => {
    expect(res.status).toBe(429);
    expect(res.type).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status: 429, code: 'RATE_LIMITED', retryAfter: Number(res.retryAfter) });
    expect(Number(res.retryAfter)).toBeGreaterThanOrEqual(1);
    if (retryAfter) expect(res.retryAfter).toBe(retryAfter);
  };

  beforeAll(async () => {
    h = await createHarness();
    const deps = () => apiDeps(h.sql, h.client, h.taskQueue, secret, { plugins: h.plugins, rateLimits: LIMITS });
    // Two apps over one database, as two API processes would be.
    one = createApp(deps());
    two = createApp(deps());
    for (const [id, role] of [
      [`${prefix}-m1`, 'manager'],
      [`${prefix}-m2`, 'manager'],
      [`${prefix}-m3`, 'manager'],
      [`${prefix}-admin`, 'admin'],
    ] as const)
      await h.managers.upsert({ id, name: id, role });
    for (const m of ['m1', 'm2', 'm3']) await setPassword(deps(), `${prefix}-${m}`, PASSWORD, 'test');
  });
  afterAll(() => h?.close());

  it('should block a login from an address after consecutive failures, longer each time, and let the right password in after', async () => {
    const m1 = `${prefix}-m1`;
    for (let i = 0; i < LIMITS.loginFailures; i++) expect((await signIn(m1, 'wrong password', ip(1))).status).toBe(401);
    // Blocked: even the right password is refused until the block ends.
    expectRefused(await signIn(m1, PASSWORD, ip(1)), '1');
    // Someone guessing from elsewhere does not lock the person out.
    expect((await signIn(m1, PASSWORD, ip(2))).status).toBe(200);

    expect((await untilLetThrough(m1, ip(1))).status).toBe(422);
    // One more failure blocks again, for twice as long (the configured longest).
    expect((await signIn(m1, 'wrong password', ip(1))).status).toBe(401);
    expectRefused(await signIn(m1, PASSWORD, ip(1)), '2');

    expect((await untilLetThrough(m1, ip(1))).status).toBe(422);
    expect((await signIn(m1, PASSWORD, ip(1))).status).toBe(200);
    // The success started the count over: one failure blocks nothing.
    expect((await signIn(m1, 'wrong password', ip(1))).status).toBe(401);
    expect((await signIn(m1, PASSWORD, ip(1))).status).toBe(200);
  });

  it('should refuse an address after its failures with any logins, known or not', async () => {
    for (let i = 0; i < LIMITS.loginFailuresPerIp; i++)
      expect((await signIn(`${prefix}-nobody-${i}`, 'wrong password', ip(3))).status).toBe(401);
    expectRefused(await signIn(`${prefix}-m2`, PASSWORD, ip(3)));
    expect((await signIn(`${prefix}-m2`, PASSWORD, ip(4))).status).toBe(200);
  });

  it('should give guesses sent all at once no more tries than guesses sent in turn', async () => {
    const burst = (n: number, login: (i: number) => string, from: string) =>
      Promise.all(Array.from({ length: n }, (_, i) => signIn(login(i), 'wrong password', from)));
    const tried = (answers: Array<Awaited<ReturnType<typeof send>>>) => {
      for (const a of answers.filter((a) => a.status !== 401)) expectRefused(a);
      return answers.filter((a) => a.status === 401).length;
    };
    // One login from one address: one attempt at a time.
    expect(tried(await burst(2 * LIMITS.loginFailures, () => `${prefix}-m2`, ip(6)))).toBeLessThanOrEqual(
      LIMITS.loginFailures,
    );
    // Many logins from one address: the address's budget, exactly.
    expect(tried(await burst(2 * LIMITS.loginFailuresPerIp, (i) => `${prefix}-burst-${i}`, ip(7)))).toBe(
      LIMITS.loginFailuresPerIp,
    );
  });

  it('should share the count between two API processes over one database', async () => {
    const m3 = `${prefix}-m3`;
    expect((await signIn(m3, 'wrong password', ip(5), one)).status).toBe(401);
    expect((await signIn(m3, 'wrong password', ip(5), two)).status).toBe(401);
    expect((await signIn(m3, 'wrong password', ip(5), one)).status).toBe(401);
    expectRefused(await signIn(m3, PASSWORD, ip(5), two));
    expectRefused(await signIn(m3, PASSWORD, ip(5), one));
  });

  it('should hold each integration to its API key’s budget and its intake budget', async () => {
    const admin = { authorization: `Bearer ${await h.token(`${prefix}-admin`)}` };
    const keyOf = async (name: string) => (await call(h, 'POST', '/api-keys', { name }, admin)).body.key as string;
    const [first, second] = [await keyOf(`${prefix}-a`), await keyOf(`${prefix}-b`)];
    const as = (key: string) => ({ headers: { 'x-api-key': key, 'content-type': 'application/json' } });
    // Any request made with the key counts, even one its role is refused.
    for (let i = 0; i < LIMITS.apiKeyPerMinute; i++)
      expect((await send(one, 'GET', '/deals', as(first))).status).toBe(403);
    expectRefused(await send(two, 'GET', '/deals', as(first)));
    expect((await send(one, 'GET', '/deals', as(second))).status).toBe(403);

    const intake = () => send(one, 'POST', '/intake/no.such.type', { ...as(second), body: '{}' });
    for (let i = 0; i < LIMITS.intakePerMinute; i++) expect((await intake()).status).toBe(404);
    expectRefused(await intake());
  });

  it('should hold each person to an analytics budget', async () => {
    const m1 = await bearer('m1');
    for (let i = 0; i < LIMITS.analyticsPerMinute; i++)
      expect((await send(one, 'GET', '/analytics/managers', m1)).status).toBe(200);
    expectRefused(await send(one, 'GET', '/analytics/managers', m1));
    // Another person's queries, and the same person's other requests, are not held back.
    expect((await send(one, 'GET', '/analytics/managers', await bearer('m2'))).status).toBe(200);
    expect((await send(one, 'GET', '/me', m1)).status).toBe(200);
  });
});
