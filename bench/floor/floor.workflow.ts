/**
 * The floors for the round-trip benchmark: bare Temporal workflows that take
 * an Update and run one activity writing one row, as a regular activity
 * (three trips through the server: update task, activity task, completing
 * task) and as a local activity (one workflow task). Nothing of Reglament.
 */
import { condition, defineUpdate, proxyActivities, proxyLocalActivities, setHandler } from '@temporalio/workflow';
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
