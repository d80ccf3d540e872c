/**
 * The outbox drainer: one long-running workflow that keeps delivering queued
 * notifications to webhooks, pausing when there is nothing to do, and
 * continuing as new now and then to keep its history short.
 *
 * @module
 */
import { continueAsNew, proxyActivities, sleep } from '@temporalio/workflow';
import type { Activities } from '../domain/activities.contract.js';

const { deliverWebhooks } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

export async function outboxWorkflow(options: { idleMs?: number } = {}): Promise<void> {
  for (let round = 0; round < 500; round++) {
    const { attempted } = await deliverWebhooks({ limit: 50 });
    if (attempted === 0) await sleep(options.idleMs ?? 1_000);
  }
  await continueAsNew<typeof outboxWorkflow>(options);
}
