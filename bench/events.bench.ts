/**
 * `npm run bench` (events part): 50 concurrent integration clients posting
 * events for 60 s against the real stack over HTTP, one in ten a repeated
 * delivery of an earlier event; the clients run in a process of their own.
 * Prints throughput, latency and CPU per event (the API and worker, the
 * clients, PostgreSQL, Temporal), then checks the effects: every accepted
 * event recorded exactly once, no repeat doubled.
 *
 * Environment: BENCH_EVENT_CLIENTS (default 50), BENCH_EVENT_SECONDS (default 60).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createApiKey } from '../app/integrations.js';
import { loadRegulation } from '../regulation/load.js';
import { PROJECT_ROOT } from '../runtime/config.js';
import { freePort } from '../runtime/ports.js';
import { createRegulationRepo } from '../storage/regulations.repo.js';
import type { LoadResult, LoadTask } from './events-load.js';
import { benchRegulation } from './regulation.js';
import { startBenchApp } from './stack.js';
import { cpuPerOperation, cpuSeconds, ms, pool, summarize } from './stats.js';

const CLIENTS = Number(process.env.BENCH_EVENT_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_EVENT_SECONDS ?? 60);
/** Beside this process (the API and the worker): the servers an event costs too. */
const OTHER_PROCESSES = { PostgreSQL: /postgres/, Temporal: /temporal/ };
const log = (line: string) => process.stderr.write(`  ${line}\n`);

async function main() {
  console.log(`Reglament events intake: ${CLIENTS} concurrent clients for ${SECONDS} s`);
  const { sql, app, deps, authorization, stop } = await startBenchApp(log, 'events');
  await createRegulationRepo(sql).publish(loadRegulation(benchRegulation(5)), 'bench');
  const port = await freePort();
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  const base = `http://127.0.0.1:${port}`;

  // Deals the events refer to.
  const deals: string[] = [];
  await pool(CLIENTS, 10, async (i) => {
    const res = await fetch(`${base}/deals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({
        regulationId: 'bench_five',
        owner: 'bench-director',
        client: { name: `Event client ${i}` },
      }),
    });
    deals.push(((await res.json()) as { id: string }).id);
  });
  const { key } = await createApiKey(deps, 'bench-telephony', 'bench');

  // The clients run in a process of their own: the figures below are the server's, not shared with them.
  const cpuBefore = cpuSeconds(OTHER_PROCESSES);
  const load = await runLoad({ base, key, deals, clients: CLIENTS, seconds: SECONDS });
  const { latencies, repeats, repeatsSeenAsDuplicate, errors, seconds } = load;
  const sent = new Set(load.sent);
  const { 'this process': apiAndWorker, ...servers } = cpuPerOperation(
    cpuBefore,
    cpuSeconds(OTHER_PROCESSES),
    latencies.length,
  );
  const cpu = { 'API and worker': apiAndWorker!, ...servers, clients: (load.cpuSeconds * 1000) / latencies.length };
  const [recorded] =
    await sql`select count(*)::int as n, count(distinct id)::int as d from events where type = 'external.call.logged'`;
  const s = summarize(latencies);
  console.log('');
  console.log(
    `  requests: ${latencies.length} in ${seconds.toFixed(1)} s = ${(latencies.length / seconds).toFixed(0)} events/s, errors ${errors}`,
  );
  console.log(`  latency: median ${ms(s.median)}, p95 ${ms(s.p95)}, p99 ${ms(s.p99)}, max ${ms(s.max)}`);
  console.log(
    `  CPU per event: ${Object.entries(cpu)
      .map(([k, v]) => `${k} ${ms(v)}`)
      .join(', ')}`,
  );
  console.log(
    `  effects: ${recorded!.n} recorded for ${sent.size} distinct events (lost ${sent.size - recorded!.d}, doubled ${recorded!.n - recorded!.d})`,
  );
  console.log(`  repeats: ${repeats} repeated deliveries, ${repeatsSeenAsDuplicate} answered as duplicates`);
  if (recorded!.n !== sent.size || errors > 0 || repeatsSeenAsDuplicate !== repeats) process.exitCode = 1;

  server.close();
  await stop();
}

/** Runs the clients in their own process and reads what they measured. */
function runLoad(task: LoadTask): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'bench/events-load.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, BENCH_LOAD: JSON.stringify(task) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`the load generator exited with ${code}`)),
    );
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
