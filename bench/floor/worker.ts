/**
 * A worker for the floors' bare workflows (`floor.workflow.ts`) on its own
 * task queue, with the floor activities: what the engine and the reminders
 * benches run beside Reglament's own worker.
 */
import path from 'node:path';
import { NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
import { PROJECT_ROOT } from '../../runtime/config.js';
import type { Sql } from '../../storage/db.js';
import { createFloorActivities } from './floor.activities.js';

export async function startFloorWorker(options: { address: string; namespace: string; taskQueue: string; sql: Sql }) {
  const connection = await NativeConnection.connect({ address: options.address });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle: await bundleWorkflowCode({
      workflowsPath: path.join(PROJECT_ROOT, 'bench/floor/floor.workflow.ts'),
      logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
    }),
    activities: createFloorActivities(options.sql),
  });
  return { worker, connection };
}
