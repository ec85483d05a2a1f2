// Reads Jest's --json results and prints the one line CI understands.
// Exits non-zero when a test failed, a suite failed to run, or no test ran at all.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.ci/jest-results.json';
if (!existsSync(file)) {
  console.log('tests: 0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
const results = JSON.parse(readFileSync(file, 'utf8'));
const suitesThatFailedToRun = results.numRuntimeErrorTestSuites ?? 0;
const passed = results.numPassedTests ?? 0;
const failed = (results.numFailedTests ?? 0) + suitesThatFailedToRun;
const skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 || results.success === false ? 1 : 0);
