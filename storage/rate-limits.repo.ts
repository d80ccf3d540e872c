/**
 * The store behind the API's request budgets: rate-limiter-flexible's
 * `RateLimiterPostgres` talks to a `pg`-style pool (`query({ text, values })`
 * answering `{ rows, rowCount }`); this adapts our postgres.js client to it.
 * The table is `rate_limits` (migration 00016), shared by every limiter.
 *
 * @example
 * new RateLimiterPostgres({ storeClient: rateLimitStore(sql), storeType: 'pool', tableName: RATE_LIMIT_TABLE, tableCreated: true });
 *
 * @module
 */
import type { Sql } from './db.js';

export const RATE_LIMIT_TABLE = 'rate_limits';

export interface RateLimitStore {
  query(q: {
    text: string;
    values?: unknown[];
    name?: string;
  }): Promise<{ rows: Array<Record<string, unknown>>; rowCount: number }>;
}

/** `name` (a `pg` prepared-statement name) is ignored: postgres.js prepares by the query's text. */
export function rateLimitStore(sql: Sql): RateLimitStore {
  return {
    async query({ text, values = [] }) {
      const result = await sql.unsafe(text, values as never[]);
      // postgres.js gives int8 as a string; the library does arithmetic on `expire`.
      const rows = result.map((row) =>
        'expire' in row ? { ...row, expire: row.expire === null ? null : Number(row.expire) } : { ...row },
      );
      return { rows, rowCount: result.count };
    },
  };
}
