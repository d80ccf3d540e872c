/**
 * The floors for the round-trip benchmark: bare Temporal workflows that take
 * an Update and run one activity writing one row, as a regular activity
 * (three trips through the server: update task, activity task, completing
 * task) and as a local activity (one workflow task). Nothing of Reglament.
 * And the reminders' floor: timers due at one instant, each writing one row.
 */
import {
  condition,
  defineUpdate,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  sleep,
} from '@temporalio/workflow';
import type { FloorActivities } from './floor.activities.js';

export const floorStep = defineUpdate<number, [number]>('floorStep');
export const floorStop = defineUpdate<void>('floorStop');

const regular = proxyActivities<FloorActivities>({ startToCloseTimeout: '10 seconds' });
const local = proxyLocalActivities<FloorActivities>({ startToCloseTimeout: '10 seconds' });

async function floor(id: string, writeRow: FloorActivities['writeRow']): Promise<void> {
  let stopped = false;
  setHandler(floorStep, async (step) => {
    await writeRow(id, step);
    return step;
  });
  setHandler(floorStop, () => {
    stopped = true;
  });
  await condition(() => stopped);
}

export function floorWorkflow(id: string): Promise<void> {
  return floor(id, regular.writeRow);
}

export function floorLocalWorkflow(id: string): Promise<void> {
  return floor(id, local.writeRow);
}

/**
 * The reminders' floor: `count` timers due at `dueAtMs` (epoch ms). Timers
 * that fire together write their rows in one local activity, stamped when it
 * begins, as a deal's reminders do.
 */
export async function floorTimersWorkflow(id: string, dueAtMs: number, count: number): Promise<void> {
  const fired: number[] = [];
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      await sleep(Math.max(1, dueAtMs - Date.now()));
      fired.push(i);
      if (fired.length > 1) return; // the batch this one opened takes it
      await Promise.resolve(); // let the timers of the same activation join
      await local.writeFired(id, fired.splice(0));
    }),
  );
}
