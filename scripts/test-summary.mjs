// Prints one line summing every test runner's results: `tests: N passed, M failed`.
// Reads the JSON reports that Vitest and Playwright write to reports/; a runner that did not run counts as nothing.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

let passed = 0;
let failed = 0;
const parts = [];

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  parts.push(`vitest ${vitest.numPassedTests}/${vitest.numTotalTests}`);
}

const playwright = read('reports/playwright.json');
if (playwright) {
  const { expected = 0, unexpected = 0, flaky = 0 } = playwright.stats ?? {};
  passed += expected + flaky;
  failed += unexpected;
  parts.push(`playwright ${expected + flaky}/${expected + flaky + unexpected}`);
}

console.log(`(${parts.join(', ') || 'no runner reported'})`);
console.log(`tests: ${passed} passed, ${failed} failed`);
