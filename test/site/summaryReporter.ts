import type {Reporter, TestModule} from "vitest/node";

/**
 * Ends a run with one plain line, "N passed, N failed, N skipped", which CI reads as the
 * run's result (vitest's own summary has another shape).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = {passed: 0, failed: 0, skipped: 0, pending: 0};
    for (const module of testModules) {
      for (const test of module.children.allTests()) counts[test.result().state]++;
    }
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
