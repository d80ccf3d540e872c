/**
 * One instalment of a deal's payment terms, watched until it is paid. Its own
 * workflow rather than timers in the deal's: receivables outlive the sale (a
 * won deal's workflow has ended while its instalments are still due), and the
 * deal's history and replay stay as they were. Each round an activity reads
 * the instalment, sends the notice that is due (the owner at the due time,
 * then the regulation's escalation chain) and names the next instant; the
 * workflow sleeps until then on a durable timer, woken early by a signal when
 * a settlement marks it paid or the terms change. Paid ends the watch and
 * with it the pending escalation.
 *
 * @module
 */
import { condition, continueAsNew, proxyActivities, setHandler } from '@temporalio/workflow';
import type { ReceivableActivities } from '../domain/activities.contract.js';
import { receivableChangedSignal, type ReceivableWorkflowInput } from './receivable.definitions.js';

const { receivableStep } = proxyActivities<ReceivableActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

/** Rounds before continuing as new: one per notice or change of terms, far more than any chain has. */
const ROUNDS_PER_RUN = 200;

export async function receivableWorkflow(input: ReceivableWorkflowInput): Promise<{ paid: boolean }> {
  let changed = false;
  setHandler(receivableChangedSignal, () => {
    changed = true;
  });
  for (let round = 0; round < ROUNDS_PER_RUN; round++) {
    changed = false;
    const step = await receivableStep(input);
    if (step.paid) return { paid: true };
    // The chain is spent or the instalment is gone, unless the terms changed while the step ran (read them again).
    if (step.nextAt === null && !changed) return { paid: false };
    if (step.nextAt === null) continue;
    await condition(() => changed, Math.max(1, Date.parse(step.nextAt) - Date.now()));
  }
  return continueAsNew<typeof receivableWorkflow>(input);
}
