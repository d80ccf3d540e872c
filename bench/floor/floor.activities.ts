import type { Sql } from '../../storage/db.js';

export function createFloorActivities(sql: Sql) {
  return {
    async writeRow(id: string, step: number): Promise<void> {
      await sql`insert into bench_floor (id, step) values (${id}, ${step}) on conflict do nothing`;
    },
    /** A timer of the reminders' floor fired: when the activity began, as our reminders stamp theirs. */
    async writeFired(id: string, timers: number[]): Promise<void> {
      const firedAt = new Date();
      await sql`insert into bench_floor_timers ${sql(timers.map((timer) => ({ id, timer, fired_at: firedAt })))} on conflict do nothing`;
    },
  };
}

export type FloorActivities = ReturnType<typeof createFloorActivities>;
