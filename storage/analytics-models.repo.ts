/**
 * The stored win model: refitted on a schedule (a Temporal schedule runs
 * `winModelWorkflow`), read by `GET /analytics/win-probability`.
 *
 * @module
 */
import type { Sql } from './db.js';

export interface StoredWinModel<M, C> {
  scope: string;
  refreshedAt: Date;
  model: M;
  calibration: C;
}

export function createWinModelStore(sql: Sql) {
  return {
    /** Replaces the scope's model; `refreshed_at` is the database's clock, so every writer agrees. */
    async saveWinModel<M, C>(scope: string, model: M, calibration: C): Promise<Date> {
      const [row] = await sql`
        insert into win_models (scope, refreshed_at, model, calibration)
        values (${scope}, clock_timestamp(), ${sql.json(model as never)}, ${sql.json(calibration as never)})
        on conflict (scope) do update
          set refreshed_at = excluded.refreshed_at, model = excluded.model, calibration = excluded.calibration
        returning refreshed_at`;
      return row!.refreshedAt as Date;
    },

    async winModel<M, C>(scope: string): Promise<StoredWinModel<M, C> | undefined> {
      const [row] = await sql`select scope, refreshed_at, model, calibration from win_models where scope = ${scope}`;
      return row as StoredWinModel<M, C> | undefined;
    },
  };
}
