/**
 * `npm run bench`: N deals walked through a five-stage regulation on a real
 * Temporal dev server and PostgreSQL, beside a bare Temporal workflow doing
 * the same round trip (Update → one activity writing one row).
 *
 * Everything is measured twice, alone (one client) and at BENCH_CONCURRENCY
 * clients, beside three floors: the bare regular-activity round trip, the
 * bare local-activity one (Update → one local activity → one row), and that
 * same local-activity round trip behind a bare HTTP route (POST → Update,
 * GET → the row: what our two requests cost without Reglament's sign-in,
 * schemas, access checks and transition).
 *
 * Environment: BENCH_DEALS (default 100), BENCH_CONCURRENCY (default 10),
 * BENCH_ALONE_DEALS (default 30: deals started and walked by one client).
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { Client, Connection } from '@temporalio/client';
import { createApp } from '../api/app.js';
import { loadRegulation } from '../regulation/load.js';
import { freePort } from '../runtime/ports.js';
import { benchDirector, startBenchStack } from './stack.js';
import { createDealWorker } from '../runtime/worker.js';
import { apiDeps } from '../api/deps.js';
import { createRegulationRepo } from '../storage/regulations.repo.js';
import { floorStep, floorStop } from './floor/floor.workflow.js';
import { startFloorWorker } from './floor/worker.js';
import { benchRegulation } from './regulation.js';
import { cpuPerOperation, cpuSeconds, ms, pool, summarize, type Summary } from './stats.js';

const DEALS = Number(process.env.BENCH_DEALS ?? 100);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const ALONE = Number(process.env.BENCH_ALONE_DEALS ?? 30);
const STAGES = 5;
/** The servers beside this process whose CPU a start or a round trip costs too. */
const SERVERS = { PostgreSQL: /postgres/, Temporal: /temporal/ };

const log = (line: string) => process.stderr.write(`  ${line}\n`);
/** A progress counter: redrawn in place on a terminal, one line at the end otherwise. */
const progress = (label: string, total: number) => (done: number) => {
  if (process.stderr.isTTY) process.stderr.write(`\r  ${label}: ${done}/${total}${done === total ? '\n' : ''}`);
  else if (done === total) log(`${label}: ${done}/${total}`);
};

async function main() {
  console.log(
    `Reglament benchmark: ${DEALS} deals × ${STAGES} stages at ${CONCURRENCY} concurrent clients, ${ALONE} alone`,
  );
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
  const { worker: floorWorker, connection: floorConnection } = await startFloorWorker({
    address: stack.temporalAddress,
    namespace,
    taskQueue: `${taskQueue}-floor`,
    sql,
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

  // The local-activity floor behind HTTP: a bare route per call, the same server library, nothing of ours.
  const floorApp = new Hono()
    .post('/floor/:id/step', async (c) => {
      const { step } = (await c.req.json()) as { step: number };
      await temporal.workflow.getHandle(floorWorkflowId(c.req.param('id'))).executeUpdate(floorStep, { args: [step] });
      return c.json({ step });
    })
    .get('/floor/:id/:step', async (c) => {
      const [row] =
        await sql`select step from bench_floor where id = ${c.req.param('id')} and step = ${Number(c.req.param('step'))}`;
      return c.json({ row: row ?? null });
    });
  const floorPort = await freePort();
  const floorServer = serve({ fetch: floorApp.fetch, port: floorPort, hostname: '127.0.0.1' });
  const floorBase = `http://127.0.0.1:${floorPort}`;

  // Warm-up: a few deals through every path so JIT and connections settle.
  await walkDeals(3, 3, () => {});
  await floorRuns('floorWorkflow', 'warm-r', 3, 3);
  await floorRuns('floorLocalWorkflow', 'warm-l', 3, 3);
  await floorRuns('floorLocalWorkflow', 'warm-h', 3, 3, 'http');

  const startDeals = async (label: string, n: number, conc: number) => {
    const ids: string[] = new Array(n);
    const latencies: number[] = [];
    const t0 = performance.now();
    await pool(
      n,
      conc,
      async (i) => {
        const s = performance.now();
        ids[i] = (
          await post('/deals', {
            regulationId: 'bench_five',
            owner: `m${i % 20}`,
            client: { name: `Client ${label} ${i}` },
          })
        ).id;
        latencies.push(performance.now() - s);
      },
      progress(`starting deals (${label})`, n),
    );
    return { ids, latencies, seconds: (performance.now() - t0) / 1000 };
  };

  /** POST complete → next stage's tasks read, every stage of every deal. */
  const walk = async (label: string, ids: string[], conc: number) => {
    const samples: number[] = [];
    await pool(
      ids.length,
      conc,
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
          samples.push(performance.now() - s);
        }
      },
      progress(`walking deals (${label})`, ids.length),
    );
    return samples;
  };

  // Alone: one client at a time, in rounds taking turns with the floors, so a
  // shared machine's drift over the run weighs on each side alike.
  const ROUNDS = 3;
  const aloneStart = { latencies: [] as number[], seconds: 0, n: 0 };
  const aloneRuns = { ours: [] as number[], regular: [] as number[], local: [] as number[], http: [] as number[] };
  for (let r = 0; r < ROUNDS; r++) {
    const n = Math.floor(ALONE / ROUNDS) + (r < ALONE % ROUNDS ? 1 : 0);
    const started = await startDeals(`alone, round ${r + 1}/${ROUNDS}`, n, 1);
    aloneStart.latencies.push(...started.latencies);
    aloneStart.seconds += started.seconds;
    aloneStart.n += n;
    aloneRuns.ours.push(...(await walk(`alone, round ${r + 1}/${ROUNDS}`, started.ids, 1)));
    aloneRuns.local.push(...(await floorRuns('floorLocalWorkflow', `la${r}-`, n, 1)));
    aloneRuns.http.push(...(await floorRuns('floorLocalWorkflow', `ha${r}-`, n, 1, 'http')));
    aloneRuns.regular.push(...(await floorRuns('floorWorkflow', `ra${r}-`, n, 1)));
  }
  const startAlone = { latencies: summarize(aloneStart.latencies), perSecond: aloneStart.n / aloneStart.seconds };
  const [oursAlone, localAlone, httpAlone, regularAlone] = [
    aloneRuns.ours,
    aloneRuns.local,
    aloneRuns.http,
    aloneRuns.regular,
  ].map(summarize) as [Summary, Summary, Summary, Summary];
  // Concurrent clients.
  const cpu0 = cpuSeconds(SERVERS);
  const many = await startDeals(`${CONCURRENCY} clients`, DEALS, CONCURRENCY);
  const cpu1 = cpuSeconds(SERVERS);
  const startMany = { ids: many.ids, latencies: summarize(many.latencies), perSecond: DEALS / many.seconds };
  const oursMany = summarize(await walk(`${CONCURRENCY} clients`, startMany.ids, CONCURRENCY));
  const cpu2 = cpuSeconds(SERVERS);
  const cpuLine = (label: string, per: Record<string, number>) =>
    `  CPU per ${label}: ${Object.entries(per)
      .map(([k, v]) => `${k === 'this process' ? 'API, worker and clients' : k} ${ms(v)}`)
      .join(', ')}`;
  const regularMany = summarize(await floorRuns('floorWorkflow', 'rc', DEALS, CONCURRENCY));
  const localMany = summarize(await floorRuns('floorLocalWorkflow', 'lc', DEALS, CONCURRENCY));
  const httpMany = summarize(await floorRuns('floorLocalWorkflow', 'hc', DEALS, CONCURRENCY, 'http'));

  const [{ won }] =
    (await sql`select count(*)::int as won from deals where regulation_id = 'bench_five' and status = 'won'`) as unknown as [
      { won: number },
    ];
  const [{ tasks }] =
    (await sql`select count(*)::int as tasks from tasks t join deals d on d.id = t.deal_id where d.regulation_id = 'bench_five'`) as unknown as [
      { tasks: number },
    ];

  const row = (label: string, s: Summary) =>
    `  ${label.padEnd(46)} ${ms(s.median).padStart(10)} ${ms(s.p95).padStart(10)} ${ms(s.p99).padStart(10)} ${String(s.n).padStart(6)}`;
  const ratio = (o: Summary, f: Summary) =>
    `median ×${(o.median / f.median).toFixed(2)}, p95 ×${(o.p95 / f.p95).toFixed(2)}, p99 ×${(o.p99 / f.p99).toFixed(2)}`;
  const header = (title: string) =>
    `  ${title.padEnd(46)} ${'median'.padStart(10)} ${'p95'.padStart(10)} ${'p99'.padStart(10)} ${'n'.padStart(6)}`;
  console.log('');
  console.log(
    `  deals started, ${CONCURRENCY} clients: ${DEALS} at ${startMany.perSecond.toFixed(1)} deals/s; start latency median ${ms(startMany.latencies.median)}, p95 ${ms(startMany.latencies.p95)}, p99 ${ms(startMany.latencies.p99)}`,
  );
  console.log(cpuLine('deal started', cpuPerOperation(cpu0, cpu1, DEALS)));
  console.log(cpuLine('round trip', cpuPerOperation(cpu1, cpu2, DEALS * STAGES)));
  console.log(
    `  deals started, alone: ${ALONE} at ${startAlone.perSecond.toFixed(1)} deals/s; start latency median ${ms(startAlone.latencies.median)}, p95 ${ms(startAlone.latencies.p95)}, p99 ${ms(startAlone.latencies.p99)}`,
  );
  for (const [title, o, r, l, h] of [
    ['round trip, alone (1 client)', oursAlone, regularAlone, localAlone, httpAlone],
    [`round trip, ${CONCURRENCY} clients`, oursMany, regularMany, localMany, httpMany],
  ] as const) {
    console.log('');
    console.log(header(title));
    console.log(row('Reglament: POST complete → next tasks read', o));
    console.log(row('floor: Update → 1 local activity → 1 row', l));
    console.log(row('floor: the same behind bare HTTP (POST, GET)', h));
    console.log(row('floor: Update → 1 activity → 1 row', r));
    console.log(`  ratio ours / local-activity floor:   ${ratio(o, l)}`);
    console.log(`  ratio ours / the same over HTTP:     ${ratio(o, h)}`);
    console.log(`  ratio ours / regular-activity floor: ${ratio(o, r)}`);
  }
  const measured = ALONE + DEALS;
  console.log(
    `\n  check: ${won - 3}/${measured} measured deals won, ${tasks} tasks in all (expected ${(measured + 3) * STAGES})`,
  );
  if (won !== measured + 3 || tasks !== (measured + 3) * STAGES) process.exitCode = 1;

  server.close();
  floorServer.close();
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

  function floorWorkflowId(id: string) {
    return `${taskQueue}-floor-${id}`;
  }

  /**
   * The floor: Update → one activity (regular or local) → one row, read back;
   * `via: 'http'` sends the Update and the read through the bare HTTP routes.
   */
  async function floorRuns(
    workflow: 'floorWorkflow' | 'floorLocalWorkflow',
    tag: string,
    n: number,
    conc: number,
    via: 'client' | 'http' = 'client',
  ) {
    const samples: number[] = [];
    await pool(
      n,
      conc,
      async (i) => {
        const id = `${tag}${i}`;
        const handle = await temporal.workflow.start(workflow, {
          workflowId: floorWorkflowId(id),
          taskQueue: `${taskQueue}-floor`,
          args: [id],
        });
        for (let step = 1; step <= STAGES; step++) {
          const s = performance.now();
          let row: unknown;
          if (via === 'http') {
            const res = await fetch(`${floorBase}/floor/${id}/step`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ step }),
            });
            if (!res.ok) throw new Error(`floor step: ${res.status}`);
            await res.json();
            row = ((await (await fetch(`${floorBase}/floor/${id}/${step}`)).json()) as { row: unknown }).row;
          } else {
            await handle.executeUpdate(floorStep, { args: [step] });
            [row] = await sql`select step from bench_floor where id = ${id} and step = ${step}`;
          }
          if (!row) throw new Error('floor row missing');
          samples.push(performance.now() - s);
        }
        await handle.executeUpdate(floorStop);
      },
      progress(`${workflow} (${tag})`, n),
    );
    return samples;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
