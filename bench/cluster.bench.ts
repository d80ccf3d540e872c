/**
 * `npm run bench:cluster`: deals walked per second on the production shape —
 * the full Temporal server on PostgreSQL (runtime/temporal-server), two API
 * processes, and first one worker process, then two on the same task queue.
 * Each deal is the b2b example walked from its first stage to won (one
 * request to start it, eleven to walk it), alternating between the APIs,
 * BENCH_CLUSTER_CONCURRENCY deals at a time.
 *
 * Reports per phase: deals walked per second, the median and p95 time of one
 * whole walk, and the median and p99 latency of one request.
 *
 * Environment: BENCH_CLUSTER_DEALS (default 40 per phase),
 * BENCH_CLUSTER_CONCURRENCY (default 10).
 */
import type { ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPlugins } from '../plugins/index.js';
import { loadRegulation } from '../regulation/load.js';
import { PROJECT_ROOT, loadConfig } from '../runtime/config.js';
import { freePort } from '../runtime/ports.js';
import { startEmbeddedPostgres } from '../runtime/postgres.js';
import { ensureTemporalServer, startTemporalCluster } from '../runtime/temporal-cluster.js';
import { bundleWorkflows } from '../runtime/worker.js';
import { connect, migrate } from '../storage/db.js';
import { createRegulationRepo } from '../storage/regulations.repo.js';
import { startReady } from '../test/support/ready-process.js';
import { benchDirector } from './stack.js';
import { ms, pool, summarize } from './stats.js';

const DEALS = Number(process.env.BENCH_CLUSTER_DEALS ?? 40);
const CONCURRENCY = Number(process.env.BENCH_CLUSTER_CONCURRENCY ?? 10);
const log = (line: string) => process.stderr.write(`  ${line}\n`);

const WALK: Array<[string, Record<string, unknown>] | string> = [
  ['1:call_client', { outcome: 'interested', fields: { decision_maker: 'Ivanov' } }],
  'QUALIFIED',
  ['2:schedule_meeting', { outcome: 'Tuesday 10:00' }],
  ['2:hold_meeting', { outcome: 'held' }],
  ['3:prepare_proposal', {}],
  ['3:send_proposal', { fields: { budget: 1_200_000 } }],
  'PROPOSAL_SENT',
  ['4:follow_up_call', { outcome: 'agreed' }],
  'AGREED',
  ['5:issue_invoice', { fields: { invoice_number: 'INV-17' } }],
  ['5:confirm_payment', { outcome: 'paid' }],
];

async function main() {
  const config = loadConfig();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'reglament-bench-cluster-'));
  chmodSync(dataDir, 0o777); // PostgreSQL runs as its own user when the bench runs as root
  const children: ChildProcess[] = [];
  const stops: Array<() => Promise<void>> = [];
  try {
    const binary = await ensureTemporalServer(log);
    log('starting the embedded PostgreSQL');
    const db = await startEmbeddedPostgres({ dir: path.join(dataDir, 'postgres'), port: await freePort(), log });
    stops.push(() => db.stop());
    const sql = connect(db.url);
    stops.push(() => sql.end({ timeout: 5 }));
    await migrate(sql);
    log('starting the Temporal server on PostgreSQL');
    const cluster = await startTemporalCluster({
      binary,
      postgresUrl: db.url,
      port: await freePort(),
      settings: config.temporal,
    });
    stops.push(() => cluster.stop());
    const plugins = await loadPlugins();
    const text = readFileSync(path.join(PROJECT_ROOT, 'examples', 'regulations', 'b2b-basic.yaml'), 'utf8');
    await createRegulationRepo(sql).publish(loadRegulation(text, undefined, { composer: plugins }), 'bench', text);
    const { secret, authorization } = await benchDirector(sql);
    log('bundling workflow code');
    const bundlePath = path.join(dataDir, 'workflow-bundle.js');
    writeFileSync(bundlePath, (await bundleWorkflows()).code);
    const env = {
      TEMPORAL_ADDRESS: cluster.address,
      TEMPORAL_NAMESPACE: config.temporal.namespace,
      TASK_QUEUE: `bench-cluster-${Date.now()}`,
      DATABASE_URL: db.url,
      WORKFLOW_BUNDLE: bundlePath,
      REGLAMENT_JWT_SECRET: secret,
    };
    const ports = [await freePort(), await freePort()];
    for (const port of ports)
      children.push(await startReady('test/support/api-process.ts', { ...env, PORT: String(port) }));
    children.push(await startReady('test/support/worker-process.ts', env));

    const post = async (port: number, url: string, body: unknown) => {
      const started = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}${url}`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { id?: string };
      if (res.status >= 300) throw new Error(`POST ${url} answered ${res.status}: ${JSON.stringify(json)}`);
      return { json, took: performance.now() - started };
    };

    const phase = async (workers: number, offset: number) => {
      const requests: number[] = [];
      const walks: number[] = [];
      const started = performance.now();
      await pool(DEALS, CONCURRENCY, async (i) => {
        const d = offset + i;
        const walkStarted = performance.now();
        const deal = await post(ports[d % 2]!, '/deals', {
          regulationId: 'b2b_basic',
          owner: 'anna',
          client: { name: `Bench client ${d}` },
        });
        requests.push(deal.took);
        const id = deal.json.id!;
        for (const [s, step] of WALK.entries()) {
          const port = ports[(d + s + 1) % 2]!;
          const r =
            typeof step === 'string'
              ? await post(port, `/deals/${id}/events`, { type: step })
              : await post(port, `/tasks/${id}:${step[0]}/complete`, step[1]);
          requests.push(r.took);
        }
        walks.push(performance.now() - walkStarted);
      });
      const seconds = (performance.now() - started) / 1000;
      return { workers, seconds, rate: DEALS / seconds, walk: summarize(walks), request: summarize(requests) };
    };

    log(`warming up (${CONCURRENCY} deals)`);
    await pool(CONCURRENCY, CONCURRENCY, async (i) => {
      const deal = await post(ports[i % 2]!, '/deals', {
        regulationId: 'b2b_basic',
        owner: 'anna',
        client: { name: `Warm ${i}` },
      });
      await post(ports[0]!, `/tasks/${deal.json.id}:1:call_client/complete`, { fields: { decision_maker: 'W' } });
    });
    log(`one worker: ${DEALS} deals, ${CONCURRENCY} at a time`);
    const one = await phase(1, 0);
    children.push(await startReady('test/support/worker-process.ts', env));
    log(`two workers: ${DEALS} deals, ${CONCURRENCY} at a time`);
    const two = await phase(2, DEALS);

    console.log(
      `\nTemporal server on PostgreSQL (${path.basename(binary)}), 2 API processes, ${DEALS} deals per phase, ` +
        `${CONCURRENCY} at a time, ${WALK.length + 1} requests per deal\n`,
    );
    console.log('| workers | deals walked/s | walk median | walk p95 | request median | request p99 |');
    console.log('| ------- | -------------- | ----------- | -------- | -------------- | ----------- |');
    for (const p of [one, two])
      console.log(
        `| ${p.workers} | ${p.rate.toFixed(2)} | ${ms(p.walk.median)} | ${ms(p.walk.p95)} | ` +
          `${ms(p.request.median)} | ${ms(p.request.p99)} |`,
      );
    console.log(`\ntwo workers / one worker: ${(two.rate / one.rate).toFixed(2)}× the deals per second`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    for (const stop of stops.reverse()) await stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
