/**
 * Prints one plain closing line, "N passed, N failed, N skipped", after vitest's own
 * summary, so any CI log reader sees the totals of the whole run.
 */
import type { Reporter, TestModule } from 'vitest/node';

export class SummaryLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') {
          passed += 1;
        } else if (state === 'failed') {
          failed += 1;
        } else {
          skipped += 1;
        }
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) {
        failed += 1;
      }
    }
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
