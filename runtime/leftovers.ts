/**
 * Records of the servers Reglament starts itself (the Temporal dev server,
 * the embedded PostgreSQL), so that a later start recognises what an earlier
 * one left running and ends it instead of stopping at "port taken".
 *
 * A record, `<dataDir>/run/<name>.json`, is written as soon as the server is
 * spawned and removed when it is stopped cleanly: the server's pid, its start
 * time as the kernel counts it, the exact command it runs, its ports, when it
 * was started, and the Reglament process that owns it (pid and start time).
 *
 * A record found at start is a leftover when its owner no longer runs. Its
 * server is ended only if its pid is alive, started at the recorded time and
 * runs the recorded command (/proc/<pid>/cmdline): a pid that the system has
 * since given to another program is never signalled. A record whose owner
 * still runs means another Reglament uses the same data directory, and the
 * start stops with that said.
 *
 * A leftover is stopped rather than reused: nothing ties its life to the new
 * process (a second crash would leave it again), the command line it was
 * started with may differ from today's (ports, namespace, search attributes),
 * and a stopped and restarted server costs a few seconds.
 *
 * @module
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isAlive, runsCommand, startTimeOf, stopProcess, waitForExit } from './processes.js';

export interface ServerRecord {
  /** What runs, for messages: "Temporal dev server", "PostgreSQL". */
  server: string;
  pid: number;
  /** /proc/<pid>/stat start time (clock ticks after boot), when the system has /proc. */
  startTime?: number;
  /** The argument vector it runs with. */
  command: string[];
  ports: Record<string, number>;
  startedAt: string;
  /** The Reglament process that started it. */
  owner: { pid: number; startTime?: number };
  /** How its life is tied to its owner's. */
  tie: 'pdeathsig' | 'watchdog' | 'none';
  watchdog?: number;
}

export function recordFile(dataDir: string, name: 'temporal' | 'postgres'): string {
  return path.join(dataDir, 'run', `${name}.json`);
}

export function readRecord(file: string): ServerRecord | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const record = JSON.parse(text) as ServerRecord;
    if (Number.isInteger(record.pid) && Array.isArray(record.command) && Number.isInteger(record.owner?.pid))
      return record;
  } catch {
    // a torn write: as good as no record
  }
  rmSync(file, { force: true });
  return undefined;
}

/** Records a server this process has just spawned. */
export function writeRecord(
  file: string,
  server: Omit<ServerRecord, 'startTime' | 'startedAt' | 'owner'> & { startTime?: number },
): void {
  const startTime = server.startTime ?? startTimeOf(server.pid);
  const ownerStart = startTimeOf(process.pid);
  const record: ServerRecord = {
    ...server,
    ...(startTime !== undefined ? { startTime } : {}),
    startedAt: new Date().toISOString(),
    owner: { pid: process.pid, ...(ownerStart !== undefined ? { startTime: ownerStart } : {}) },
  };
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(temp, file);
}

/** Removes the record of `pid` (not one that a later start has written since). */
export function removeRecord(file: string, pid: number): void {
  const record = readRecord(file);
  if (record && record.pid === pid) rmSync(file, { force: true });
}

export interface Leftover {
  file: string;
  /** Signals to end the server with, each followed by how long to wait for it to go. */
  ladder: ReadonlyArray<readonly [NodeJS.Signals, number]>;
}

/**
 * Ends the servers a previous Reglament left running, as far as the records
 * in `leftovers` name them, and removes the records. Throws when their owner
 * still runs after `ownerWaitMs` (another Reglament uses this data directory;
 * one that is stopping is waited for) or when a leftover will not end.
 */
export async function clearLeftovers(
  leftovers: readonly Leftover[],
  options: { log: (line: string) => void; ownerWaitMs?: number },
): Promise<void> {
  const found = leftovers.flatMap((leftover) => {
    const record = readRecord(leftover.file);
    return record ? [{ ...leftover, record }] : [];
  });
  const owners = new Map(found.map(({ record }) => [record.owner.pid, record]));
  for (const [pid, record] of owners) {
    if (!isAlive(pid, record.owner.startTime)) continue;
    const servers = found.filter((f) => f.record.owner.pid === pid).map((f) => describe(f.record));
    const dataDir = path.dirname(path.dirname(found[0]!.file));
    if (pid !== process.pid) {
      options.log(`waiting for the Reglament that runs with this data directory (pid ${pid}) to stop`);
      if (await waitForExit(pid, options.ownerWaitMs ?? 10_000, record.owner.startTime)) continue;
    }
    throw new Error(
      `Reglament already runs with the data directory ${dataDir} (pid ${pid}; ${servers.join(', ')}): ` +
        `stop it first (kill ${pid}), or set REGLAMENT_DATA_DIR to another directory`,
    );
  }
  // Leftovers: their owner is gone. A pid is signalled only while it runs what was recorded.
  await Promise.all(
    found.map(async ({ file, ladder, record }) => {
      if (isAlive(record.pid, record.startTime) && runsCommand(record.pid, record.command)) {
        options.log(`stopping the ${record.server} left running by an earlier start (pid ${record.pid})`);
        if (!(await stopProcess(record.pid, ladder, record.startTime))) {
          throw new Error(
            `the ${record.server} left running by an earlier start (pid ${record.pid}) does not stop: kill -9 ${record.pid}`,
          );
        }
      }
      rmSync(file, { force: true });
    }),
  );
}

function describe(record: ServerRecord): string {
  const ports = Object.values(record.ports);
  return `its ${record.server} is pid ${record.pid} on port${ports.length > 1 ? 's' : ''} ${ports.join(' and ')}`;
}
