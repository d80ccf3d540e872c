/** A deal worker in a process of its own, for tests that kill it (see `ready-process.ts`). */
import type { ChildProcess } from 'node:child_process';
import { inject } from 'vitest';
import { startReady } from './ready-process.js';

/** A deal worker in its own process, on the suite's Temporal and PostgreSQL and the given task queue. */
export function startWorkerProcess(taskQueue: string): Promise<ChildProcess> {
  return startReady('test/support/worker-process.ts', {
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: inject('namespace'),
    TASK_QUEUE: taskQueue,
    DATABASE_URL: inject('databaseUrl'),
    WORKFLOW_BUNDLE: inject('workflowBundlePath'),
  });
}
