import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The SDK's public names resolve to its sources inside the repository, as tsconfig.json's "paths" say.
const resolve = {
  alias: {
    'reglament/plugin': fileURLToPath(new URL('./sdk/plugin.ts', import.meta.url)),
    'reglament/testing': fileURLToPath(new URL('./sdk/testing.ts', import.meta.url)),
  },
};

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          sequence: { groupOrder: 0 },
          // Some unit tests spawn the real CLI (a Node process each): 5 s is too tight on a loaded 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          globalSetup: ['test/support/global-setup.ts'],
          // Worker threads crash the Temporal SDK's native bridge: use processes.
          pool: 'forks',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          maxWorkers: 2,
        },
      },
      {
        // The workspace in a real browser, after the integration group: Chromium beside the
        // timing tests (reminders within a second) on a small machine would make them flaky.
        resolve,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          sequence: { groupOrder: 2 },
          globalSetup: ['test/support/global-setup.ts'],
          pool: 'forks',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          maxWorkers: 1,
        },
      },
    ],
  },
});
