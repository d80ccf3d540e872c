/**
 * The production shape, run here: a full Temporal server (the project's Go
 * build of go.temporal.io/server, runtime/temporal-server) with its default
 * and visibility stores in PostgreSQL databases of their own, two API
 * processes and two worker processes on one task queue. Deals walked through
 * both APIs lose nothing and double nothing when worker 1 is killed mid-way.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import proto from '@temporalio/proto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { issueToken } from '../../api/auth.js';
import { createReglamentClient, type ReglamentClient } from '../../client/index.js';
import { loadPlugins } from '../../plugins/index.js';
import { loadRegulation } from '../../regulation/load.js';
import { loadConfig } from '../../runtime/config.js';
import { freePort } from '../../runtime/ports.js';
import { ensureTemporalServer, startTemporalCluster, type TemporalCluster } from '../../runtime/temporal-cluster.js';
import { connect, type Sql } from '../../storage/db.js';
import { createManagerRepo } from '../../storage/managers.repo.js';
import { createRegulationRepo } from '../../storage/regulations.repo.js';
import { dealWorkflowId } from '../../workflows/definitions.js';
import { contractCheck, EXAMPLE, TEST_DIRECTOR } from '../support/harness.js';
import { startReady } from '../support/ready-process.js';
import { B2B_WALK } from '../support/b2b-walk.js';

const DEALS = 6;
const DATABASES = { default: 'reglament_cluster_test', visibility: 'reglament_cluster_test_visibility' };

/** The API over real HTTP, each answer checked against the OpenAPI document. */
function httpClient(port: number, token: string): ReglamentClient {
  return createReglamentClient({
    baseUrl: `http://127.0.0.1:${port}`,
    token,
    fetch: async (request) => {
      const res = await fetch(request);
      const text = await res.clone().text();
      const type = res.headers.get('content-type');
      contractCheck()(
        request.method,
        request.url,
        res.status,
        text && /json/.test(type ?? '') ? JSON.parse(text) : text || undefined,
        type,
      );
      return res;
    },
  });
}

describe('two APIs and two workers on a Temporal server over PostgreSQL', () => {
  const settings = loadConfig().temporal;
  const taskQueue = `cluster-${randomUUID()}`;
  const children: ChildProcess[] = [];
  let cluster: TemporalCluster;
  let sql: Sql;
  let temporal: Client;
  let apis: ReglamentClient[];
  let workers: ChildProcess[];
  let processEnv: Record<string, string>;
  let token: string;

  beforeAll(async () => {
    const binary = await ensureTemporalServer((line) => console.log(`[cluster] ${line}`));
    cluster = await startTemporalCluster({
      binary,
      postgresUrl: inject('databaseUrl'),
      port: await freePort(),
      settings,
      databases: DATABASES,
    });
    sql = connect(inject('databaseUrl'));
    const plugins = await loadPlugins();
    const text = readFileSync(EXAMPLE, 'utf8');
    await createRegulationRepo(sql).publish(loadRegulation(text, undefined, { composer: plugins }), 'test', text);
    const managers = createManagerRepo(sql);
    if (!(await managers.get(TEST_DIRECTOR)))
      await managers.upsert({ id: TEST_DIRECTOR, name: 'Test director', role: 'director' });
    const secret = `cluster-secret-${randomUUID()}`;
    const env = (processEnv = {
      TEMPORAL_ADDRESS: cluster.address,
      TEMPORAL_NAMESPACE: settings.namespace,
      TASK_QUEUE: taskQueue,
      DATABASE_URL: inject('databaseUrl'),
      WORKFLOW_BUNDLE: inject('workflowBundlePath'),
      REGLAMENT_JWT_SECRET: secret,
    });
    const ports = [await freePort(), await freePort()];
    const started = await Promise.all([
      startReady('test/support/worker-process.ts', env),
      startReady('test/support/worker-process.ts', env),
      ...ports.map((port) => startReady('test/support/api-process.ts', { ...env, PORT: String(port) })),
    ]);
    children.push(...started);
    workers = started.slice(0, 2);
    token = await issueToken(secret, TEST_DIRECTOR);
    apis = ports.map((port) => httpClient(port, token));
    temporal = new Client({
      connection: await Connection.connect({ address: cluster.address }),
      namespace: settings.namespace,
    });
  });

  it('should answer /ready with 503 from an API whose Temporal cannot be reached', async () => {
    const port = await freePort();
    const api = await startReady('test/support/api-process.ts', {
      ...processEnv,
      TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}`, // nothing listens there
      PORT: String(port),
    });
    children.push(api);
    const client = httpClient(port, token);
    expect((await client.GET('/health')).response.status).toBe(200); // up, but not ready
    const ready = await client.GET('/ready');
    expect(ready.response.status).toBe(503);
    expect(ready.error).toMatchObject({ code: 'TEMPORAL_UNAVAILABLE' });
    expect(ready.response.headers.get('retry-after')).toBe('2');
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await temporal?.connection.close();
    await sql?.end({ timeout: 5 });
    await cluster?.stop();
  });

  it('should walk every deal to won through API A and B while worker 1 is killed, with no task lost or doubled', async () => {
    // Both workers poll the one task queue: a second poller, not a second code path.
    const queue = await temporal.workflowService.describeTaskQueue({
      namespace: settings.namespace,
      taskQueue: { name: taskQueue },
      taskQueueType: proto.temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
    });
    expect(new Set(queue.pollers.map((p) => p.identity)).size).toBe(2);
    // Each API is ready: PostgreSQL and this Temporal both answer.
    for (const api of apis) {
      const ready = await api.GET('/ready');
      expect(ready.response.status).toBe(200);
      expect(ready.data).toEqual({ status: 'ready', database: 'ok', temporal: 'ok' });
    }

    let steps = 0;
    let killedAt: number | undefined;
    const killWorker1 = () => {
      killedAt = steps;
      workers[0]!.kill('SIGKILL');
    };
    const walk = async (d: number) => {
      const start = await apis[d % 2]!.POST('/deals', {
        body: { regulationId: 'b2b_basic', owner: 'anna', client: { name: `Cluster client ${d}` } },
      });
      expect(start.response.status).toBe(201);
      const id = start.data!.id;
      for (const [i, step] of B2B_WALK.entries()) {
        // Alternate the APIs step by step, each deal starting on the other one from its neighbour.
        const api = apis[(d + i + 1) % 2]!;
        const res =
          typeof step === 'string'
            ? await api.POST('/deals/{id}/events', { params: { path: { id } }, body: { type: step } })
            : await api.POST('/tasks/{id}/complete', {
                params: { path: { id: `${id}:${step.task[0]}:${step.task[1]}` } },
                body: step.body,
              });
        expect(res.response.status, `${id} step ${i} (${JSON.stringify(step)})`).toBe(200);
        // Mid-way through the walk of all deals, with other deals' requests in flight.
        if (++steps === Math.floor((DEALS * B2B_WALK.length) / 2)) killWorker1();
      }
      return id;
    };
    const ids = await Promise.all(Array.from({ length: DEALS }, (_, d) => walk(d)));
    expect(killedAt).toBeDefined();
    expect(workers[0]!.exitCode ?? workers[0]!.signalCode).toBe('SIGKILL');

    // Every (deal, stage visit) has its tasks exactly once, in the state the walk left them.
    const rows = await sql`
      select deal_id, visit, key, status, count(*)::int as n from tasks
      where deal_id = any(${ids}) group by deal_id, visit, key, status order by deal_id, visit, key`;
    const expected = [
      '1:call_client:done:1',
      '1:log_call:cancelled:1',
      '2:hold_meeting:done:1',
      '2:schedule_meeting:done:1',
      '3:prepare_proposal:done:1',
      '3:send_proposal:done:1',
      '4:follow_up_call:done:1',
      '5:confirm_payment:done:1',
      '5:issue_invoice:done:1',
    ];
    for (const id of ids) {
      const mine = rows.filter((r) => r.dealId === id).map((r) => `${r.visit}:${r.key}:${r.status}:${r.n}`);
      expect(mine, id).toEqual(expected);
    }
    // Each stage entered once, in order; each deal's workflow ended won.
    const entered = await sql`
      select deal_id, count(*)::int as n, count(distinct seq)::int as seqs from events
      where deal_id = any(${ids}) and type = 'stage.entered' group by deal_id`;
    expect(entered.map((e) => [e.n, e.seqs])).toEqual(ids.map(() => [6, 6]));
    for (const id of ids) {
      const handle = temporal.workflow.getHandle(dealWorkflowId(id));
      expect(await handle.result()).toEqual({ dealId: id, stage: 'won', status: 'won' });
    }

    // Temporal's own state is in PostgreSQL: histories in the default store, the deals in visibility.
    const temporalDb = connect(inject('databaseUrl').replace(/\/[^/]*$/, `/${DATABASES.default}`));
    const visibilityDb = connect(inject('databaseUrl').replace(/\/[^/]*$/, `/${DATABASES.visibility}`));
    try {
      const workflowIds = ids.map(dealWorkflowId);
      const [{ n: executions } = { n: 0 }] =
        await temporalDb`select count(distinct workflow_id)::int as n from current_executions where workflow_id = any(${workflowIds})`;
      expect(executions).toBe(DEALS);
      const [{ n: closed } = { n: 0 }] = await visibilityDb`
        select count(*)::int as n from executions_visibility where workflow_id = any(${workflowIds}) and status = 2`;
      expect(closed).toBe(DEALS); // 2: completed
    } finally {
      await temporalDb.end({ timeout: 5 });
      await visibilityDb.end({ timeout: 5 });
    }
  });
});
