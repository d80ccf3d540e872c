import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signature } from '../../activities/outbox.activities.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';
import { webhookReceiver } from '../support/webhook.js';

async function until<T>(probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('notifications', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await publish(h);
    await h.startWorker();
    await call(h, 'PUT', '/managers/nt-m1', { name: 'Nina', role: 'manager', department: 'nt' });
  });
  afterAll(() => h?.close());

  it('should post signed webhooks, retry with backoff, log every attempt and deliver once', async () => {
    const hook = await webhookReceiver(2);
    try {
      const created = await call(h, 'POST', '/webhooks', { url: hook.url });
      expect(created.status).toBe(201);
      const drainer = await h.client.workflow.start('outboxWorkflow', {
        workflowId: `outbox-${h.taskQueue}`,
        taskQueue: h.taskQueue,
        args: [{ idleMs: 200 }],
      });
      const deal = (
        await call(h, 'POST', '/deals', { regulationId: 'b2b_basic', owner: 'nt-m1', client: { name: 'Hook Ltd' } })
      ).body;
      const notificationId = `${deal.id}:1:call_client:task`;
      const delivery = await until(async () => {
        const rows = (await call(h, 'GET', `/webhooks/${created.body.id}/deliveries`)).body.deliveries as Array<
          Record<string, any>
        >;
        const row = rows.find((r) => r.notificationId === notificationId);
        return row?.status === 'delivered' ? row : undefined;
      });
      expect(delivery).toMatchObject({ attempts: 3, lastStatus: 204, lastError: null });
      const posts = hook.received.filter((r) => JSON.parse(r.body).id === notificationId);
      expect(posts).toHaveLength(3); // two failures, then delivered: at least once, and no more
      const last = posts.at(-1)!;
      const [t] = String(last.headers['x-reglament-signature'])
        .match(/t=(\d+)/)!
        .slice(1);
      expect(last.headers['x-reglament-signature']).toBe(signature(created.body.secret, Number(t), last.body));
      expect(JSON.parse(last.body)).toMatchObject({
        kind: 'task',
        recipient: 'nt-m1',
        title: 'New task: Call the client and qualify the need',
      });
      await drainer.terminate('test done');
    } finally {
      hook.close();
    }
  });

  it('should stream a manager’s new task to them live over Server-Sent Events', async () => {
    const res = await h.app.request('/me/stream', { headers: { authorization: `Bearer ${await h.token('nt-m1')}` } });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const read = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        text += decoder.decode(value);
      }
    };
    await read(/event: ready/);
    const deal = (
      await call(h, 'POST', '/deals', { regulationId: 'b2b_basic', owner: 'nt-m1', client: { name: 'Live Ltd' } })
    ).body;
    await read(new RegExp(`${deal.id}:1:log_call:task`));
    const events = text.split('\n\n').filter((b) => b.includes('event: task'));
    const ids = events.map((b) => /"id":"([^"]+)"/.exec(b)![1]);
    expect(ids.filter((id) => id!.startsWith(deal.id))).toEqual([
      `${deal.id}:1:call_client:task`,
      `${deal.id}:1:log_call:task`,
    ]);
    expect(new Set(ids).size).toBe(ids.length); // each shown once
    await reader.cancel();
  });
});
