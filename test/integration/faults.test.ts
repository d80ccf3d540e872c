/**
 * Nothing lost when things break. Under load (clients starting deals,
 * completing tasks, handing in leads and calls, each retried with its
 * idempotency key while the server is down), one part of a stack of the
 * test's own is killed or stopped and brought back; then every effect in
 * PostgreSQL is counted against what was sent: none lost, none doubled, no
 * key left stuck.
 */
import { createServer, type Server } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { INBOX_WORKFLOW_ID, OUTBOX_WORKFLOW_ID } from '../../workflows/definitions.js';
import { startFaultStack, TASK_QUEUE, type FaultStack } from '../support/fault-stack.js';
import { countEffects, runLoad, type Sent } from '../support/load.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Until `done` holds (at most a minute), failing with what it waited for. */
const waitFor = (done: () => Promise<boolean>, what: string) =>
  eventually(what, async () => ((await done()) ? true : undefined), 60_000);
const CLIENTS = 4;

describe('faults under load', () => {
  let stack: FaultStack;
  let seedDeal: string;
  const rows: Array<Record<string, unknown>> = [];

  /** Runs the load for `ms`, injects the fault after `afterMs`, then counts the effects. */
  async function underLoad(tag: string, ms: number, afterMs: number, fault: () => Promise<void>) {
    const load = runLoad({ api: () => stack.apiUrl, token: stack.token, clients: CLIENTS, ms, tag, dealId: seedDeal });
    await sleep(afterMs);
    await fault();
    const sent: Sent = await load;
    const { table, stuck } = await countEffects(stack.sql, tag, sent);
    for (const [what, c] of Object.entries(table)) rows.push({ fault: tag, what, ...c, retried: sent.refused });
    return { sent, table, stuck };
  }

  function expectNothingLost(result: Awaited<ReturnType<typeof underLoad>>) {
    expect(result.sent.errors).toEqual([]);
    expect(result.stuck).toBe(0);
    for (const [what, c] of Object.entries(result.table)) {
      expect({ what, lost: c.lost, doubled: c.doubled }).toEqual({ what, lost: 0, doubled: 0 });
      expect(c.sent, what).toBeGreaterThan(0);
    }
  }

  beforeAll(async () => {
    stack = await startFaultStack();
    const res = await fetch(`${stack.apiUrl}/regulations/b2b_basic`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${stack.token}`, 'content-type': 'application/yaml' },
      body: (await import('node:fs')).readFileSync(
        new URL('../../examples/regulations/b2b-basic.yaml', import.meta.url),
        'utf8',
      ),
    });
    expect(res.status).toBe(201);
    const connection = await Connection.connect({ address: stack.temporalAddress });
    const client = new Client({ connection, namespace: stack.namespace });
    for (const [workflow, workflowId] of [
      ['inboxWorkflow', INBOX_WORKFLOW_ID],
      ['outboxWorkflow', OUTBOX_WORKFLOW_ID],
    ] as const) {
      await client.workflow.start(workflow, { workflowId, taskQueue: TASK_QUEUE, args: [{ idleMs: 200 }] });
    }
    await connection.close();
    const seed = await fetch(`${stack.apiUrl}/deals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ regulationId: 'b2b_basic', owner: 'director', client: { name: 'seed' } }),
    });
    seedDeal = ((await seed.json()) as { id: string }).id;
  }, 240_000);

  afterAll(async () => {
    if (rows.length) console.table(rows);
    await stack?.close();
  });

  it('should lose and double nothing when the Temporal server is killed mid-load and restarted on its data', async () => {
    expectNothingLost(await underLoad('temporal', 8_000, 2_000, () => stack.killTemporal(3_000)));
  }, 240_000);

  it('should lose and double nothing when PostgreSQL is stopped for 30 s mid-load', async () => {
    const result = await underLoad('postgres', 6_000, 2_000, () => stack.stopPostgres(30_000));
    expect(result.sent.refused).toBeGreaterThan(0); // the outage was felt, and retried through
    expectNothingLost(result);
  }, 240_000);

  it('should lose and double nothing when the API process is killed mid-load and restarted', async () => {
    expectNothingLost(await underLoad('api', 8_000, 2_000, () => stack.killApi(1_000)));
  }, 240_000);

  it('should deliver every notification to a webhook that is down, then failing, then well', async () => {
    let mode: 'down' | 'failing' | 'well' = 'down';
    let refused = 0;
    const received = new Map<string, number>();
    let server: Server | undefined;
    const port = await (await import('../../runtime/ports.js')).freePort();
    const listen = () =>
      new Promise<void>((resolve) => {
        server = createServer((req, res) => {
          let body = '';
          req.on('data', (d) => (body += d));
          req.on('end', () => {
            if (mode === 'failing') {
              refused++;
              return res.writeHead(500).end();
            }
            const id = String(req.headers['x-reglament-delivery']);
            received.set(id, (received.get(id) ?? 0) + 1);
            res.writeHead(204).end();
          });
        }).listen(port, '127.0.0.1', () => resolve());
      });
    const created = await fetch(`${stack.apiUrl}/webhooks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: `http://127.0.0.1:${port}/hook` }),
    });
    const hook = (await created.json()) as { id: string };
    // Down (connection refused) while the load writes new tasks, then 500s, then well.
    const load = runLoad({
      api: () => stack.apiUrl,
      token: stack.token,
      clients: CLIENTS,
      ms: 4_000,
      tag: 'webhook',
      dealId: seedDeal,
    });
    // Each phase lasts until it has done its part (on a loaded machine the outbox may reach it late):
    // down until an attempt has met the closed port, failing until one has been answered 500.
    const attempted = async () =>
      ((
        await stack.sql`select count(*)::int as n from webhook_deliveries
                        where webhook_id = ${hook.id} and attempts >= 1`
      )[0]!.n as number) > 0;
    await waitFor(attempted, 'an attempt while the webhook is down');
    mode = 'failing';
    await listen();
    await waitFor(async () => refused > 0, 'an attempt answered 500');
    mode = 'well';
    await load;
    const deadline = Date.now() + 90_000;
    let pending = Infinity;
    while (pending > 0 && Date.now() < deadline) {
      await sleep(500);
      const [row] = await stack.sql`select count(*) filter (where status <> 'delivered')::int as pending,
                                           count(*)::int as total from webhook_deliveries where webhook_id = ${hook.id}`;
      pending = row!.pending as number;
    }
    const [row] = await stack.sql`select count(*)::int as total, count(*) filter (where attempts > 1)::int as retried
                                  from webhook_deliveries where webhook_id = ${hook.id}`;
    server?.close();
    const total = row!.total as number;
    rows.push({
      fault: 'webhook',
      what: 'notifications delivered',
      sent: total,
      recorded: received.size,
      lost: total - received.size,
      doubled: [...received.values()].filter((n) => n > 1).length,
      retried: row!.retried,
    });
    expect(total).toBeGreaterThan(0);
    expect(pending).toBe(0);
    expect(received.size).toBe(total);
    expect(row!.retried as number).toBeGreaterThan(0);
  }, 240_000);
});
