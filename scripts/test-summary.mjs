// Prints one line summing every check of `npm test`: `tests: N passed, M failed` (CI reads that last line, so it stays
// alone on its line; what failed is said on the line before). Reads reports/: the JSON reports that Vitest and
// Playwright write, and steps.json, which scripts/run-tests.mjs writes as each step (lint, typecheck, unit, e2e) ends.
// A step that failed without a runner counting a failed test (lint, typecheck, a build error, a crash) counts as one
// failure, so the line never says "0 failed" when something failed.
// Usage: node scripts/test-summary.mjs [--exit-code N] [--what "npm test"]
//   --exit-code: the exit code of what ran (default 0); non-zero with nothing else failed still counts one failure.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

function read(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { unreadable: true };
  }
}

/** Passed and failed tests in Vitest's JSON report; a test file that could not run at all counts as one failure. */
function vitestCounts(report) {
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + brokenFiles };
}

/** Passed and failed tests in Playwright's JSON report; a flaky test passed on retry. */
function playwrightCounts(report) {
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats ?? {};
  return { passed: expected + flaky, failed: unexpected };
}

const runners = [
  { name: 'vitest', file: 'vitest.json', counts: vitestCounts },
  { name: 'playwright', file: 'playwright.json', counts: playwrightCounts },
];

/**
 * Sums the reports in `dir`. `exitCode` is what the whole run exited with; `what` names it.
 * Returns the totals and the two lines to print (details, then `tests: N passed, M failed`).
 */
export function summarize(dir = 'reports', { exitCode = 0, what = 'npm test' } = {}) {
  let passed = 0;
  let failed = 0;
  const parts = [];
  const failuresByReport = new Map();

  for (const runner of runners) {
    const report = read(path.join(dir, runner.file));
    if (!report) continue;
    if (report.unreadable) {
      failed += 1;
      failuresByReport.set(runner.file, 1);
      parts.push(`${runner.name} report unreadable`);
      continue;
    }
    const counts = runner.counts(report);
    passed += counts.passed;
    failed += counts.failed;
    failuresByReport.set(runner.file, counts.failed);
    parts.push(`${runner.name} ${counts.passed}/${counts.passed + counts.failed}`);
  }

  const steps = read(path.join(dir, 'steps.json'))?.steps ?? [];
  for (const step of steps) {
    if (step.status !== 'failed') continue;
    // A runner that counted failed tests has said why; anything else failed as a whole step.
    if (step.report && (failuresByReport.get(step.report) ?? 0) > 0) continue;
    failed += 1;
    parts.push(`${step.name} failed: see above`);
  }
  const notRun = steps.filter((step) => step.status === 'not run').map((step) => step.name);
  if (notRun.length > 0) parts.push(`not run: ${notRun.join(', ')}`);

  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    parts.push(`${what} failed (exit ${exitCode}): see above`);
  }

  return {
    passed,
    failed,
    lines: [`(${parts.join('; ') || 'no runner reported'})`, `tests: ${passed} passed, ${failed} failed`],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { 'exit-code': { type: 'string', default: '0' }, what: { type: 'string', default: 'npm test' } } });
  const exitCode = Number.parseInt(values['exit-code'], 10);
  for (const line of summarize('reports', { exitCode: Number.isNaN(exitCode) ? 1 : exitCode, what: values.what }).lines) console.log(line);
}
