/**
 * Integration suite setup: a real Temporal dev server and a real PostgreSQL
 * (embedded), both on free ports in a throw-away data directory, unless
 * TEMPORAL_ADDRESS / DATABASE_URL point at existing ones. Workflow code is
 * bundled once here and shared by every test file's worker.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT, loadConfig } from '../../runtime/config.js';
import { freePort } from '../../runtime/ports.js';
import { startStack, type Stack } from '../../runtime/stack.js';
import { bundleWorkflows } from '../../runtime/worker.js';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalAddress: string;
    namespace: string;
    databaseUrl: string;
    workflowBundlePath: string;
  }
}

let stack: Stack | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject) {
  const log = (line: string) => console.log(`[setup] ${line}`);
  let config: ReturnType<typeof loadConfig>;
  // A port free a moment ago may be taken before our server binds it (the two projects' setups start
  // servers side by side, and the dev server picks ports of its own): try again on fresh ports.
  for (let attempt = 1; ; attempt++) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'reglament-test-'));
    // PostgreSQL runs as the postgres user when tests run as root.
    rmSync(dataDir, { recursive: true });
    mkdirSync(dataDir, { recursive: true, mode: 0o777 });
    config = loadConfig({ ...process.env, REGLAMENT_DATA_DIR: dataDir });
    try {
      stack = await startStack(config, {
        log,
        temporalPort: await freePort(),
        uiPort: await freePort(),
        postgresPort: await freePort(),
      });
      break;
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true });
      if (attempt >= 3 || !/address already in use|is in use/i.test(String(error))) throw error;
      log(`a port was taken before the server bound it; trying again on other ports (attempt ${attempt + 1})`);
    }
  }
  log('bundling workflow code');
  const bundle = await bundleWorkflows();
  const bundleDir = path.join(PROJECT_ROOT, '.cache', 'test');
  mkdirSync(bundleDir, { recursive: true });
  const workflowBundlePath = path.join(bundleDir, `workflow-bundle-${process.pid}.js`);
  writeFileSync(workflowBundlePath, bundle.code);
  project.provide('temporalAddress', stack.temporalAddress);
  project.provide('namespace', config.temporal.namespace);
  project.provide('databaseUrl', stack.databaseUrl);
  project.provide('workflowBundlePath', workflowBundlePath);
  log(`ready: temporal ${stack.temporalAddress}, postgres ${stack.databaseUrl.replace(/:[^:@/]+@/, ':***@')}`);
}

export async function teardown() {
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
