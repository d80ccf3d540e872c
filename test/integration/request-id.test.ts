/**
 * A request's id reaches every line logged for it: the API's request line,
 * and, carried by Temporal headers through the deal's workflow, the log lines
 * of the activities that write its transitions. Each update carries its own.
 */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { apiDeps } from '../../api/deps.js';
import { issueToken } from '../../api/auth.js';
import { withRequestId } from '../../app/request-context.js';
import { createLogger, temporalLogger } from '../../runtime/logger.js';
import { createHarness, publish, TEST_DIRECTOR, type Harness } from '../support/harness.js';
import { eventually } from '../support/eventually.js';

type Line = Record<string, unknown>;

describe('request ids in logs', () => {
  let h: Harness;
  const lines: Line[] = [];
  let app: ReturnType<typeof createApp>;
  let token: string;

  const post = (url: string, requestId: string, body: unknown) =>
    app.request(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify(body),
    });
  const lineWith = (match: (l: Line) => boolean) => eventually('the log line', async () => lines.find(match));

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    // The process's one logger, as `reglament start` has it: the API's lines and, through
    // the Temporal runtime, the workflows' and activities'.
    const log = createLogger({ destination: sink, pretty: false, level: 'info' });
    h = await createHarness({ runtime: { logger: temporalLogger(log, 'INFO') } });
    await publish(h);
    await h.startWorker();
    const secret = randomUUID();
    app = createApp(apiDeps(h.sql, h.client, h.taskQueue, secret, { plugins: h.plugins, log }));
    token = await issueToken(secret, TEST_DIRECTOR);
  });
  afterAll(() => h?.close());

  it('should carry X-Request-Id from a deal start into the transition activity’s log line', async () => {
    const res = await post('/deals', 'abc-123', { regulationId: 'b2b_basic', owner: 'gleb', client: { name: 'Rid' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    const deal = (await res.json()) as { id: string };
    const transition = await lineWith((l) => l.msg === 'transition' && l.dealId === deal.id && l.seq === 1);
    expect(transition).toMatchObject({ requestId: 'abc-123', sdkComponent: 'activity' });
    expect(lines.find((l) => l.msg === 'request' && l.route === '/deals')).toMatchObject({ requestId: 'abc-123' });
  });

  it('should tag each update’s writes with the id of the request that sent it', async () => {
    const start = await post('/deals', 'start-1', {
      regulationId: 'b2b_basic',
      owner: 'gleb',
      client: { name: 'Two' },
    });
    const deal = (await start.json()) as { id: string };
    const done = await post(`/tasks/${deal.id}:1:call_client/complete`, 'complete-2', {
      outcome: 'ok',
      fields: { decision_maker: 'Smirnov' },
    });
    expect(done.status).toBe(200);
    expect(done.headers.get('x-request-id')).toBe('complete-2');
    const second = await lineWith((l) => l.msg === 'transition' && l.dealId === deal.id && l.seq === 2);
    expect(second.requestId).toBe('complete-2');
    const first = await lineWith((l) => l.msg === 'transition' && l.dealId === deal.id && l.seq === 1);
    expect(first.requestId).toBe('start-1');
  });

  it('should make an id for a request without one, and replace one that is not a sane token', async () => {
    const made = await app.request('/health');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const hostile = await app.request('/health', { headers: { 'x-request-id': 'x'.repeat(500) } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('should stamp the id on any line the process logs while serving a request', async () => {
    const log = createLogger({
      destination: new Writable({
        write(chunk, _encoding, done) {
          lines.push(JSON.parse(String(chunk)));
          done();
        },
      }),
      pretty: false,
    });
    withRequestId('inner-7', () => log.warn({ part: 'use case' }, 'something noteworthy'));
    log.warn('outside any request');
    expect(lines.find((l) => l.msg === 'something noteworthy')).toMatchObject({ requestId: 'inner-7' });
    expect(lines.find((l) => l.msg === 'outside any request')).not.toHaveProperty('requestId');
  });
});
