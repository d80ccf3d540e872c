/**
 * A stack of its own for fault injection: a Temporal dev server and an
 * embedded PostgreSQL on free ports in a throw-away directory, a worker and
 * the API each in a process of its own, so a test can kill any of them
 * (SIGKILL) or stop one for a while and start it again on the same data.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { issueToken } from '../../api/auth.js';
import { loadConfig } from '../../runtime/config.js';
import { freePort } from '../../runtime/ports.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../runtime/postgres.js';
import { ensureSearchAttributes } from '../../runtime/search-attributes.js';
import { ensureTemporalCli } from '../../runtime/temporal-cli.js';
import { startDevServer, type DevServer } from '../../runtime/temporal-server.js';
import { connect, migrate, type Sql } from '../../storage/db.js';
import { createManagerRepo } from '../../storage/managers.repo.js';
import { startReady } from './ready-process.js';

const SECRET = 'fault-injection-secret';
export const TASK_QUEUE = 'faults';

export interface FaultStack {
  sql: Sql;
  databaseUrl: string;
  temporalAddress: string;
  namespace: string;
  apiUrl: string;
  token: string;
  /** SIGKILL the dev server, then start it again on the same SQLite file after `downMs`. */
  killTemporal(downMs: number): Promise<void>;
  /** Stop PostgreSQL for `downMs`, then start it again on the same data. */
  stopPostgres(downMs: number): Promise<void>;
  /** SIGKILL the API process, then start a new one on the same port after `downMs`. */
  killApi(downMs: number): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function killed(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

export async function startFaultStack(log: (line: string) => void = () => {}): Promise<FaultStack> {
  const dir = mkdtempSync(path.join(tmpdir(), 'reglament-faults-'));
  rmSync(dir, { recursive: true });
  mkdirSync(dir, { recursive: true, mode: 0o777 });
  const config = loadConfig({ ...process.env, REGLAMENT_DATA_DIR: dir });
  const [pgPort, temporalPort, uiPort, apiPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];

  // What has started so far, stopped in reverse by close() or when a later part fails to
  // start, so a failed set-up leaves no process behind to hold the test run open. Each
  // stop reads its variable when it runs: a part restarted meanwhile is the one stopped.
  const started: Array<() => Promise<unknown>> = [];
  const stopAll = async () => {
    for (const stop of [...started].reverse()) await stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  const startPostgres = () => startEmbeddedPostgres({ dir: path.join(dir, 'postgres'), port: pgPort, log });
  const cli = await ensureTemporalCli(config.temporal.devServer.cliVersion, log);
  const dbFile = path.join(dir, 'temporal.db');
  const startTemporal = () => startDevServer({ cli, settings: config.temporal, dbFile, port: temporalPort, uiPort });
  let db: EmbeddedDatabase;
  let temporal: DevServer;
  let sql: Sql;
  let worker: ChildProcess;
  let api: ChildProcess;
  let env: Record<string, string>;
  try {
    db = await startPostgres();
    started.push(() => db.stop());
    sql = connect(db.url);
    started.push(() => sql.end({ timeout: 5 }));
    await migrate(sql);
    await createManagerRepo(sql).upsert({ id: 'director', name: 'Director', role: 'director' });

    temporal = await startTemporal();
    started.push(() => temporal.stop());
    await ensureSearchAttributes(temporal.address, config.temporal);

    env = {
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: config.temporal.namespace,
      TASK_QUEUE,
      DATABASE_URL: db.url,
      WORKFLOW_BUNDLE: inject('workflowBundlePath'),
      PORT: String(apiPort),
      REGLAMENT_JWT_SECRET: SECRET,
      INTAKE_LEASE_MS: '3000',
      // The webhook receiver of the faults test listens on 127.0.0.1 (harness.ts: TEST_WEBHOOK_ALLOW).
      REGLAMENT_WEBHOOK_ALLOW: '127.0.0.1',
    };
    worker = await startReady('test/support/worker-process.ts', env);
    started.push(() => killed(worker));
    api = await startReady('test/support/api-process.ts', env);
    started.push(() => killed(api));
  } catch (error) {
    await stopAll();
    throw error;
  }

  return {
    sql,
    databaseUrl: db.url,
    temporalAddress: temporal.address,
    namespace: config.temporal.namespace,
    apiUrl: `http://127.0.0.1:${apiPort}`,
    token: await issueToken(SECRET, 'director', 3600),
    async killTemporal(downMs) {
      await killed(temporal.process);
      log('temporal killed');
      await sleep(downMs);
      temporal = await startTemporal();
      log('temporal started again');
    },
    async stopPostgres(downMs) {
      await db.stop();
      log('postgres stopped');
      await sleep(downMs);
      db = await startPostgres();
      log('postgres started again');
    },
    async killApi(downMs) {
      await killed(api);
      log('api killed');
      await sleep(downMs);
      api = await startReady('test/support/api-process.ts', env);
      log('api started again');
    },
    close: stopAll,
  };
}
