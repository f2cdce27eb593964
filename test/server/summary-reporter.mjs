/**
 * Writes the browser tests' totals to a file, so `scripts/test.mjs` can print one closing line
 * `tests: N passed, N failed` for every suite together.
 */
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter(file) {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && session.errors.length) totals.failed++;
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
