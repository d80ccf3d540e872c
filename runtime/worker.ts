/**
 * The Temporal worker: deal workflows plus the activities that reach
 * PostgreSQL. Workflow code is bundled once and can be shared across workers.
 *
 * @module
 */
import path from 'node:path';
import { NativeConnection, Worker, bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { createActivities } from '../activities/index.js';
import type { Client } from '@temporalio/client';
import { createAppContext } from '../app/context.js';
import type { AccountingAdapter } from '../integrations/accounting.js';
import type { PluginHost } from '../plugins/host.js';
import type { Sql } from '../storage/db.js';
import { watchWorker } from '../app/metrics.js';
import { PROJECT_ROOT } from './config.js';
import { requestIdWorkerInterceptors } from './request-id.interceptors.js';

export const WORKFLOWS_PATH = path.join(PROJECT_ROOT, 'workflows', 'index.ts');
/** Workflow interceptors live in the bundle: a worker given a prebuilt bundle ignores `workflowModules`. */
export const WORKFLOW_INTERCEPTOR_MODULES = [path.join(PROJECT_ROOT, 'workflows', 'request-id.interceptors.ts')];

export function bundleWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({
    workflowsPath: WORKFLOWS_PATH,
    workflowInterceptorModules: WORKFLOW_INTERCEPTOR_MODULES,
    logger: quietLogger,
  });
}

const quietLogger = {
  log: () => {},
  trace: () => {},
  debug: () => {},
  info: () => {},
  warn: (m: string) => console.warn(m),
  error: (m: string) => console.error(m),
};

/**
 * Workflow stack traces (the Temporal UI's "stack trace" of a running deal)
 * cost a source-mapped stack capture for every promise a workflow creates:
 * about a seventh of the worker's CPU per deal start and update. They are
 * off unless `REGLAMENT_WORKFLOW_STACK_TRACES=on` (for debugging a stuck
 * deal); the SDK's switch is our patch in `patches/@temporalio+worker*.patch`.
 * Read by the workflow threads when they start, so set before `Worker.create`.
 */
export function configureWorkflowStackTraces(env: NodeJS.ProcessEnv = process.env): void {
  env.TEMPORAL_WORKFLOW_STACK_TRACES = env.REGLAMENT_WORKFLOW_STACK_TRACES === 'on' ? 'on' : 'off';
}

export async function createDealWorker(options: {
  address: string;
  namespace: string;
  taskQueue: string;
  sql: Sql;
  bundle?: WorkflowBundleWithSourceMap;
  /** Loaded plugins: their facts and operators for the rules, their activities for automations. */
  plugins?: PluginHost;
  /** For the accounting import: a client to reach deals, and where settlements come from. */
  temporal?: Client;
  accounting?: AccountingAdapter;
  /** `false`: transitions leave the analytics summaries alone (only the benchmark compares the two). */
  summaries?: boolean;
}): Promise<{ worker: Worker; connection: NativeConnection }> {
  configureWorkflowStackTraces();
  const connection = await NativeConnection.connect({ address: options.address });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle: options.bundle ?? (await bundleWorkflows()),
    // Activities log the request that caused them; the workflow half is in the bundle.
    interceptors: requestIdWorkerInterceptors(),
    activities: createActivities({
      sql: options.sql,
      ...(options.plugins ? { registry: options.plugins.registry, plugins: options.plugins } : {}),
      ...(options.temporal
        ? {
            app: createAppContext(options.sql, options.temporal, options.taskQueue, {
              ...(options.plugins ? { plugins: options.plugins } : {}),
            }),
          }
        : {}),
      ...(options.accounting ? { accounting: options.accounting } : {}),
      ...(options.summaries === false ? { summaries: false } : {}),
    }),
  });
  watchWorker(worker);
  return { worker, connection };
}
