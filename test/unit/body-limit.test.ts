/**
 * The body limit over real HTTP (@hono/node-server, as the API runs): a stated
 * length over the limit is refused unread, a chunked body is counted as it
 * streams, and what fits reaches the handler whole.
 */
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitBody } from '../../api/body-limit.js';

const LIMIT = 1024;

describe('limitBody', () => {
  let server: ServerType;
  let base: string;
  const handled: string[] = [];
  const app = new Hono();
  app.use(
    '*',
    limitBody(LIMIT, (c) => c.json({ code: 'PAYLOAD_TOO_LARGE' }, 413)),
  );
  app.post('/echo', async (c) => {
    const text = await c.req.text();
    handled.push(text);
    return c.json({ length: text.length });
  });
  app.get('/read', (c) => {
    handled.push('read');
    return c.json({ ok: true });
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** A raw request, so the test chooses Content-Length or chunked itself. */
  const send = (headers: Record<string, string>, chunks: string[]) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${base}/echo`, { method: 'POST', headers }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      for (const c of chunks) req.write(c);
      req.end();
    });

  it('should refuse a stated length over the limit without calling the handler', async () => {
    handled.length = 0;
    const body = 'x'.repeat(LIMIT + 1);
    const res = await send({ 'content-length': String(body.length) }, [body]);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
    expect(handled).toEqual([]);
  });

  it('should count a chunked body as it streams and refuse it past the limit', async () => {
    handled.length = 0;
    const res = await send({ 'transfer-encoding': 'chunked' }, ['y'.repeat(600), 'y'.repeat(600)]);
    expect(res.status).toBe(413);
    expect(handled).toEqual([]);
  });

  it('should pass what fits, stated or chunked, whole to the handler', async () => {
    handled.length = 0;
    const stated = JSON.stringify({ a: 'b'.repeat(500) });
    expect(await send({ 'content-length': String(stated.length) }, [stated])).toMatchObject({ status: 200 });
    expect(await send({ 'transfer-encoding': 'chunked' }, ['z'.repeat(400), 'z'.repeat(400)])).toMatchObject({
      status: 200,
    });
    expect(handled).toEqual([stated, 'z'.repeat(800)]);
  });

  it('should let a read through, and count a body made in process without a length', async () => {
    expect((await fetch(`${base}/read`)).status).toBe(200);
    const inProcess = await app.request('/echo', { method: 'POST', body: 'w'.repeat(LIMIT + 10) });
    expect(inProcess.status).toBe(413);
  });
});
