/**
 * A helper process (a worker, the API) that prints "ready" when it serves, so
 * a test or a benchmark can start it, kill it with SIGKILL and start another.
 * Free of vitest, so the benchmarks can use it too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../runtime/config.js';

/**
 * Runs a TypeScript file of test/support with tsx; resolves once it prints
 * "ready". `root` is the source tree it is taken from: this one, or an
 * earlier release's (the upgrade test).
 */
export function startReady(script: string, env: Record<string, string>, root = PROJECT_ROOT): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, script)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`${script} exited early (${code})`)));
  });
}
