/**
 * The floor for the round-trip benchmark: a bare Temporal workflow that takes
 * an Update and runs one activity writing one row. Nothing of Reglament.
 */
import { condition, defineUpdate, proxyActivities, setHandler } from '@temporalio/workflow';
import type { FloorActivities } from './floor.activities.js';

export const floorStep = defineUpdate<number, [number]>('floorStep');
export const floorStop = defineUpdate<void>('floorStop');

const { writeRow } = proxyActivities<FloorActivities>({ startToCloseTimeout: '10 seconds' });

export async function floorWorkflow(id: string): Promise<void> {
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
