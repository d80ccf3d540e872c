/**
 * Ends the run with one plain line, `N passed, N failed`, that scripts and CI
 * can read whatever reporter prints above it. A test file or a `describe`
 * whose set-up failed (its tests then never ran) and an error outside any
 * test are counted too, so a run that failed never reads "0 failed".
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = []) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let brokenSetUps = 0;
    for (const m of testModules) {
      if (m.errors().length) brokenSetUps++;
      for (const s of m.children.allSuites()) if (s.errors().length) brokenSetUps++;
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    const extra = [
      skipped ? `${skipped} skipped` : '',
      brokenSetUps ? `${brokenSetUps} set-up${brokenSetUps > 1 ? 's' : ''} failed` : '',
      unhandledErrors.length ? `${unhandledErrors.length} unhandled error${unhandledErrors.length > 1 ? 's' : ''}` : '',
    ].filter(Boolean);
    console.log(`\n${passed} passed, ${failed} failed${extra.length ? `, ${extra.join(', ')}` : ''}`);
  }
}
