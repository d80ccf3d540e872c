import type { Sql } from '../../storage/db.js';

export function createFloorActivities(sql: Sql) {
  return {
    async writeRow(id: string, step: number): Promise<void> {
      await sql`insert into bench_floor (id, step) values (${id}, ${step}) on conflict do nothing`;
    },
  };
}

export type FloorActivities = ReturnType<typeof createFloorActivities>;
