/**
 * `npm run bench` (events part): 50 concurrent integration clients posting
 * events for 60 s against the real stack over HTTP, one in ten a repeated
 * delivery of an earlier event. Prints throughput and latency, then checks
 * the effects: every accepted event recorded exactly once, no repeat doubled.
 *
 * Environment: BENCH_EVENT_CLIENTS (default 50), BENCH_EVENT_SECONDS (default 60).
 */
import { serve } from '@hono/node-server';
import { createApiKey } from '../app/integrations.js';
import { loadRegulation } from '../regulation/load.js';
import { freePort } from '../runtime/ports.js';
import { createRegulationRepo } from '../storage/regulations.repo.js';
import { benchRegulation } from './regulation.js';
import { startBenchApp } from './stack.js';
import { cpuPerOperation, cpuSeconds, ms, pool, summarize } from './stats.js';

const CLIENTS = Number(process.env.BENCH_EVENT_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_EVENT_SECONDS ?? 60);
/** The servers beside this process whose CPU an event costs too. */
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

  const latencies: number[] = [];
  const sent = new Set<string>();
  let repeats = 0;
  let repeatsSeenAsDuplicate = 0;
  let errors = 0;
  const end = Date.now() + SECONDS * 1000;
  const started = performance.now();
  const cpuBefore = cpuSeconds(OTHER_PROCESSES);
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = 0; Date.now() < end; n++) {
        const repeat = n > 0 && n % 10 === 0;
        const id = repeat ? `c${client}-e${n - 1}` : `c${client}-e${n}`;
        const s = performance.now();
        const res = await fetch(`${base}/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': key, 'idempotency-key': id },
          body: JSON.stringify({
            type: 'call.logged',
            data: { dealId: deals[client % deals.length], direction: 'in', durationSec: n },
          }),
        });
        const body = (await res.json()) as { duplicate?: boolean };
        latencies.push(performance.now() - s);
        if (!res.ok) errors++;
        else if (repeat) {
          repeats++;
          if (body.duplicate) repeatsSeenAsDuplicate++;
        } else sent.add(id);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuPerOperation(cpuBefore, cpuSeconds(OTHER_PROCESSES), latencies.length);
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
      .join(', ')} (this process: API, worker and the ${CLIENTS} clients)`,
  );
  console.log(
    `  effects: ${recorded!.n} recorded for ${sent.size} distinct events (lost ${sent.size - recorded!.d}, doubled ${recorded!.n - recorded!.d})`,
  );
  console.log(`  repeats: ${repeats} repeated deliveries, ${repeatsSeenAsDuplicate} answered as duplicates`);
  if (recorded!.n !== sent.size || errors > 0 || repeatsSeenAsDuplicate !== repeats) process.exitCode = 1;

  server.close();
  await stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
