/**
 * One refit of the win model; a Temporal schedule starts it (every hour
 * unless configured otherwise), so refits are visible, pausable, can be
 * triggered by hand and never overlap.
 *
 * @module
 */
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../domain/activities.contract.js';

const { refreshWinModel } = proxyActivities<Activities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '10 seconds', maximumAttempts: 3 },
});

export async function winModelWorkflow(): Promise<Awaited<ReturnType<typeof refreshWinModel>>> {
  return refreshWinModel();
}
