/**
 * `reglament backup` and `reglament restore` through the real command line:
 * a database with deals walked part-way by a real worker and API is backed
 * up, restored into a fresh database and over itself, and the deals, tasks,
 * audit log and timers come back row for row. A restore over a database that
 * holds data is refused without --force.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { issueToken } from '../../api/auth.js';
import { freePort } from '../../runtime/ports.js';
import { connect, migrate, type Sql } from '../../storage/db.js';
import { createManagerRepo } from '../../storage/managers.repo.js';
import { dumpablePostgres, type DumpablePostgres } from '../support/dumpable-postgres.js';
import { EXAMPLE, reglament, TEST_DIRECTOR } from '../support/harness.js';
import { startReady } from '../support/ready-process.js';

/** The tables whose rows must come back identically: the deals, their tasks and timers, the audit trail, the people. */
const TABLES = ['regulations', 'managers', 'deals', 'tasks', 'events', 'timers', 'audit_log'] as const;

/** Row count and a checksum of every row's text, per table. */
async function fingerprint(sql: Sql): Promise<Record<string, { rows: number; md5: string }>> {
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const table of TABLES) {
    const [row] = await sql<{ rows: number; md5: string }[]>`
      select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as md5
      from ${sql(table)} t`;
    result[table] = row!;
  }
  return result;
}

describe('reglament backup and restore', () => {
  const name = `reglament_backup_${randomUUID().slice(0, 8)}`;
  const children: ChildProcess[] = [];
  let pg: DumpablePostgres;
  let admin: Sql;
  let sql: Sql;
  let dir: string;
  let before: Awaited<ReturnType<typeof fingerprint>>;
  const dealIds: string[] = [];

  beforeAll(async () => {
    pg = await dumpablePostgres(inject('databaseUrl'));
    console.log(`[backup] testing on ${pg.description}`);
    admin = connect(pg.url('postgres'), { max: 1 });
    await admin.unsafe(`create database ${name}`);
    await admin.unsafe(`create database ${name}_fresh`);
    sql = connect(pg.url(name));
    await migrate(sql);
    await createManagerRepo(sql).upsert({ id: TEST_DIRECTOR, name: 'Test director', role: 'director' });
    dir = mkdtempSync(path.join(tmpdir(), 'reglament-backup-'));

    // Deals made the way production makes them: a worker and the API, each in a process of its own.
    const secret = `backup-secret-${randomUUID()}`;
    const env = {
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_NAMESPACE: inject('namespace'),
      TASK_QUEUE: `backup-${randomUUID()}`,
      DATABASE_URL: pg.url(name),
      WORKFLOW_BUNDLE: inject('workflowBundlePath'),
      REGLAMENT_JWT_SECRET: secret,
      PORT: String(await freePort()),
    };
    children.push(await startReady('test/support/worker-process.ts', env));
    children.push(await startReady('test/support/api-process.ts', env));
    const token = await issueToken(secret, TEST_DIRECTOR);
    const api = async (method: string, url: string, body: unknown, type = 'application/json') => {
      const res = await fetch(`http://127.0.0.1:${env.PORT}${url}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': type },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const answer = (await res.json()) as Record<string, any>;
      expect(res.status, `${method} ${url}: ${JSON.stringify(answer)}`).toBeLessThan(300);
      return answer;
    };
    await api('PUT', '/regulations/b2b_basic', readFileSync(EXAMPLE, 'utf8'), 'application/yaml');
    for (const n of [1, 2, 3]) {
      const deal = await api('POST', '/deals', { regulationId: 'b2b_basic', owner: 'anna', client: { name: `B${n}` } });
      dealIds.push(deal.id);
      await api('POST', `/tasks/${deal.id}:1:call_client/complete`, {
        outcome: 'interested',
        fields: { decision_maker: `Person ${n}` },
      });
    }
    await api('POST', `/deals/${dealIds[0]}/events`, { type: 'QUALIFIED' });
    // Nothing writes any more while the backups are taken and compared.
    for (const child of children) child.kill('SIGKILL');
    before = await fingerprint(sql);
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await sql?.end({ timeout: 5 });
    await admin?.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin?.unsafe(`drop database if exists ${name}_fresh with (force)`).catch(() => {});
    await admin?.end({ timeout: 5 });
    await pg?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('should bring deals, tasks and audit rows back identically into a fresh database', async () => {
    // What the walk above left: three deals, their tasks, one moved on, the audit trail of the publish.
    expect(before.deals!.rows).toBe(3);
    expect(before.tasks!.rows).toBe(8); // 2 per deal in the first stage, 2 more for the qualified one
    expect(before.audit_log!.rows).toBeGreaterThan(0);

    const file = path.join(dir, 'reglament.dump');
    const saved = await reglament(['backup', file], { DATABASE_URL: pg.url(name) });
    expect(saved, saved.err).toMatchObject({ code: 0 });
    expect(saved.out).toMatch(
      new RegExp(`✓ ${file}: [\\d.]+ KiB, \\d+ tables \\(3 deals, 8 tasks, \\d+ events, \\d+ audit_log\\)`),
    );
    expect(saved.out).toContain('public.deals');
    expect(statSync(file).size).toBeGreaterThan(0);

    const restored = await reglament(['restore', file], { DATABASE_URL: pg.url(`${name}_fresh`) });
    expect(restored, restored.err).toMatchObject({ code: 0 });
    expect(restored.out).toMatch(/restored .*\(3 deals, 8 tasks/);
    const fresh = connect(pg.url(`${name}_fresh`), { max: 1 });
    try {
      expect(await fingerprint(fresh)).toEqual(before);
      // The schema came with the data: the migrations table says the restored database is current.
      const count = async (db: Sql) => (await db<{ n: number }[]>`select count(*)::int as n from migrations`)[0]!.n;
      expect(await count(fresh)).toBe(await count(sql));
    } finally {
      await fresh.end({ timeout: 5 });
    }
  });

  it('should refuse to restore over a database that holds data, and replace it with --force', async () => {
    const file = path.join(dir, 'again.dump');
    expect((await reglament(['backup', file], { DATABASE_URL: pg.url(name) })).code).toBe(0);
    // A change after the backup, which the forced restore must undo.
    await sql`update deals set stage = 'lost', status = 'lost' where id = ${dealIds[1]!}`;
    await createManagerRepo(sql).upsert({ id: 'after-backup', name: 'Hired after the backup', role: 'manager' });
    const changed = await fingerprint(sql);
    expect(changed.deals).not.toEqual(before.deals);

    const refused = await reglament(['restore', file], { DATABASE_URL: pg.url(name) });
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/holds data .* run restore again with --force/);
    expect(await fingerprint(sql)).toEqual(changed); // untouched

    const forced = await reglament(['restore', '--force', file], { DATABASE_URL: pg.url(name) });
    expect(forced, forced.err).toMatchObject({ code: 0 });
    expect(forced.out).toContain('clearing schema public');
    expect(await fingerprint(sql)).toEqual(before);
  });

  it('should refuse a file that is not a backup, touching nothing', async () => {
    const file = path.join(dir, 'not-a-backup.dump');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, 'hello'));
    const refused = await reglament(['restore', '--force', file], { DATABASE_URL: pg.url(name) });
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('is not a backup pg_restore can read');
    expect(await fingerprint(sql)).toEqual(before);
  });
});
