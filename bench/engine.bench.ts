/**
 * `npm run bench`: N deals walked through a five-stage regulation on a real
 * Temporal dev server and PostgreSQL, beside a bare Temporal workflow doing
 * the same round trip (Update → one activity writing one row).
 *
 * Environment: BENCH_DEALS (default 100), BENCH_CONCURRENCY (default 10).
 */
import path from 'node:path';
import { serve } from '@hono/node-server';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
import { createApp } from '../api/app.js';
import { loadRegulation } from '../regulation/load.js';
import { PROJECT_ROOT } from '../runtime/config.js';
import { freePort } from '../runtime/ports.js';
import { benchDirector, startBenchStack } from './stack.js';
import { createDealWorker } from '../runtime/worker.js';
import { apiDeps } from '../api/deps.js';
import { createRegulationRepo } from '../storage/regulations.repo.js';
import { createFloorActivities } from './floor/floor.activities.js';
import { floorStep, floorStop } from './floor/floor.workflow.js';
import { benchRegulation } from './regulation.js';
import { ms, pool, summarize, type Summary } from './stats.js';

const DEALS = Number(process.env.BENCH_DEALS ?? 100);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const STAGES = 5;

const log = (line: string) => process.stderr.write(`  ${line}\n`);
/** A progress counter: redrawn in place on a terminal, one line at the end otherwise. */
const progress = (label: string, total: number) => (done: number) => {
  if (process.stderr.isTTY) process.stderr.write(`\r  ${label}: ${done}/${total}${done === total ? '\n' : ''}`);
  else if (done === total) log(`${label}: ${done}/${total}`);
};

async function main() {
  console.log(`Reglament benchmark: ${DEALS} deals × ${STAGES} stages, ${CONCURRENCY} concurrent clients`);
  const { stack, config, stop } = await startBenchStack(log);
  const sql = stack.sql;
  await sql`create table if not exists bench_floor (id text, step int, primary key (id, step))`;
  const taskQueue = `bench-${Date.now()}`;
  const namespace = config.temporal.namespace;

  log('bundling workflow code');
  const { worker, connection: workerConnection } = await createDealWorker({
    address: stack.temporalAddress,
    namespace,
    taskQueue,
    sql,
  });
  const floorConnection = await NativeConnection.connect({ address: stack.temporalAddress });
  const floorWorker = await Worker.create({
    connection: floorConnection,
    namespace,
    taskQueue: `${taskQueue}-floor`,
    workflowBundle: await bundleWorkflowCode({
      workflowsPath: path.join(PROJECT_ROOT, 'bench/floor/floor.workflow.ts'),
      logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
    }),
    activities: createFloorActivities(sql),
  });
  const running = [worker.run(), floorWorker.run()];

  const connection = await Connection.connect({ address: stack.temporalAddress });
  const temporal = new Client({ connection, namespace });
  const regulations = createRegulationRepo(sql);
  await regulations.publish(loadRegulation(benchRegulation(STAGES)), 'bench');
  const { secret, authorization } = await benchDirector(sql);
  const app = createApp(apiDeps(sql, temporal, taskQueue, secret));
  const port = await freePort();
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  const base = `http://127.0.0.1:${port}`;
  const post = async (url: string, body: unknown) => {
    const res = await fetch(base + url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, any>;
  };
  const get = async (url: string) =>
    (await (await fetch(base + url, { headers: { authorization } })).json()) as Record<string, any>;

  // Warm-up: a few deals through both paths so JIT and connections settle.
  await walkDeals(3, 3, () => {});

  // 1. Deals started per second.
  const ids: string[] = new Array(DEALS);
  const startLatencies: number[] = [];
  const t0 = performance.now();
  await pool(
    DEALS,
    CONCURRENCY,
    async (i) => {
      const s = performance.now();
      ids[i] = (
        await post('/deals', { regulationId: 'bench_five', owner: `m${i % 20}`, client: { name: `Client ${i}` } })
      ).id;
      startLatencies.push(performance.now() - s);
    },
    progress('starting deals', DEALS),
  );
  const startSeconds = (performance.now() - t0) / 1000;

  // 2. complete → next stage's tasks readable, through the API.
  const ours: number[] = [];
  await pool(
    DEALS,
    CONCURRENCY,
    async (i) => {
      const id = ids[i]!;
      for (let stage = 1; stage <= STAGES; stage++) {
        const s = performance.now();
        await post(`/tasks/${id}:${stage}:task_${stage}/complete`, { outcome: 'done' });
        if (stage < STAGES) {
          const open = (await get(`/tasks?dealId=${id}&status=open`)).tasks as Array<{ key: string }>;
          if (open[0]?.key !== `task_${stage + 1}`)
            throw new Error(`deal ${id}: expected task_${stage + 1} open, got ${JSON.stringify(open)}`);
        }
        ours.push(performance.now() - s);
      }
    },
    progress('walking deals', DEALS),
  );

  // 3. The floor: Update → one activity → one row, read back.
  const floor: number[] = [];
  await pool(
    DEALS,
    CONCURRENCY,
    async (i) => {
      const handle = await temporal.workflow.start('floorWorkflow', {
        workflowId: `${taskQueue}-floor-${i}`,
        taskQueue: `${taskQueue}-floor`,
        args: [`f${i}`],
      });
      for (let step = 1; step <= STAGES; step++) {
        const s = performance.now();
        await handle.executeUpdate(floorStep, { args: [step] });
        const [row] = await sql`select step from bench_floor where id = ${`f${i}`} and step = ${step}`;
        if (!row) throw new Error('floor row missing');
        floor.push(performance.now() - s);
      }
      await handle.executeUpdate(floorStop);
    },
    progress('floor workflows', DEALS),
  );

  const [{ won }] =
    (await sql`select count(*)::int as won from deals where regulation_id = 'bench_five' and status = 'won'`) as unknown as [
      { won: number },
    ];
  const [{ tasks }] =
    (await sql`select count(*)::int as tasks from tasks t join deals d on d.id = t.deal_id where d.regulation_id = 'bench_five'`) as unknown as [
      { tasks: number },
    ];

  const row = (label: string, s: Summary) =>
    `  ${label.padEnd(44)} ${ms(s.median).padStart(10)} ${ms(s.p95).padStart(10)} ${ms(s.p99).padStart(10)} ${String(s.n).padStart(6)}`;
  const o = summarize(ours);
  const f = summarize(floor);
  console.log('');
  console.log(
    `  deals started: ${DEALS} in ${startSeconds.toFixed(2)} s = ${(DEALS / startSeconds).toFixed(1)} deals/s (start latency median ${ms(summarize(startLatencies).median)})`,
  );
  console.log(
    `  ${'round trip'.padEnd(44)} ${'median'.padStart(10)} ${'p95'.padStart(10)} ${'p99'.padStart(10)} ${'n'.padStart(6)}`,
  );
  console.log(row('Reglament: POST complete → next tasks read', o));
  console.log(row('floor: bare Update → 1 activity → 1 row', f));
  console.log(
    `  ratio (ours / floor): median ×${(o.median / f.median).toFixed(2)}, p95 ×${(o.p95 / f.p95).toFixed(2)}, p99 ×${(o.p99 / f.p99).toFixed(2)}`,
  );
  console.log(
    `  check: ${won - 3}/${DEALS} measured deals won, ${tasks} tasks in all (expected ${(DEALS + 3) * STAGES})`,
  );
  if (won !== DEALS + 3 || tasks !== (DEALS + 3) * STAGES) process.exitCode = 1;

  server.close();
  worker.shutdown();
  floorWorker.shutdown();
  await Promise.all(running);
  await workerConnection.close();
  await floorConnection.close();
  await connection.close();
  await stop();

  async function walkDeals(n: number, conc: number, _p: (d: number) => void) {
    await pool(n, conc, async (i) => {
      const id = (await post('/deals', { regulationId: 'bench_five', owner: 'warmup', client: { name: `Warm ${i}` } }))
        .id;
      for (let stage = 1; stage <= STAGES; stage++) await post(`/tasks/${id}:${stage}:task_${stage}/complete`, {});
    });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
