/**
 * A throw-away stack for a benchmark: the dev server and PostgreSQL on free
 * ports in a temporary data directory, removed afterwards.
 *
 * @module
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { Runtime } from '@temporalio/worker';
import { createApp } from '../api/app.js';
import { apiDeps } from '../api/deps.js';
import { createDealWorker } from '../runtime/worker.js';
import { issueToken } from '../api/auth.js';
import type { Sql } from '../storage/db.js';
import { createManagerRepo } from '../storage/managers.repo.js';
import { loadConfig, type RuntimeConfig } from '../runtime/config.js';
import { freePort } from '../runtime/ports.js';
import { startStack, type Stack } from '../runtime/stack.js';

/** `databaseUrl`: use that PostgreSQL (already there, e.g. a generated one) instead of an embedded one. */
export async function startBenchStack(
  log: (line: string) => void,
  options: { databaseUrl?: string } = {},
): Promise<{ stack: Stack; config: RuntimeConfig; stop(): Promise<void> }> {
  Runtime.install({
    logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error: (m: string) => console.error(m) } as never,
  });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'reglament-bench-'));
  chmodSync(dataDir, 0o777); // PostgreSQL runs as its own user when the bench runs as root
  const config = loadConfig({
    ...process.env,
    REGLAMENT_DATA_DIR: dataDir,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
  });
  const stack = await startStack(config, {
    log,
    temporalPort: await freePort(),
    uiPort: await freePort(),
    postgresPort: await freePort(),
  });
  return {
    stack,
    config,
    async stop() {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A director to sign the benchmark's requests in as. */
export async function benchDirector(sql: Sql): Promise<{ secret: string; authorization: string }> {
  const secret = randomBytes(32).toString('base64url');
  await createManagerRepo(sql).upsert({ id: 'bench-director', name: 'Benchmark', role: 'director' });
  return { secret, authorization: `Bearer ${await issueToken(secret, 'bench-director')}` };
}

/**
 * The stack plus a deal worker, a Temporal client and the API app signed in as
 * a director: what every benchmark drives. `stop` takes it all down.
 */
export async function startBenchApp(log: (line: string) => void, name: string) {
  const { stack, config, stop: stopStack } = await startBenchStack(log);
  const sql = stack.sql;
  const taskQueue = `bench-${name}-${Date.now()}`;
  log('bundling workflow code');
  const { worker, connection: workerConnection } = await createDealWorker({
    address: stack.temporalAddress,
    namespace: config.temporal.namespace,
    taskQueue,
    sql,
  });
  const running = worker.run();
  const connection = await Connection.connect({ address: stack.temporalAddress });
  const temporal = new Client({ connection, namespace: config.temporal.namespace });
  const { secret, authorization } = await benchDirector(sql);
  // A bench loads the engine at full speed: no budget may refuse it (the counters still cost what they cost).
  const unlimited = 2 ** 31 - 1;
  const deps = apiDeps(sql, temporal, taskQueue, secret, {
    rateLimits: { apiKeyPerMinute: unlimited, intakePerMinute: unlimited, analyticsPerMinute: unlimited },
  });
  const app = createApp(deps);
  return {
    stack,
    config,
    sql,
    taskQueue,
    temporal,
    app,
    deps,
    authorization,
    async stop() {
      worker.shutdown();
      await running;
      await workerConnection.close();
      await connection.close();
      await stopStack();
    },
  };
}
