/**
 * Passwords at rest and at sign-in (app/auth.ts): a refusal takes as long for
 * a login that does not exist as for a wrong password, so timing tells no one
 * which logins exist; a hash made with older scrypt parameters still signs in
 * and is re-made with today's.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, SCRYPT, setPassword } from '../../app/auth.js';
import { createApp } from '../../api/app.js';
import { apiDeps, type ApiDeps } from '../../api/deps.js';
import { contractCheck, createHarness, type Harness } from '../support/harness.js';

const PASSWORD = 'a long enough password';

describe('password hashing', () => {
  let h: Harness;
  let deps: ApiDeps;
  let app: ReturnType<typeof createApp>;
  const prefix = `pwd-${randomUUID().slice(0, 8)}`;

  async function signIn(login: string, password: string): Promise<number> {
    const res = await app.request('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password }),
    });
    const body = (await res.json()) as unknown;
    contractCheck()('POST', '/auth/login', res.status, body, res.headers.get('content-type'));
    return res.status;
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
  };

  beforeAll(async () => {
    h = await createHarness();
    // Budgets out of the way: this file counts milliseconds, not refusals.
    deps = apiDeps(h.sql, h.client, h.taskQueue, randomUUID(), {
      plugins: h.plugins,
      rateLimits: { loginFailures: 1000, loginFailuresPerIp: 1000 },
    });
    app = createApp(deps);
    for (const id of [`${prefix}-known`, `${prefix}-old`]) await h.managers.upsert({ id, name: id, role: 'manager' });
    await setPassword(deps, `${prefix}-known`, PASSWORD, 'test');
  });
  afterAll(() => h?.close());

  it('should take as long to refuse a login that does not exist as a wrong password', async () => {
    // The first refusal of an unknown login also makes the stand-in hash: not a sample.
    expect(await signIn(`${prefix}-nobody`, 'wrong password')).toBe(401);
    expect(await signIn(`${prefix}-known`, 'wrong password')).toBe(401);
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 15; i++) {
      for (const [login, times] of [
        [`${prefix}-known`, known],
        [`${prefix}-nobody-${i}`, unknown],
      ] as const) {
        const start = performance.now();
        expect(await signIn(login, 'wrong password')).toBe(401);
        times.push(performance.now() - start);
      }
    }
    const [a, b] = [median(known), median(unknown)];
    console.log(`sign-in refused in ${a.toFixed(1)} ms (wrong password) vs ${b.toFixed(1)} ms (no such login)`);
    expect(Math.abs(a - b) / Math.min(a, b)).toBeLessThanOrEqual(0.2);
  });

  it('should sign in with a hash of older parameters and store it re-made with today’s', async () => {
    const id = `${prefix}-old`;
    const old = await hashPassword(PASSWORD, { ...SCRYPT, N: 2 ** 14 });
    expect(old).toMatch(/^scrypt\$16384\$8\$1\$/);
    await deps.auth.setPassword(id, old);
    expect(await signIn(id, 'wrong password')).toBe(401);
    expect((await deps.auth.passwordHash(id))?.hash).toBe(old);

    expect(await signIn(id, PASSWORD)).toBe(200);
    const renewed = (await deps.auth.passwordHash(id))?.hash;
    expect(renewed).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await signIn(id, PASSWORD)).toBe(200);
    expect((await deps.auth.passwordHash(id))?.hash).toBe(renewed);
  });
});
