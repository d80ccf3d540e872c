/** One JSON log line per request, with what an operator needs; no stack for the caller's mistakes. */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { apiDeps } from '../../api/deps.js';
import { issueToken } from '../../api/auth.js';
import { createHarness, publish, TEST_DIRECTOR, type Harness } from '../support/harness.js';

describe('request log', () => {
  let h: Harness;
  const lines: Array<Record<string, unknown>> = [];
  let app: ReturnType<typeof createApp>;
  let token: string;

  beforeAll(async () => {
    h = await createHarness();
    await publish(h);
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const secret = randomUUID();
    app = createApp(apiDeps(h.sql, h.client, h.taskQueue, secret, { plugins: h.plugins, log: pino(sink) }));
    token = await issueToken(secret, TEST_DIRECTOR);
  });
  afterAll(() => h?.close());

  it('should log method, route, status, latency, actor and request id for each request', async () => {
    const res = await app.request('/regulations/b2b_basic', {
      headers: { authorization: `Bearer ${token}`, 'x-request-id': 'req-42' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('req-42');
    expect(lines.at(-1)).toMatchObject({
      msg: 'request',
      requestId: 'req-42',
      method: 'GET',
      route: '/regulations/:id',
      status: 200,
      actor: TEST_DIRECTOR,
      ms: expect.any(Number),
    });
  });

  it('should log a refusal with its code and no stack', async () => {
    const res = await app.request('/deals', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ regulationId: 'b2b_basic' }),
    });
    expect(res.status).toBe(422);
    const line = lines.at(-1)!;
    expect(line).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', route: '/deals' });
    expect(line.err).toBeUndefined();
    expect(JSON.stringify(line)).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
