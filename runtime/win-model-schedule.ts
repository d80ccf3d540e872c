/**
 * The Temporal schedule that refits the win model (`winModelWorkflow`).
 * Created once when the stack starts; an existing schedule is left as it is
 * (it may have been paused or retimed in Temporal's UI).
 *
 * @module
 */
import { ScheduleAlreadyRunning, type Client } from '@temporalio/client';

export const WIN_MODEL_SCHEDULE_ID = 'reglament-win-model';

/** Creates the schedule unless it exists; true when it was created now. */
export async function ensureWinModelSchedule(
  client: Client,
  options: { taskQueue: string; every: string; scheduleId?: string },
): Promise<boolean> {
  try {
    await client.schedule.create({
      scheduleId: options.scheduleId ?? WIN_MODEL_SCHEDULE_ID,
      spec: { intervals: [{ every: options.every as `${number}s` }] },
      action: { type: 'startWorkflow', workflowType: 'winModelWorkflow', taskQueue: options.taskQueue, args: [] },
      policies: { overlap: 'SKIP' },
    });
    return true;
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return false;
    throw error;
  }
}
