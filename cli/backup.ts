/**
 * `reglament backup <file>` and `reglament restore <file>`: Reglament's
 * PostgreSQL database (the one DATABASE_URL names, or the embedded one under
 * the data directory) saved with pg_dump in its custom format, and put back
 * with pg_restore. Temporal's state is not in it: docs/OPERATIONS.md says
 * what a restore means for running deals.
 *
 * The embedded PostgreSQL is used where it runs (beside `reglament start`);
 * when it does not, it is started on its data directory for the command and
 * stopped after it, without the record `reglament start` would take for its
 * own leftover: a start meanwhile stops on the busy port instead of ending it.
 *
 * @module
 */
import { execFile } from 'node:child_process';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '../runtime/config.js';
import { pickPgTool, runPgTool, type PgBinary } from '../runtime/pg-tools.js';
import { embeddedPostgresUrl, startEmbeddedPostgres } from '../runtime/postgres.js';
import { connect, type Sql } from '../storage/db.js';
import { c, step } from './output.js';

/** The tables whose row counts the summaries show: what a person recognises as "the deals are there". */
const KEY_TABLES = ['deals', 'tasks', 'events', 'audit_log'] as const;

interface Target {
  url: string;
  sql: Sql;
  serverMajor: number;
  /** Where it is, for messages: host, port and database, without the password. */
  label: string;
  close(): Promise<void>;
}

/** Our database: DATABASE_URL, or the embedded PostgreSQL (started for the command when it is not running). */
async function openTarget(purpose: 'backup' | 'restore'): Promise<Target> {
  const config = loadConfig();
  let url = config.databaseUrl;
  let stopServer: (() => Promise<void>) | undefined;
  if (!url) {
    url = embeddedPostgresUrl(config.postgresPort);
    if (!(await answers(url))) {
      const dir = path.join(config.dataDir, 'postgres');
      if (purpose === 'backup' && !existsSync(path.join(dir, 'PG_VERSION')))
        throw new Error(`no embedded PostgreSQL in ${dir} (and DATABASE_URL is not set): nothing to back up`);
      step(`the embedded PostgreSQL is not running: starting it on ${dir} for this ${purpose}`);
      const db = await startEmbeddedPostgres({ dir, port: config.postgresPort, log: step });
      stopServer = () => db.stop();
    }
  }
  const u = new URL(url);
  const label = `${u.hostname}:${u.port || 5432}${u.pathname}`;
  try {
    const sql = connect(url, { max: 2 });
    const [{ n }] = (await sql`select current_setting('server_version_num')::int as n`.catch((error: Error) => {
      throw new Error(`cannot reach the PostgreSQL at ${label}: ${error.message}`);
    })) as unknown as [{ n: number }];
    return {
      url,
      sql,
      serverMajor: Math.floor(n / 10_000),
      label,
      async close() {
        await sql.end({ timeout: 5 });
        if (stopServer) {
          step('stopping the embedded PostgreSQL again');
          await stopServer();
        }
      },
    };
  } catch (error) {
    await stopServer?.();
    throw error;
  }
}

async function answers(url: string): Promise<boolean> {
  const probe = connect(url, { max: 1 });
  try {
    await probe`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.end({ timeout: 1 }).catch(() => {});
  }
}

/** The tables of schema public, each with whether it holds a row (the cheap question, not a count). */
async function tablesOf(sql: Sql): Promise<Array<{ name: string; hasRows: boolean }>> {
  const tables = await sql<{ name: string }[]>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`;
  const result: Array<{ name: string; hasRows: boolean }> = [];
  for (const { name } of tables) {
    const [row] = await sql<{ has: boolean }[]>`select exists (select 1 from ${sql('public.' + name)}) as has`;
    result.push({ name, hasRows: row!.has });
  }
  return result;
}

/** "3 deals, 14 tasks, 41 events, 2 audit_log" for the key tables that exist. */
async function keyCounts(sql: Sql, tables: string[]): Promise<string> {
  const parts: string[] = [];
  for (const table of KEY_TABLES.filter((t) => tables.includes(t))) {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from ${sql(table)}`;
    parts.push(`${row!.n} ${table}`);
  }
  return parts.join(', ');
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

const via = (tool: PgBinary) => `${path.basename(tool.path)} ${tool.major} (${tool.path})`;

/** Passes on pg_dump's and pg_restore's `--verbose` lines: one per table, and every warning (errors end the command). */
function progress(total: number, pattern: RegExp) {
  let done = 0;
  return (line: string) => {
    const table = pattern.exec(line)?.[1];
    if (table) step(`${table.replace(/"/g, '')} ${c.dim(`(${++done}/${total})`)}`);
    else if (/warning/i.test(line)) console.error(c.warn(line));
  };
}

export async function backup(file: string): Promise<void> {
  const started = Date.now();
  const target = await openTarget('backup');
  const partial = `${file}.partial`;
  try {
    const tool = await pickPgTool('pg_dump', target.serverMajor);
    const tables = (await tablesOf(target.sql)).map((t) => t.name);
    step(`backing up ${target.label} (PostgreSQL ${target.serverMajor}) with ${via(tool)}`);
    // pg_dump reads everything in one snapshot; the file gets its name only once complete.
    await runPgTool(
      tool,
      ['--format=custom', '--verbose', `--file=${partial}`],
      target.url,
      progress(tables.length, /dumping contents of table (\S+)/),
    );
    renameSync(partial, file);
    const counts = await keyCounts(target.sql, tables);
    console.log(
      `${c.ok('✓')} ${file}: ${size(statSync(file).size)}, ${tables.length} tables${counts ? ` (${counts})` : ''}, in ${seconds(started)}`,
    );
  } finally {
    rmSync(partial, { force: true });
    await target.close();
  }
}

export async function restore(file: string, options: { force?: boolean }): Promise<void> {
  const started = Date.now();
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const tool = await pickPgTool('pg_restore', 0);
  // Reading the archive's table of contents first: a file that is not a custom-format dump stops here, before anything is touched.
  const listing = await promisify(execFile)(tool.path, ['--list', file]).catch((error: Error) => {
    throw new Error(`${file} is not a backup pg_restore can read (${error.message.split('\n')[0]})`);
  });
  const dataEntries = listing.stdout.split('\n').filter((l) => / TABLE DATA /.test(l)).length;
  const target = await openTarget('restore');
  try {
    const tables = await tablesOf(target.sql);
    const withRows = tables.filter((t) => t.hasRows).map((t) => t.name);
    if (withRows.length > 0 && !options.force)
      throw new Error(
        `the database at ${target.label} holds data (${withRows.length} tables with rows, among them ${withRows.slice(0, 5).join(', ')}): ` +
          `a restore replaces all of it; back it up first, stop Reglament, and run restore again with --force`,
      );
    const others = await target.sql<{ n: number }[]>`
      select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
    if (others[0]!.n > 0)
      console.error(
        c.warn(
          `${others[0]!.n} other session(s) use this database: stop Reglament's API and workers first, or they write beside the restore`,
        ),
      );
    if (tables.length > 0) {
      // Everything of schema public goes, so tables of a newer schema than the backup's do not outlive it.
      step(
        `clearing schema public (${tables.length} tables${withRows.length ? `, ${withRows.length} with rows` : ''})`,
      );
      await target.sql.unsafe('drop schema public cascade; create schema public');
    }
    step(`restoring ${file} into ${target.label} (PostgreSQL ${target.serverMajor}) with ${via(tool)}`);
    // One transaction: a restore that fails leaves schema public empty, never half restored.
    await runPgTool(
      tool,
      // The database by name only: host, user and password reach pg_restore through libpq's variables.
      [
        '--verbose',
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        `--dbname=${new URL(target.url).pathname.slice(1) || 'postgres'}`,
        file,
      ],
      target.url,
      progress(dataEntries, /processing data for table (\S+)/),
    ).catch((error: Error) => {
      throw new Error(`${error.message}\nnothing was restored; schema public of ${target.label} is empty now`);
    });
    const restored = (await tablesOf(target.sql)).map((t) => t.name);
    const counts = await keyCounts(target.sql, restored);
    console.log(
      `${c.ok('✓')} restored ${file} (${size(statSync(file).size)}): ${restored.length} tables${counts ? ` (${counts})` : ''}, in ${seconds(started)}`,
    );
    console.log(
      c.dim(
        "Temporal's workflows are not in this backup: see docs/OPERATIONS.md (Backup and restore) before starting Reglament again",
      ),
    );
  } finally {
    await target.close();
  }
}
