/**
 * A PostgreSQL that the newest pg_dump found on this machine can back up, for
 * the backup test: the suite's own when that pg_dump is as new as it, else a
 * throw-away server of pg_dump's own version started from the same folder
 * (Debian's postgresql-<major> puts `postgres` and `initdb` beside its
 * `pg_dump`). The suite's server is the embedded PostgreSQL 18 while Debian 12
 * ships only the 15 clients, so on this machine it is the second.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { findPgTools } from '../../runtime/pg-tools.js';
import { freePort } from '../../runtime/ports.js';
import { watchdogFor } from '../../runtime/processes.js';
import { connect } from '../../storage/db.js';

export interface DumpablePostgres {
  /** The URL of database `name` on this server. */
  url(name: string): string;
  /** How it was chosen, for the test's log. */
  description: string;
  close(): Promise<void>;
}

const serverMajor = async (url: string) => {
  const sql = connect(url, { max: 1 });
  try {
    const [row] = await sql<{ n: number }[]>`select current_setting('server_version_num')::int as n`;
    return Math.floor(row!.n / 10_000);
  } finally {
    await sql.end({ timeout: 5 });
  }
};

export async function dumpablePostgres(suiteUrl: string): Promise<DumpablePostgres> {
  const dump = (await findPgTools('pg_dump'))[0];
  if (!dump) throw new Error('no pg_dump on this machine: install PostgreSQL client programs (postgresql-client)');
  const suiteMajor = await serverMajor(suiteUrl);
  if (dump.major >= suiteMajor)
    return {
      url: (name) => suiteUrl.replace(/\/[^/?]*(\?|$)/, `/${name}$1`),
      description: `the suite's PostgreSQL ${suiteMajor} (pg_dump ${dump.major})`,
      close: async () => {},
    };
  const bin = path.dirname(dump.path);
  if (!existsSync(path.join(bin, 'postgres')) || !existsSync(path.join(bin, 'initdb')))
    throw new Error(
      `pg_dump ${dump.major} (${dump.path}) cannot back up the suite's PostgreSQL ${suiteMajor}, and no PostgreSQL ${dump.major} ` +
        `server is beside it to test against: install postgresql-client-${suiteMajor}, or postgresql-${dump.major}`,
    );
  const dir = mkdtempSync(path.join(tmpdir(), 'reglament-dumpable-'));
  const data = path.join(dir, 'data');
  mkdirSync(data, { mode: 0o700 });
  // PostgreSQL refuses to run as root: as the postgres user then (setpriv execs in place, so the pid is the server's).
  const asPostgres = process.getuid?.() === 0;
  if (asPostgres) await promisify(execFile)('chown', ['-R', 'postgres:postgres', dir]);
  const run = (program: string, args: string[]) =>
    asPostgres
      ? ([
          'setpriv',
          ['--reuid=postgres', '--regid=postgres', '--init-groups', path.join(bin, program), ...args],
        ] as const)
      : ([path.join(bin, program), args] as const);
  const [initdb, initArgs] = run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  await promisify(execFile)(initdb, [...initArgs]);
  const port = await freePort();
  const [server, serverArgs] = run('postgres', [
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
  ]);
  const child = spawn(server, [...serverArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
  // Ended with this process, even when it is killed.
  const dog = child.pid ? watchdogFor(child.pid, 'SIGINT') : undefined;
  await ready(child);
  const base = `postgres://postgres@127.0.0.1:${port}`;
  return {
    url: (name) => `${base}/${name}`,
    description: `a PostgreSQL ${dump.major} of its own on port ${port} (pg_dump ${dump.major}; the suite's is ${suiteMajor})`,
    async close() {
      dog?.kill('SIGKILL');
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGINT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves once the server logs that it accepts connections; rejects with its log if it exits first. */
function ready(child: ChildProcess): Promise<void> {
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`PostgreSQL exited (${code}) before it was ready:\n${log}`)));
  });
}
