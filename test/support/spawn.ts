/**
 * A test's helper process (a worker, the API) that prints "ready" when it
 * serves, so a test can start it, kill it with SIGKILL and start another.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';

/** Runs a TypeScript file of test/support with tsx; resolves once it prints "ready". */
export function startReady(script: string, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, script)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`${script} exited early (${code})`)));
  });
}

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
