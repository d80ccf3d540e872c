/**
 * `npm run bench:scale`: N open deals, each with pending timers (reminders
 * before and at its tasks' due times), on a real Temporal dev server and
 * PostgreSQL, with the deal worker in this process. Reports the time to start
 * them, the worker's memory (RSS, heap) and CPU at rest and while a batch of
 * timers fires, the batch's firing lag, and history length per deal from a
 * sample of workflows; then the figures per 1,000 deals.
 *
 * Most deals' timers are hours away; the last BENCH_SCALE_FIRE deals (default
 * a tenth, at most 1,000) have a task due BENCH_SCALE_FIRE_AFTER seconds after
 * they start, with a reminder at the due instant, so they fire together while
 * the rest wait.
 *
 * Environment: BENCH_SCALE_DEALS (default 10000), BENCH_SCALE_CONCURRENCY
 * (default 20), BENCH_SCALE_FIRE, BENCH_SCALE_FIRE_AFTER (default 60),
 * BENCH_SCALE_REST_SECONDS (default 15), BENCH_SCALE_SAMPLE (default 50).
 */
import { loadRegulation } from '../regulation/load.js';
import { createRegulationRepo } from '../storage/regulations.repo.js';
import { dealWorkflowId } from '../workflows/definitions.js';
import { startBenchApp } from './stack.js';
import { ms, pool, summarize } from './stats.js';

const DEALS = Number(process.env.BENCH_SCALE_DEALS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_SCALE_CONCURRENCY ?? 20);
const FIRE = Math.min(DEALS, Number(process.env.BENCH_SCALE_FIRE ?? Math.min(1000, Math.ceil(DEALS / 10))));
const FIRE_AFTER = Number(process.env.BENCH_SCALE_FIRE_AFTER ?? 60);
const REST_SECONDS = Number(process.env.BENCH_SCALE_REST_SECONDS ?? 15);
const SAMPLE = Number(process.env.BENCH_SCALE_SAMPLE ?? 50);
const log = (line: string) => process.stderr.write(`  ${line}\n`);
const sleep = (msec: number) => new Promise((r) => setTimeout(r, msec));

/**
 * Three tasks with reminders at each due time, and 30 minutes before (at
 * rest): six pending timers a resting deal, three a firing one.
 */
function scaleRegulation(id: string, firstDue: string, offsets: string) {
  return `id: ${id}
title: Scale benchmark
calendar: { timezone: UTC, workingDays: [1, 2, 3, 4, 5, 6, 7], start: "00:00", end: "24:00" }
stages:
  - key: work
    title: Work
    tasks:
      - { key: first, title: First, due: ${firstDue} }
      - { key: second, title: Second, due: PT2H }
      - { key: third, title: Third, due: PT3H }
    on: { DROP: { to: lost, enforce: false } }
  - { key: lost, title: Lost, final: lost }
rules:
  reminders:
    - conditions: { all: [ { fact: stage, operator: equal, value: work } ] }
      event: { type: remind, params: { offsets: [${offsets}] } }
`;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/** The process's CPU (user + system) over a window, as a share of one core. */
async function window(seconds: number) {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  await sleep(seconds * 1000);
  return cpuSince(cpu, t0);
}
function cpuSince(cpu: NodeJS.CpuUsage, t0: number) {
  const used = process.cpuUsage(cpu);
  const wall = (performance.now() - t0) * 1000;
  return { cpu: (used.user + used.system) / wall, memory: process.memoryUsage() };
}

async function main() {
  console.log(
    `Reglament scale: ${DEALS} open deals with pending timers (${FIRE} of them firing ${FIRE_AFTER} s after start), ${CONCURRENCY} clients`,
  );
  const { sql, app, temporal, authorization, stop } = await startBenchApp(log, 'scale');
  const regulations = createRegulationRepo(sql);
  await regulations.publish(loadRegulation(scaleRegulation('scale_rest', 'PT1H', '-PT30M, PT0S')), 'bench');
  await regulations.publish(loadRegulation(scaleRegulation('scale_fire', `PT${FIRE_AFTER}S`, 'PT0S')), 'bench');
  const start = async (regulationId: string, i: number) => {
    const res = await app.request('/deals', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ regulationId, owner: `m${i % 50}`, client: { name: `S${i}` } }),
    });
    if (res.status !== 201) throw new Error(`start failed: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  };
  // Warm-up: JIT, connections and the workflow bundle.
  await pool(20, 10, async (i) => void (await start('scale_rest', -1 - i)));
  const baseline = await window(5);

  const ids: string[] = new Array(DEALS);
  let done = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const rest = DEALS - FIRE;
  await pool(DEALS, CONCURRENCY, async (i) => {
    ids[i] = await start(i < rest ? 'scale_rest' : 'scale_fire', i);
    if (++done % 1000 === 0) log(`${done}/${DEALS} started, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  });
  const startSeconds = (performance.now() - t0) / 1000;
  const starting = cpuSince(cpu0, t0);
  const lastStart = Date.now();

  // At rest: everything started, no timer due yet.
  await sleep(2000);
  const restWindow = Math.max(1, Math.min(REST_SECONDS, FIRE_AFTER - (Date.now() - lastStart) / 1000 - FIRE_AFTER / 2));
  const atRest = await window(restWindow);

  // The batch fires: from the first firing deal's due instant until all its reminders are in.
  const [{ from }] = (await sql`select min(fire_at) as from from timers t join deals d on d.id = t.deal_id
      where d.regulation_id = 'scale_fire' and t.fire_at < now() + interval '1 hour'`) as unknown as [{ from: Date }];
  await sleep(Math.max(0, new Date(from).getTime() - Date.now()));
  const fireCpu = process.cpuUsage();
  const fireT0 = performance.now();
  let peakRss = process.memoryUsage().rss;
  const deadline = Date.now() + 120_000;
  let fired = 0;
  while (Date.now() < deadline) {
    const [r] = await sql`select count(*)::int as n from notifications n join deals d on d.id = n.deal_id
        where n.kind = 'reminder' and d.regulation_id = 'scale_fire'`;
    fired = r!.n as number;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (fired >= FIRE) break;
    await sleep(250);
  }
  const firing = cpuSince(fireCpu, fireT0);
  const fireSeconds = (performance.now() - fireT0) / 1000;
  const lags = summarize(
    (
      await sql`select extract(epoch from (n.created_at - t.fire_at)) * 1000 as lag from notifications n
          join timers t on t.id = (n.data->>'timerId') join deals d on d.id = n.deal_id where d.regulation_id = 'scale_fire'`
    ).map((r) => Number(r.lag)),
  );

  // History per deal, from a sample spread over the run.
  const sample = Array.from({ length: Math.min(SAMPLE, DEALS) }, (_, k) => ids[Math.floor((k * DEALS) / SAMPLE)]!);
  const histories = await Promise.all(
    sample.map(async (id) => {
      const d = await temporal.workflow.getHandle(dealWorkflowId(id)).describe();
      return { length: d.historyLength, size: d.historySize ?? 0, firing: ids.indexOf(id) >= rest };
    }),
  );
  const lengths = summarize(histories.map((h) => h.length));
  const sizes = summarize(histories.map((h) => h.size));
  const [{ pending }] =
    (await sql`select count(*)::int as pending from timers where status = 'scheduled'`) as unknown as [
      { pending: number },
    ];

  const per1000 = (x: number) => (x / DEALS) * 1000;
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log('');
  console.log(
    `  started ${DEALS} deals in ${startSeconds.toFixed(1)} s = ${(DEALS / startSeconds).toFixed(1)} deals/s`,
  );
  console.log(`  timers in the read model: ${pending} (${(pending / DEALS).toFixed(1)} a deal)`);
  console.log(`  worker process (deal worker + API in one process; one core = 100 %):`);
  console.log(
    `    before the deals: RSS ${mib(baseline.memory.rss)}, heap ${mib(baseline.memory.heapUsed)}, CPU ${pct(baseline.cpu)}`,
  );
  console.log(`    while starting:   CPU ${pct(starting.cpu)}`);
  console.log(
    `    at rest (${restWindow.toFixed(0)} s):   RSS ${mib(atRest.memory.rss)}, heap ${mib(atRest.memory.heapUsed)}, CPU ${pct(atRest.cpu)}`,
  );
  console.log(
    `    firing (${fireSeconds.toFixed(1)} s):  RSS ${mib(firing.memory.rss)} (peak ${mib(peakRss)}), CPU ${pct(firing.cpu)}; ${fired}/${FIRE} reminders fired, lag median ${ms(lags.median)}, p99 ${ms(lags.p99)}, max ${ms(lags.max)}`,
  );
  console.log(
    `  history per deal (${histories.length} sampled): events median ${lengths.median}, max ${lengths.max}; size median ${(sizes.median / 1024).toFixed(1)} KiB, max ${(sizes.max / 1024).toFixed(1)} KiB`,
  );
  console.log(`  per 1,000 deals:`);
  console.log(`    time to start:       ${per1000(startSeconds).toFixed(1)} s`);
  console.log(
    `    RSS at rest:         +${mib(per1000(atRest.memory.rss - baseline.memory.rss))} over the empty worker`,
  );
  console.log(`    heap at rest:        +${mib(per1000(atRest.memory.heapUsed - baseline.memory.heapUsed))}`);
  console.log(`    CPU at rest:         ${pct(per1000(atRest.cpu))} of a core`);
  console.log(
    `    history:             ${(lengths.median * 1000).toLocaleString('en')} events, ${((sizes.median * 1000) / 2 ** 20).toFixed(1)} MiB (each deal's is bounded: continue-as-new past the history limit)`,
  );
  if (fired < FIRE) process.exitCode = 1;
  await stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
