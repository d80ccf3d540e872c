/**
 * One absence, one workflow (`absence:<id>`), started when the absence is
 * recorded: durable timers wait for its first day (the open tasks due during
 * it are handed over as the absence says) and for the return (the person's
 * digest). A restarted worker or server loses nothing; an absence removed
 * meanwhile ends the workflow at its next step.
 *
 * @module
 */
import { proxyActivities, sleep } from '@temporalio/workflow';
import type { Activities } from '../domain/activities.contract.js';

const { absenceSchedule, handOverAbsentTasks, writeAbsenceDigest } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

export const absenceWorkflowId = (absenceId: string) => `absence:${absenceId}`;

export async function absenceWorkflow(input: { absenceId: string }): Promise<{ handedOver: number; digest: boolean }> {
  const planned = await absenceSchedule(input);
  if (!planned) return { handedOver: 0, digest: false };
  // The workflow's clock is deterministic: it replays as it ran.
  if (planned.startsAt > Date.now()) await sleep(planned.startsAt - Date.now());
  let handedOver = 0;
  // An absence recorded after it ended hands nothing over; its digest is still written.
  if (Date.now() < planned.returnsAt) {
    const now = await absenceSchedule(input);
    if (!now) return { handedOver: 0, digest: false };
    handedOver = (await handOverAbsentTasks(input)).handedOver;
  }
  if (planned.returnsAt > Date.now()) await sleep(planned.returnsAt - Date.now());
  const { written } = await writeAbsenceDigest(input);
  return { handedOver, digest: written };
}
