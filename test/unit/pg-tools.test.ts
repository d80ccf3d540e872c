/**
 * Choosing PostgreSQL's client programs for backup and restore: the newest
 * found, refused with what was found when older than the server, and the
 * connection handed over in libpq's variables rather than on a command line.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPgTools, libpqEnv, pickPgTool } from '../../runtime/pg-tools.js';

describe('PostgreSQL client programs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'reglament-pg-bin-'));
  // A stand-in pg_dump that only answers --version, as PostgreSQL 15's does.
  const fake = path.join(dir, 'pg_dump');
  writeFileSync(fake, '#!/bin/sh\necho "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"\n');
  chmodSync(fake, 0o755);
  const env = { ...process.env, REGLAMENT_PG_BIN: dir };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('should look only in REGLAMENT_PG_BIN when it is set, reading the major version', async () => {
    expect(await findPgTools('pg_dump', env)).toEqual([
      { path: fake, major: 15, version: 'pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)' },
    ]);
    expect(await findPgTools('pg_restore', env)).toEqual([]);
  });

  it('should take a pg_dump as new as the server, and refuse an older one naming what it found', async () => {
    expect((await pickPgTool('pg_dump', 15, env)).path).toBe(fake);
    await expect(pickPgTool('pg_dump', 18, env)).rejects.toThrow(
      new RegExp(`pg_dump 18 or newer is needed .*found: ${fake} \\(15\\).*REGLAMENT_PG_BIN`),
    );
    await expect(pickPgTool('pg_restore', 0, env)).rejects.toThrow(`none found in ${dir}`);
  });

  it('should pass the connection in libpq variables, the password decoded', () => {
    expect(libpqEnv('postgres://rg%40ops:p%3Ass%2Fw@db.internal:6432/reglament?sslmode=require')).toEqual({
      PGHOST: 'db.internal',
      PGPORT: '6432',
      PGDATABASE: 'reglament',
      PGUSER: 'rg@ops',
      PGPASSWORD: 'p:ss/w',
      PGSSLMODE: 'require',
    });
  });
});
