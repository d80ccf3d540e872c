/**
 * PostgreSQL access: one `postgres` (porsager) client and forward-only
 * migrations applied under an advisory lock, so several processes may start
 * at once.
 *
 * @module
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import shift from 'postgres-shift';

export type Sql = postgres.Sql<Record<string, unknown>>;

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const MIGRATION_LOCK = 0x5265676c; // "Regl"

export function connect(url: string, options: { max?: number } = {}): Sql {
  return postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // Columns are snake_case in SQL and camelCase in rows (JSON values are left alone).
    transform: { undefined: null, column: { from: postgres.toCamel, to: postgres.fromCamel } },
  });
}

export async function migrate(sql: Sql, log: (line: string) => void = () => {}): Promise<void> {
  // A session lock on a reserved connection: other processes wait here while
  // this one migrates through the pool.
  const lock = await sql.reserve();
  try {
    await lock`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await shift({
      sql,
      path: MIGRATIONS,
      before: ({ migration_id, name }: { migration_id: number; name: string }) =>
        log(`migration ${migration_id}: ${name}`),
    });
  } finally {
    await lock`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => {});
    lock.release();
  }
}
