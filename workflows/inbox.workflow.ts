/**
 * The inbox drainer: one long-running workflow that applies integration
 * events which were stored but could not be applied at once (Temporal was
 * unreachable, the API process died mid-way), with backoff per event, pausing
 * when there is nothing due, and continuing as new now and then.
 *
 * @module
 */
import { continueAsNew, proxyActivities, sleep } from '@temporalio/workflow';
import type { Activities } from '../domain/activities.contract.js';

const { applyPendingEvents } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

export async function inboxWorkflow(options: { idleMs?: number } = {}): Promise<void> {
  for (let round = 0; round < 500; round++) {
    const { claimed } = await applyPendingEvents({ limit: 50 });
    if (claimed === 0) await sleep(options.idleMs ?? 1_000);
  }
  await continueAsNew<typeof inboxWorkflow>(options);
}
