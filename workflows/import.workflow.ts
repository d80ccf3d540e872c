/**
 * One run of the settlements import; a Temporal schedule starts it every few
 * minutes (not cron: runs are visible, pausable and never overlap).
 *
 * @module
 */
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../domain/activities.contract.js';

const { importSettlements } = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', maximumAttempts: 5 },
});

export async function settlementImportWorkflow(): Promise<Awaited<ReturnType<typeof importSettlements>>> {
  return importSettlements();
}
