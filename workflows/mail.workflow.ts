/**
 * The mail drainer: one long-running workflow (`reglament-mail`) that keeps
 * sending queued e-mail messages, pausing when there is nothing to do, and
 * continuing as new now and then to keep its history short.
 *
 * @module
 */
import { continueAsNew, proxyActivities, sleep } from '@temporalio/workflow';
import type { Activities } from '../domain/activities.contract.js';

const { deliverMessages } = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

export async function mailWorkflow(options: { idleMs?: number } = {}): Promise<void> {
  for (let round = 0; round < 500; round++) {
    const { attempted } = await deliverMessages({ limit: 20 });
    if (attempted === 0) await sleep(options.idleMs ?? 1_000);
  }
  await continueAsNew<typeof mailWorkflow>(options);
}
