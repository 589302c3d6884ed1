const { appendFileSync } = require('node:fs');

/**
 * Closes a run with one plain line, "Summary: N passed, N failed, N skipped", that CI can read.
 * With AIDLEDGER_TEST_SUMMARY_FILE set it also appends the counts there, so CI can add up
 * the unit, HTTP and browser runs into one closing line.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const counts = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    process.stdout.write(`\nSummary: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
    if (process.env.AIDLEDGER_TEST_SUMMARY_FILE)
      appendFileSync(process.env.AIDLEDGER_TEST_SUMMARY_FILE, `${JSON.stringify(counts)}\n`);
  }
}
module.exports = SummaryReporter;
