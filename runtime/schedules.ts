/**
 * The Temporal schedule that pulls settlements from accounting every few
 * minutes. Created once; an existing schedule is left as it is (it may have
 * been paused or retimed in Temporal's UI).
 *
 * @module
 */
import { ScheduleAlreadyRunning, type Client } from '@temporalio/client';

export const SETTLEMENT_SCHEDULE_ID = 'reglament-settlements';

export async function ensureSettlementSchedule(
  client: Client,
  options: { taskQueue: string; every: string; scheduleId?: string },
): Promise<boolean> {
  try {
    await client.schedule.create({
      scheduleId: options.scheduleId ?? SETTLEMENT_SCHEDULE_ID,
      spec: { intervals: [{ every: options.every as `${number}s` }] },
      action: {
        type: 'startWorkflow',
        workflowType: 'settlementImportWorkflow',
        taskQueue: options.taskQueue,
        args: [],
      },
      policies: { overlap: 'SKIP' },
    });
    return true;
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return false;
    throw error;
  }
}
