/**
 * A full Temporal server on PostgreSQL, the production shape of what the dev
 * server stands in for: `runtime/temporal-server/` is a small Go program of
 * the project's own that embeds `go.temporal.io/server` at the version the
 * Temporal CLI of `temporal.yaml` embeds (its go.mod is pinned to the CLI's
 * module graph), with the `postgres12` persistence for the default and the
 * visibility store, each in a database of its own, their schema set up by
 * the server's schema tooling at every start (idempotent).
 *
 * `ensureTemporalServer` builds it with `go build` into `.cache/bin` when the
 * binary is missing or older than its sources (modules come from the Go
 * module proxy at build time only, as for the CLI); `startTemporalCluster`
 * runs it against a PostgreSQL, registers the namespace and search
 * attributes of `temporal.yaml`, and resolves once the namespace answers.
 *
 * @example
 * const binary = await ensureTemporalServer(console.log);
 * const cluster = await startTemporalCluster({ binary, postgresUrl: stack.databaseUrl, port: 7243, settings });
 * // TEMPORAL_ADDRESS=cluster.address for every API and worker process
 * await cluster.stop();
 *
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { PROJECT_ROOT, type TemporalSettings } from './config.js';
import { spawnTied, stopChild } from './processes.js';
import { CLI_CACHE_DIR } from './temporal-cli.js';

export const TEMPORAL_SERVER_SOURCE = path.join(PROJECT_ROOT, 'runtime', 'temporal-server');
export const TEMPORAL_SERVER_BINARY = path.join(CLI_CACHE_DIR, 'reglament-temporal');

/** The newest modification time among the Go program's sources (go.mod, go.sum, *.go). */
function sourcesTime(): number {
  return Math.max(
    ...readdirSync(TEMPORAL_SERVER_SOURCE)
      .filter((f) => f.endsWith('.go') || f === 'go.mod' || f === 'go.sum')
      .map((f) => statSync(path.join(TEMPORAL_SERVER_SOURCE, f)).mtimeMs),
  );
}

/** Whether the binary is there and newer than every source file. */
export function temporalServerIsBuilt(binary = TEMPORAL_SERVER_BINARY): boolean {
  return existsSync(binary) && statSync(binary).mtimeMs > sourcesTime();
}

/**
 * Returns the path of the server binary, building it first when it is
 * missing or stale. The build needs Go; a cold one (empty Go build cache)
 * takes minutes, one after the CLI's build a few seconds.
 */
export async function ensureTemporalServer(log: (line: string) => void): Promise<string> {
  if (temporalServerIsBuilt()) return TEMPORAL_SERVER_BINARY;
  mkdirSync(CLI_CACHE_DIR, { recursive: true });
  log(`building the Temporal server (PostgreSQL) from ${path.relative(PROJECT_ROOT, TEMPORAL_SERVER_SOURCE)}`);
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('go', ['build', '-o', TEMPORAL_SERVER_BINARY, '.'], {
      cwd: TEMPORAL_SERVER_SOURCE,
      env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=readonly -buildvcs=false' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let tail = '';
    const ticker = setInterval(
      () => log(`  … still building (${Math.round((Date.now() - started) / 1000)} s)`),
      15_000,
    );
    child.stderr!.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000)));
    child.on('error', (error) => {
      clearInterval(ticker);
      reject(new Error(`cannot run go to build the Temporal server: ${error.message}`));
    });
    child.on('close', (code) => {
      clearInterval(ticker);
      if (code === 0) resolve();
      else reject(new Error(`go build of the Temporal server failed (exit ${code}):\n${tail}`));
    });
  });
  log(`Temporal server ready in ${Math.round((Date.now() - started) / 1000)} s: ${TEMPORAL_SERVER_BINARY}`);
  return TEMPORAL_SERVER_BINARY;
}

export interface TemporalCluster {
  /** host:port of the frontend, for TEMPORAL_ADDRESS. */
  address: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startTemporalCluster(options: {
  binary: string;
  /** The PostgreSQL server (its database part is ignored): `postgres://user:password@host:port/...`. */
  postgresUrl: string;
  port: number;
  settings: TemporalSettings;
  /** Databases for the default and the visibility store (default `temporal`, `temporal_visibility`). */
  databases?: { default: string; visibility: string };
  historyShards?: number;
  ip?: string;
  timeoutMs?: number;
}): Promise<TemporalCluster> {
  const { settings } = options;
  const ip = options.ip ?? '127.0.0.1';
  const timeoutMs = options.timeoutMs ?? 60_000;
  const args = [
    'start',
    '--postgres',
    options.postgresUrl,
    '--db',
    options.databases?.default ?? 'temporal',
    '--visibility-db',
    options.databases?.visibility ?? 'temporal_visibility',
    '--ip',
    ip,
    '--port',
    String(options.port),
    '--history-shards',
    String(options.historyShards ?? 4),
    '--namespace',
    settings.namespace,
    '--log-level',
    settings.devServer.logLevel,
    '--start-timeout',
    `${Math.round(timeoutMs / 1000)}s`,
    ...Object.entries(settings.searchAttributes).flatMap(([name, type]) => ['--search-attribute', `${name}=${type}`]),
  ];
  // Like the dev server, it ends with the process that started it, SIGKILL included.
  const { child } = spawnTied(options.binary, args, { stdio: ['ignore', 'pipe', 'pipe'] }, 'SIGTERM');
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the Temporal server did not report ready in ${timeoutMs} ms:\n${stderr}`));
    }, timeoutMs + 5_000);
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const ready = /^ready (\S+)$/m.exec(out);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the Temporal server exited (${code ?? signal}):\n${stderr}`));
    });
  });
  // Health, as a client sees it: the frontend answers for the namespace.
  const connection = await Connection.connect({ address, connectTimeout: 5_000 });
  try {
    await connection.workflowService.describeNamespace({ namespace: settings.namespace });
  } finally {
    await connection.close();
  }
  return {
    address,
    process: child,
    stop: () => stopChild(child, 15_000),
  };
}
