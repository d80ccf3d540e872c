/**
 * The reminders' floor on a running bench stack: one bare workflow per
 * instant of `spread` (ms after the first; the deals' due instants, so the
 * load comes as spread out as it did for them), each with `perWorkflow`
 * timers due at that instant `dueSeconds` from now, those fired together
 * writing their rows in one local activity. Returns each timer's lag: when
 * its activity began, minus when it was due.
 */
import type { Client } from '@temporalio/client';
import type { Sql } from '../../storage/db.js';
import { pool } from '../stats.js';
import { startFloorWorker } from './worker.js';

export async function floorTimerLags(
  b: { address: string; namespace: string; taskQueue: string; sql: Sql; temporal: Client },
  spread: number[],
  perWorkflow: number,
  dueSeconds: number,
  log: (line: string) => void,
): Promise<number[]> {
  const { sql } = b;
  await sql`create table if not exists bench_floor_timers (id text, timer int, fired_at timestamptz, primary key (id, timer))`;
  const taskQueue = `${b.taskQueue}-floor-timers`;
  const { worker, connection } = await startFloorWorker({ address: b.address, namespace: b.namespace, taskQueue, sql });
  const running = worker.run();
  const due = new Map<string, number>();
  const workflows = spread.length;
  const base = Date.now() + dueSeconds * 1000;
  await pool(workflows, 10, async (i) => {
    const id = `timers-${i}`;
    const dueAt = base + spread[i]!;
    due.set(id, dueAt);
    await b.temporal.workflow.start('floorTimersWorkflow', {
      workflowId: `${taskQueue}-${id}`,
      taskQueue,
      args: [id, dueAt, perWorkflow],
    });
  });
  log(`floor: ${workflows * perWorkflow} bare timers scheduled; waiting for them to fire`);
  const deadline = Date.now() + (dueSeconds + 90) * 1000;
  const expected = workflows * perWorkflow;
  let rows: Array<{ id: string; at: number }> = [];
  while (Date.now() < deadline) {
    rows = (await sql`select id, extract(epoch from fired_at) * 1000 as at from bench_floor_timers`).map((r) => ({
      id: r.id as string,
      at: Number(r.at),
    }));
    if (rows.length >= expected) break;
    await new Promise((res) => setTimeout(res, 500));
  }
  worker.shutdown();
  await running;
  await connection.close();
  return rows.map((r) => r.at - due.get(r.id)!);
}
