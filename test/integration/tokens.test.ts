/**
 * People's tokens (api/auth.ts): signed for this API (issuer and audience),
 * and, while a rotation lasts, still accepted when the previous secret signed
 * them; new tokens are signed with the current secret.
 */
import { randomUUID } from 'node:crypto';
import { sign } from 'hono/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../api/auth.js';
import { createApp } from '../../api/app.js';
import { apiDeps } from '../../api/deps.js';
import { contractCheck, createHarness, TEST_DIRECTOR, type Harness } from '../support/harness.js';

describe('tokens', () => {
  let h: Harness;
  const current = `current-${randomUUID()}`;
  const previous = `previous-${randomUUID()}`;
  let rotating: ReturnType<typeof createApp>;
  let rotated: ReturnType<typeof createApp>;

  async function me(app: ReturnType<typeof createApp>, token: string) {
    const res = await app.request('/me', { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { id?: string; code?: string };
    contractCheck()('GET', '/me', res.status, body, res.headers.get('content-type'));
    return { status: res.status, body };
  }
  const now = () => Math.floor(Date.now() / 1000);
  const claims = (extra: Record<string, unknown>) => ({ sub: TEST_DIRECTOR, iat: now(), exp: now() + 600, ...extra });

  beforeAll(async () => {
    h = await createHarness();
    const deps = (jwtPreviousSecret?: string) =>
      apiDeps(h.sql, h.client, h.taskQueue, current, {
        plugins: h.plugins,
        ...(jwtPreviousSecret ? { jwtPreviousSecret } : {}),
      });
    rotating = createApp(deps(previous));
    rotated = createApp(deps());
  });
  afterAll(() => h?.close());

  it('should accept its own tokens and refuse one for another audience or issuer, or naming neither', async () => {
    const ok = await me(rotated, await issueToken(current, TEST_DIRECTOR));
    expect(ok).toMatchObject({ status: 200, body: { id: TEST_DIRECTOR } });
    for (const token of [
      await sign(claims({ iss: TOKEN_ISSUER, aud: 'another-api' }), current, 'HS256'),
      await sign(claims({ iss: 'someone-else', aud: TOKEN_AUDIENCE }), current, 'HS256'),
      await sign(claims({}), current, 'HS256'),
    ]) {
      const refused = await me(rotated, token);
      expect(refused).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('should accept a token the previous secret signed only while that secret is configured', async () => {
    const old = await issueToken(previous, TEST_DIRECTOR);
    expect(await me(rotating, old)).toMatchObject({ status: 200, body: { id: TEST_DIRECTOR } });
    expect(await me(rotated, old)).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    // Neither secret is any other: a token signed with a third one is refused during the rotation.
    expect((await me(rotating, await issueToken(`other-${randomUUID()}`, TEST_DIRECTOR))).status).toBe(401);
    // A token for another audience is refused whichever secret signed it.
    const foreign = await sign(claims({ iss: TOKEN_ISSUER, aud: 'another-api' }), previous, 'HS256');
    expect((await me(rotating, foreign)).status).toBe(401);
  });
});
