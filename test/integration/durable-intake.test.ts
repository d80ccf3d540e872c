/**
 * The intake keeps what it accepted: with Temporal unreachable an event is
 * stored and answered at once, then applied by the inbox drainer exactly once;
 * a key left in processing by a process that died is taken up again.
 */
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createApp } from '../../api/app.js';
import { apiDeps } from '../../api/deps.js';
import { applyPendingEvents } from '../../app/intake.js';
import { INBOX_WORKFLOW_ID } from '../../workflows/definitions.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

describe('durable intake', () => {
  let h: Harness;
  let integration: Record<string, string>;
  /** The same API, but its Temporal is a port where nothing answers. */
  let down: ReturnType<typeof createApp>;
  let downConnection: Connection;
  let dealId: string;

  beforeAll(async () => {
    h = await createHarness();
    await publish(h);
    await h.startWorker();
    integration = { 'x-api-key': (await call(h, 'POST', '/api-keys', { name: 'accounting' })).body.key };
    downConnection = Connection.lazy({ address: '127.0.0.1:1' });
    const unreachable = new Client({ connection: downConnection, namespace: inject('namespace') });
    down = createApp(
      apiDeps(h.sql, unreachable, h.taskQueue, randomUUID(), { plugins: h.plugins, intakeTimeoutMs: 1_000 }),
    );
    dealId = (
      await call(h, 'POST', '/deals', {
        regulationId: 'b2b_basic',
        owner: 'test-director',
        client: { name: 'Inbox Ltd' },
      })
    ).body.id;
  });
  afterAll(async () => {
    await downConnection?.close().catch(() => {});
    await h?.close();
  });

  const post = (app: ReturnType<typeof createApp>, body: unknown, key: string) =>
    app.request('/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key, ...integration },
      body: JSON.stringify(body),
    });
  const stored = async (key: string) =>
    (await h.sql`select status, attempts, last_error from inbound_events where key = ${key}`)[0];
  const leads = async (name: string) =>
    (await h.sql`select count(*)::int as n from deals where client->>'name' = ${name}`)[0]!.n as number;

  it('should accept a lead while Temporal is unreachable, then start exactly one deal for it', async () => {
    const key = `lead-${randomUUID()}`;
    const lead = { type: 'form.submitted', data: { regulationId: 'b2b_basic', client: { name: `Lead ${key}` } } };
    const first = await post(down, lead, key);
    expect(first.status).toBe(202);
    expect(await first.json()).toMatchObject({ key, applied: false, duplicate: false });
    expect(await stored(key)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(await leads(`Lead ${key}`)).toBe(0);

    // The integration retries while Temporal is still down: the same event, not a second one.
    const again = await post(down, lead, key);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ key, duplicate: true, applied: false });

    // Temporal is back: the drainer applies what is due (retry after the backoff), once.
    await h.sql`update inbound_events set next_attempt_at = now() where key = ${key}`;
    const ctx = apiDeps(h.sql, h.client, h.taskQueue, 'unused', { plugins: h.plugins });
    expect(await applyPendingEvents(ctx, 50)).toMatchObject({ applied: expect.any(Number), refused: 0 });
    expect(await stored(key)).toMatchObject({ status: 'done' });
    expect(await leads(`Lead ${key}`)).toBe(1);

    // A third delivery gets the first final result and changes nothing.
    const third = await call(h, 'POST', '/events', lead, { ...integration, 'idempotency-key': key });
    expect(third.status).toBe(200);
    expect(third.body).toMatchObject({ key, duplicate: true, applied: true, stage: 'cold_call' });
    expect(await leads(`Lead ${key}`)).toBe(1);
  });

  it('should take up a key its first process left in processing, and apply it once', async () => {
    const key = `call-${randomUUID()}`;
    const event = { type: 'call.logged', data: { dealId, direction: 'in', durationSec: 42 } };
    // A request that stored the event and died before applying it: its lease has run out.
    await h.sql`insert into inbound_events (key, type, source, status, payload, lease_until)
                values (${key}, 'call.logged', 'integration:accounting', 'processing', ${h.sql.json(event)}, now() - interval '1 second')`;
    const retry = await call(h, 'POST', '/events', event, { ...integration, 'idempotency-key': key });
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ key, applied: true, recorded: true });
    expect(await stored(key)).toMatchObject({ status: 'done' });
    const [logged] = await h.sql`select count(*)::int as n from events where id = ${`ext:${key}`}`;
    expect(logged!.n).toBe(1);
  });

  it('should leave a key in processing alone while its holder is alive', async () => {
    const key = `held-${randomUUID()}`;
    const event = { type: 'call.logged', data: { dealId, direction: 'out' } };
    await h.sql`insert into inbound_events (key, type, source, status, payload, lease_until)
                values (${key}, 'call.logged', 'integration:accounting', 'processing', ${h.sql.json(event)}, now() + interval '1 minute')`;
    const repeat = await call(h, 'POST', '/events', event, { ...integration, 'idempotency-key': key });
    expect(repeat.status).toBe(200);
    expect(repeat.body).toMatchObject({ key, duplicate: true, applied: false });
    const [logged] = await h.sql`select count(*)::int as n from events where id = ${`ext:${key}`}`;
    expect(logged!.n).toBe(0);
  });

  it('should drain stored events through the inbox workflow on the worker', async () => {
    const key = `drain-${randomUUID()}`;
    const event = { type: 'call.logged', data: { dealId, direction: 'in', durationSec: 7 } };
    expect((await post(down, event, key)).status).toBe(202);
    // Let the recorded call be due now rather than after the first backoff.
    await h.sql`update inbound_events set next_attempt_at = now() where key = ${key}`;
    // call.logged needs no Temporal: it was applied at once even while Temporal was down.
    expect(await stored(key)).toMatchObject({ status: 'done' });

    const lead = { type: 'form.submitted', data: { regulationId: 'b2b_basic', client: { name: `Drained ${key}` } } };
    expect((await post(down, lead, `${key}-lead`)).status).toBe(202);
    await h.sql`update inbound_events set next_attempt_at = now() where key = ${`${key}-lead`}`;
    const handle = await h.client.workflow.start('inboxWorkflow', {
      workflowId: `${INBOX_WORKFLOW_ID}-${key}`,
      taskQueue: h.taskQueue,
      args: [{ idleMs: 100 }],
    });
    try {
      for (let i = 0; i < 100 && (await stored(`${key}-lead`))?.status !== 'done'; i++)
        await new Promise((r) => setTimeout(r, 100));
      expect(await stored(`${key}-lead`)).toMatchObject({ status: 'done' });
      expect(await leads(`Drained ${key}`)).toBe(1);
    } finally {
      await handle.terminate();
    }
  });
});
