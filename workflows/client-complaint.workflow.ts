/**
 * A client's complaint watched until it is resolved: past its SLA the
 * assignee is reminded, then the regulation's escalation chain is told level
 * by level. Its own workflow (as a receivable's) because a complaint may come
 * on a deal whose workflow has ended. Each round an activity sends what is
 * due and names the next instant; the workflow sleeps on a durable timer,
 * woken early when the complaint is resolved.
 *
 * @module
 */
import { condition, continueAsNew, proxyActivities, setHandler } from '@temporalio/workflow';
import type { ClientComplaintActivities } from '../domain/activities.contract.js';
import { complaintChangedSignal } from './client-complaint.definitions.js';

const { complaintStep } = proxyActivities<ClientComplaintActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

/** Rounds before continuing as new: one per notice or wake-up, far more than any chain has. */
const ROUNDS_PER_RUN = 200;

export async function clientComplaintWorkflow(input: { complaintId: string }): Promise<{ resolved: boolean }> {
  let changed = false;
  setHandler(complaintChangedSignal, () => {
    changed = true;
  });
  for (let round = 0; round < ROUNDS_PER_RUN; round++) {
    changed = false;
    const step = await complaintStep(input);
    if (step.resolved) return { resolved: true };
    if (step.nextAt === null) return { resolved: false }; // the chain is spent
    await condition(() => changed, Math.max(1, Date.parse(step.nextAt) - Date.now()));
  }
  return continueAsNew<typeof clientComplaintWorkflow>(input);
}
