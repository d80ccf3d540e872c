/**
 * The Temporal schedules Reglament keeps: the settlement import from
 * accounting and the win model's refit. Each is created once; an existing
 * schedule is left as it is (it may have been paused or retimed in Temporal's
 * UI).
 *
 * @module
 */
import { ScheduleAlreadyRunning, type Client } from '@temporalio/client';

export const SETTLEMENT_SCHEDULE_ID = 'reglament-settlements';
export const WIN_MODEL_SCHEDULE_ID = 'reglament-win-model';

interface ScheduleOptions {
  taskQueue: string;
  every: string;
  scheduleId?: string;
}

/** Starts `workflowType` every `every`, skipping a run while the previous one goes on; true when created now. */
async function ensureSchedule(
  client: Client,
  workflowType: string,
  defaultId: string,
  options: ScheduleOptions,
): Promise<boolean> {
  try {
    await client.schedule.create({
      scheduleId: options.scheduleId ?? defaultId,
      spec: { intervals: [{ every: options.every as `${number}s` }] },
      action: { type: 'startWorkflow', workflowType, taskQueue: options.taskQueue, args: [] },
      policies: { overlap: 'SKIP' },
    });
    return true;
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return false;
    throw error;
  }
}

/** Pulls settlements from accounting (`settlementImportWorkflow`). */
export const ensureSettlementSchedule = (client: Client, options: ScheduleOptions) =>
  ensureSchedule(client, 'settlementImportWorkflow', SETTLEMENT_SCHEDULE_ID, options);

/** Refits the win model (`winModelWorkflow`). */
export const ensureWinModelSchedule = (client: Client, options: ScheduleOptions) =>
  ensureSchedule(client, 'winModelWorkflow', WIN_MODEL_SCHEDULE_ID, options);
