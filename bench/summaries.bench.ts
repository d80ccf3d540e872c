/**
 * What keeping the analytics summaries current costs a manager: the round
 * trip of `POST /tasks/{id}/complete` (API → Temporal update → deal workflow →
 * local activity writing the transition, and the summaries with it → answer),
 * on two deal workers side by side, one keeping the summaries
 * (`createDealWorker` as deployed) and one not (`summaries: false`), each on
 * its own task queue, against the same PostgreSQL. Deals of both are walked
 * stage by stage, alternating (with, without, without, with, …) so drift in
 * the machine's load falls on both alike; one request at a time.
 *
 * Run by `npm run bench:analytics` against the database it generated (a
 * million events), so the summaries are kept at that size; runnable alone on
 * an empty embedded database too: `tsx bench/summaries.bench.ts`.
 *
 * @module
 */
import { serve } from '@hono/node-server';
import { Client, Connection } from '@temporalio/client';
import { fileURLToPath } from 'node:url';
import { createApp } from '../api/app.js';
import { apiDeps } from '../api/deps.js';
import { loadRegulation } from '../regulation/load.js';
import { freePort } from '../runtime/ports.js';
import { bundleWorkflows, createDealWorker } from '../runtime/worker.js';
import { createRegulationRepo } from '../storage/regulations.repo.js';
import { benchDirector, startBenchStack } from './stack.js';
import { ms, summarize, type Summary } from './stats.js';

const STAGES = 5;

/** Five stages, each with an SLA in working time and a call or a meeting that moves the deal on. */
function regulationYaml(): string {
  const lines = [
    'id: bench_summaries',
    'title: Benchmark, summaries kept or not',
    'escalation:',
    '  chain:',
    '    - { to: assignee, after: PT4H }',
    'stages:',
  ];
  for (let i = 1; i <= STAGES; i++) {
    lines.push(
      `  - key: stage_${i}`,
      `    title: Stage ${i}`,
      `    sla: P${i}D`,
      `    tasks: [{ key: task_${i}, title: Task ${i}, due: PT${i}H, kind: ${i % 2 ? 'call' : 'meeting'} }]`,
      `    advance: ${i === STAGES ? 'won' : `stage_${i + 1}`}`,
      `    on: { LOST: { to: lost, enforce: false } }`,
    );
  }
  lines.push('  - { key: won, title: Won, final: won }', '  - { key: lost, title: Lost, final: lost }');
  return lines.join('\n') + '\n';
}

type Mode = 'with' | 'without';

/**
 * Starts a Temporal dev server beside the PostgreSQL at `databaseUrl` (or an
 * embedded one), two workers and two API apps, walks `deals` deals of each
 * through five stages and returns the report lines: median and p99 of each,
 * and their ratios.
 */
export async function transitionRoundTrip(options: {
  databaseUrl?: string;
  deals: number;
  log: (line: string) => void;
}): Promise<string[]> {
  const { log, deals } = options;
  const { stack, config, stop } = await startBenchStack(
    log,
    options.databaseUrl ? { databaseUrl: options.databaseUrl } : {},
  );
  const closers: Array<() => Promise<void>> = [];
  try {
    const sql = stack.sql;
    await createRegulationRepo(sql).publish(loadRegulation(regulationYaml()), 'bench');
    log('bundling workflow code');
    const bundle = await bundleWorkflows();
    const stamp = Date.now();
    const queues: Record<Mode, string> = { with: `summaries-on-${stamp}`, without: `summaries-off-${stamp}` };
    const workers = await Promise.all(
      (['with', 'without'] as const).map((mode) =>
        createDealWorker({
          address: stack.temporalAddress,
          namespace: config.temporal.namespace,
          taskQueue: queues[mode],
          sql,
          bundle,
          ...(mode === 'without' ? { summaries: false } : {}),
        }),
      ),
    );
    const running = workers.map((w) => w.worker.run());
    closers.push(async () => {
      for (const w of workers) w.worker.shutdown();
      await Promise.all(running);
      for (const w of workers) await w.connection.close();
    });
    const connection = await Connection.connect({ address: stack.temporalAddress });
    closers.push(() => connection.close());
    const temporal = new Client({ connection, namespace: config.temporal.namespace });
    const { secret, authorization } = await benchDirector(sql);
    const bases = {} as Record<Mode, string>;
    for (const mode of ['with', 'without'] as const) {
      const port = await freePort();
      const server = serve({
        fetch: createApp(apiDeps(sql, temporal, queues[mode], secret)).fetch,
        port,
        hostname: '127.0.0.1',
      });
      closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
      bases[mode] = `http://127.0.0.1:${port}`;
    }
    const post = async (mode: Mode, url: string, body: unknown) => {
      const res = await fetch(bases[mode] + url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const start = async (mode: Mode, name: string) =>
      (await post(mode, '/deals', { regulationId: 'bench_summaries', owner: `m${stamp % 200}`, client: { name } }))
        .id as string;
    const complete = (mode: Mode, id: string, stage: number) =>
      post(mode, `/tasks/${id}:${stage}:task_${stage}/complete`, { outcome: 'held' });

    // Warm-up: JIT, connections and the workers' caches, on both sides.
    for (let i = 0; i < 3; i++)
      for (const mode of ['with', 'without'] as const) {
        const id = await start(mode, `warm ${mode} ${i}`);
        for (let s = 1; s <= STAGES; s++) await complete(mode, id, s);
      }

    const ids: Record<Mode, string[]> = { with: [], without: [] };
    for (let i = 0; i < deals; i++)
      for (const mode of ['with', 'without'] as const) ids[mode].push(await start(mode, `${mode} ${i}`));
    const samples: Record<Mode, number[]> = { with: [], without: [] };
    for (let s = 1; s <= STAGES; s++) {
      for (let i = 0; i < deals; i++) {
        const order: Mode[] = (s + i) % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
        for (const mode of order) {
          const t = performance.now();
          await complete(mode, ids[mode][i]!, s);
          samples[mode].push(performance.now() - t);
        }
      }
      log(`round trips: stage ${s}/${STAGES} walked on ${2 * deals} deals`);
    }

    // Both walked every deal to the end; only one kept the summaries.
    const [check] = await sql`
      select count(*) filter (where status = 'won')::int as won,
             count(*) filter (where status = 'won' and exists (select 1 from analytics_deal_cycles c where c.deal_id = d.id))::int as with_cycle
      from deals d where id = any(${[...ids.with, ...ids.without]})`;
    if (check!.won !== 2 * deals || check!.withCycle !== deals)
      throw new Error(`round trip check failed: ${JSON.stringify(check)}`);

    const w = summarize(samples.with);
    const wo = summarize(samples.without);
    const row = (label: string, x: Summary) =>
      `${label.padEnd(66)} median ${ms(x.median).padStart(9)} p99 ${ms(x.p99).padStart(9)} (n=${x.n})`;
    return [
      row('transition round trip without summaries (POST complete → answer)', wo),
      row('transition round trip with summaries    (POST complete → answer)', w),
      `  round trip with / without: median ${(w.median / wo.median).toFixed(3)}, p99 ${(w.p99 / wo.p99).toFixed(3)} (target: ≤ 1.10)`,
    ];
  } finally {
    for (const close of closers.reverse()) await close().catch(() => {});
    await stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lines = await transitionRoundTrip({
    deals: Number(process.env.ROUNDTRIP_DEALS ?? 100),
    log: (line) => process.stderr.write(`  ${line}\n`),
  });
  console.log(lines.join('\n'));
}
