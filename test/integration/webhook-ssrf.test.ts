/**
 * Webhooks never reach this machine or its private networks unless the
 * admin's allow-list names them: refused at registration, refused again at
 * delivery on the address the name resolves to then (a real worker, a real
 * receiver on loopback), and no redirect is followed. The file has a database
 * of its own: its worker without an allow-list must not drain the deliveries
 * of other files' webhooks, nor theirs its own.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookRepo } from '../../storage/webhooks.repo.js';
import { call, createHarness, privateDatabase, publish, type Harness } from '../support/harness.js';
import { eventually } from '../support/eventually.js';
import { webhookReceiver } from '../support/webhook.js';

/** Starts the outbox drainer, opens a deal and waits for the webhook's first attempt at its first task. */
async function firstAttempt(h: Harness, webhookId: string, settled: (row: Record<string, any>) => boolean) {
  const drainer = await h.client.workflow.start('outboxWorkflow', {
    workflowId: `outbox-${h.taskQueue}-${randomUUID()}`,
    taskQueue: h.taskQueue,
    args: [{ idleMs: 200 }],
  });
  try {
    const deal = (
      await call(h, 'POST', '/deals', { regulationId: 'b2b_basic', owner: 'ssrf-m1', client: { name: 'Guard Ltd' } })
    ).body;
    const notificationId = `${deal.id}:1:call_client:task`;
    return await eventually('the webhook’s first attempt at the deal’s first task', async () => {
      const rows = (await call(h, 'GET', `/webhooks/${webhookId}/deliveries`)).body.deliveries as Array<
        Record<string, any>
      >;
      const row = rows.find((r) => r.notificationId === notificationId);
      return row && row.attempts >= 1 && settled(row) ? row : undefined;
    });
  } finally {
    await drainer.terminate('test done');
  }
}

async function setUp(databaseUrl: string, webhookAllow: string): Promise<Harness> {
  const h = await createHarness({ databaseUrl, webhookAllow });
  await publish(h);
  await h.startWorker();
  await call(h, 'PUT', '/managers/ssrf-m1', { name: 'Sam', role: 'manager', department: 'ssrf' });
  return h;
}

describe('webhooks and private addresses', () => {
  let databaseUrl: string;
  beforeAll(async () => {
    databaseUrl = await privateDatabase(`ssrf_${process.pid}`);
  });

  describe('without an allow-list', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await setUp(databaseUrl, '');
    });
    afterAll(() => h?.close());

    it('should refuse to register a private, loopback or metadata address, naming /url and why', async () => {
      const cases: Array<[string, RegExp]> = [
        ['http://127.0.0.1:8080/hook', /host 127\.0\.0\.1 is a loopback address/],
        ['http://2130706433/hook', /host 127\.0\.0\.1 is a loopback address/],
        ['http://0x7f.1/hook', /host 127\.0\.0\.1 is a loopback address/],
        ['http://localhost:3000/hook', /host localhost resolves to 127\.0\.0\.1, a loopback address/],
        ['http://[::1]/hook', /host ::1 is a loopback address/],
        ['http://[::ffff:127.0.0.1]/hook', /host ::ffff:7f00:1 is a loopback address/],
        ['http://169.254.169.254/latest/meta-data/', /link-local \(cloud metadata\) address/],
        ['https://10.1.2.3/hook', /a private address/],
        ['https://172.16.0.1/hook', /a private address/],
        ['https://192.168.1.10/hook', /a private address/],
        ['https://100.64.0.1/hook', /a shared \(CGNAT\) address/],
        ['http://[fd00::1]/hook', /a private address/],
        ['http://[fe80::1]/hook', /a link-local/],
        ['http://0.0.0.0/hook', /an unspecified address/],
        ['http://239.1.1.1/hook', /a multicast address/],
      ];
      for (const [url, why] of cases) {
        const res = await call(h, 'POST', '/webhooks', { url });
        expect(res.status, url).toBe(422);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.detail).toMatch(/^request body is invalid: \/url is refused: /);
        expect(res.body.errors, url).toEqual([{ pointer: '/url', message: expect.stringMatching(why) }]);
      }
      const listed = (await call(h, 'GET', '/webhooks')).body.webhooks as Array<{ url: string }>;
      expect(listed.filter((w) => cases.some(([url]) => url === w.url))).toEqual([]);
    });

    it('should refuse at delivery a webhook whose host now resolves to 127.0.0.1, posting nothing', async () => {
      const hook = await webhookReceiver();
      try {
        // As if registered while the name pointed elsewhere: the row is written straight, past the API's check.
        const id = `wh_${randomUUID().slice(0, 8)}`;
        const url = hook.url.replace('127.0.0.1', 'localhost');
        await createWebhookRepo(h.sql).create({ id, url, secret: 's', createdBy: 'test' });
        const row = await firstAttempt(h, id, (r) => r.lastError !== null);
        expect(row).toMatchObject({ status: 'pending', lastStatus: null });
        expect(row.lastError).toMatch(/^refused: host localhost resolves to 127\.0\.0\.1, a loopback address/);
        expect(hook.received).toEqual([]);
        await call(h, 'DELETE', `/webhooks/${id}`);
      } finally {
        hook.close();
      }
    });
  });

  describe('with an allow-list naming the receiver', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await setUp(databaseUrl, 'localhost, 127.0.0.1');
    });
    afterAll(() => h?.close());

    it('should register and deliver to a loopback receiver the allow-list names', async () => {
      const hook = await webhookReceiver();
      try {
        const created = await call(h, 'POST', '/webhooks', { url: hook.url.replace('127.0.0.1', 'localhost') });
        expect(created.status).toBe(201);
        const row = await firstAttempt(h, created.body.id, (r) => r.status === 'delivered');
        expect(row).toMatchObject({ lastStatus: 204, lastError: null });
        expect(hook.received.length).toBeGreaterThanOrEqual(1);
        await call(h, 'DELETE', `/webhooks/${created.body.id}`);
      } finally {
        hook.close();
      }
    });

    it('should not follow a redirect to a private address: the 3xx is a failed attempt', async () => {
      const target = await webhookReceiver();
      const bouncer = createServer((req, res) => {
        req.resume();
        req.on('end', () => res.writeHead(307, { location: `${target.url.replace('/hook', '/stolen')}` }).end());
      });
      await new Promise<void>((r) => bouncer.listen(0, '127.0.0.1', r));
      try {
        const url = `http://127.0.0.1:${(bouncer.address() as AddressInfo).port}/hook`;
        const created = await call(h, 'POST', '/webhooks', { url });
        expect(created.status).toBe(201);
        const row = await firstAttempt(h, created.body.id, (r) => r.lastError !== null);
        expect(row).toMatchObject({ status: 'pending', lastStatus: 307 });
        expect(row.lastError).toMatch(
          /^HTTP 307: webhooks do not follow redirects \(to http:\/\/127\.0\.0\.1:\d+\/stolen\)$/,
        );
        expect(target.received).toEqual([]);
        await call(h, 'DELETE', `/webhooks/${created.body.id}`);
      } finally {
        bouncer.close();
        target.close();
      }
    });
  });
});
