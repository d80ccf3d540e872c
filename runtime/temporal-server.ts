/**
 * Starts the Temporal dev server (`temporal server start-dev`) with the
 * settings of `temporal.yaml`, on a SQLite file, and waits until its namespace
 * answers.
 *
 * The dev server ends with the process that started it, however that one ends
 * (SIGKILL included): it gets SIGTERM through the kernel's parent-death signal
 * (`setpriv --pdeathsig`), or from a watchdog where that is not available (see
 * processes.ts). With `recordFile`, its pid, command and ports are recorded
 * there while it runs, for a later start to recognise it (see leftovers.ts).
 *
 * @module
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import type { TemporalSettings } from './config.js';
import { removeRecord, writeRecord } from './leftovers.js';
import { spawnTied, stopChild } from './processes.js';

/** How a dev server is ended: SIGTERM lets it close its SQLite file; SIGKILL if it hangs. */
export const DEV_SERVER_STOP_LADDER = [
  ['SIGTERM', 10_000],
  ['SIGKILL', 5_000],
] as const;

export interface DevServer {
  address: string;
  uiUrl: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startDevServer(options: {
  cli: string;
  settings: TemporalSettings;
  dbFile: string;
  port?: number;
  uiPort?: number;
  timeoutMs?: number;
  /** Where to record the running server (see leftovers.ts). */
  recordFile?: string;
}): Promise<DevServer> {
  const { settings } = options;
  const port = options.port ?? settings.devServer.port;
  const uiPort = options.uiPort ?? settings.devServer.uiPort;
  const ip = settings.devServer.ip;
  mkdirSync(path.dirname(options.dbFile), { recursive: true });
  const args = [
    'server',
    'start-dev',
    '--ip',
    ip,
    '--port',
    String(port),
    '--ui-port',
    String(uiPort),
    '--db-filename',
    options.dbFile,
    '--sqlite-pragma',
    'journal_mode=WAL',
    '--namespace',
    settings.namespace,
    '--log-level',
    settings.devServer.logLevel,
    ...Object.entries(settings.searchAttributes).flatMap(([name, type]) => ['--search-attribute', `${name}=${type}`]),
  ];
  // Whatever way this process ends, the dev server it started ends with it.
  const tied = spawnTied(options.cli, args, { stdio: ['ignore', 'ignore', 'pipe'] }, 'SIGTERM');
  const { child } = tied;
  const spawnError = new Promise<never>((_, reject) => child.once('error', reject));
  spawnError.catch(() => {});
  const recordFile = options.recordFile;
  if (recordFile && child.pid) {
    writeRecord(recordFile, {
      server: 'Temporal dev server',
      pid: child.pid,
      command: tied.command,
      ports: { grpc: port, ui: uiPort },
      tie: tied.tie,
      ...(tied.watchdog?.pid ? { watchdog: tied.watchdog.pid } : {}),
    });
    const pid = child.pid;
    child.once('exit', () => removeRecord(recordFile, pid));
  }
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const address = `${ip}:${port}`;

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (!child.pid) await spawnError;
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`temporal dev server exited (${child.exitCode ?? child.signalCode}): ${stderr}`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.workflowService.describeNamespace({ namespace: settings.namespace });
        break;
      } finally {
        await connection.close();
      }
    } catch (error) {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`temporal dev server did not answer on ${address} in time: ${String(error)}\n${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    address,
    uiUrl: `http://${ip}:${uiPort}`,
    process: child,
    stop: () => stopChild(child, 10_000),
  };
}
