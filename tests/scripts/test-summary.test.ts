import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarize } from '../../scripts/test-summary.mjs';
import { runSteps } from '../../scripts/run-tests.mjs';

/** CI's closing line must say what happened: never "0 failed" when a step failed, whatever kind of step it was. */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'frontline-summary-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const write = (file: string, data: unknown) => writeFileSync(path.join(dir, file), JSON.stringify(data));

const vitest = (passed: number, failed: number, testResults: unknown[] = []) => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numTotalTests: passed + failed,
  testResults,
});
const playwright = (expected: number, unexpected: number, flaky = 0) => ({ stats: { expected, unexpected, flaky, skipped: 0 } });

type Status = 'passed' | 'failed' | 'not run';
const stepsFile = (lint: Status, typecheck: Status, unit: Status, e2e: Status) => ({
  steps: [
    { name: 'lint', command: 'npm run lint', status: lint },
    { name: 'typecheck', command: 'npm run typecheck', status: typecheck },
    { name: 'unit', command: 'npm run test:unit', report: 'vitest.json', status: unit },
    { name: 'e2e', command: 'npm run test:e2e', report: 'playwright.json', status: e2e },
  ],
});

describe('scripts/test-summary.mjs', () => {
  it('sums both runners when everything passed', () => {
    write('steps.json', stepsFile('passed', 'passed', 'passed', 'passed'));
    write('vitest.json', vitest(300, 0));
    write('playwright.json', playwright(40, 0, 2));
    const summary = summarize(dir, { exitCode: 0 });
    expect(summary.lines).toEqual(['(vitest 300/300; playwright 42/42)', 'tests: 342 passed, 0 failed']);
  });

  it('counts failed tests once, not again as a failed step', () => {
    write('steps.json', stepsFile('passed', 'passed', 'failed', 'not run'));
    write('vitest.json', vitest(297, 3));
    const summary = summarize(dir, { exitCode: 1 });
    expect(summary).toMatchObject({ passed: 297, failed: 3 });
    expect(summary.lines).toEqual(['(vitest 297/300; not run: e2e)', 'tests: 297 passed, 3 failed']);
  });

  it.each([
    ['lint', stepsFile('failed', 'not run', 'not run', 'not run'), 'lint failed: see above; not run: typecheck, unit, e2e'],
    ['typecheck', stepsFile('passed', 'failed', 'not run', 'not run'), 'typecheck failed: see above; not run: unit, e2e'],
  ])('says so when %s fails, instead of "0 passed, 0 failed"', (_step, steps, detail) => {
    write('steps.json', steps);
    const summary = summarize(dir, { exitCode: 1 });
    expect(summary.lines).toEqual([`(${detail})`, 'tests: 0 passed, 1 failed']);
  });

  it('counts a step that failed before its runner reported (a build error) as a failure', () => {
    write('steps.json', stepsFile('passed', 'passed', 'passed', 'failed'));
    write('vitest.json', vitest(300, 0));
    expect(summarize(dir, { exitCode: 1 }).lines).toEqual(['(vitest 300/300; e2e failed: see above)', 'tests: 300 passed, 1 failed']);
  });

  it('counts a runner that failed with every test passing (a crash, an unhandled error) as a failure', () => {
    write('steps.json', stepsFile('passed', 'passed', 'passed', 'failed'));
    write('vitest.json', vitest(300, 0));
    write('playwright.json', playwright(40, 0));
    expect(summarize(dir, { exitCode: 1 })).toMatchObject({ passed: 340, failed: 1 });
  });

  it('counts a test file that could not run at all', () => {
    write('steps.json', stepsFile('passed', 'passed', 'failed', 'not run'));
    write('vitest.json', vitest(10, 0, [{ status: 'failed', assertionResults: [] }, { status: 'passed', assertionResults: [] }]));
    expect(summarize(dir, { exitCode: 1 })).toMatchObject({ passed: 10, failed: 1 });
  });

  it('counts an unreadable report as a failure', () => {
    writeFileSync(path.join(dir, 'vitest.json'), '{ not json');
    expect(summarize(dir, { exitCode: 0 })).toMatchObject({ passed: 0, failed: 1 });
  });

  it('never says 0 failed after a non-zero exit, even with no report at all (npm ci failed)', () => {
    expect(summarize(dir, { exitCode: 1, what: 'npm ci' }).lines).toEqual([
      '(npm ci failed (exit 1): see above)',
      'tests: 0 passed, 1 failed',
    ]);
    expect(summarize(path.join(dir, 'missing'), { exitCode: 2 }).failed).toBe(1);
  });

  it('says no runner reported when nothing ran and nothing failed', () => {
    expect(summarize(dir).lines).toEqual(['(no runner reported)', 'tests: 0 passed, 0 failed']);
  });

  it('keeps the closing line alone and in the plain form CI reads', () => {
    write('steps.json', stepsFile('failed', 'not run', 'not run', 'not run'));
    expect(summarize(dir, { exitCode: 1 }).lines.at(-1)).toMatch(/^tests: \d+ passed, \d+ failed$/);
  });
});

describe('scripts/run-tests.mjs', () => {
  const list = [
    { name: 'lint', command: 'lint' },
    { name: 'unit', command: 'unit', report: 'vitest.json' },
    { name: 'e2e', command: 'e2e', report: 'playwright.json' },
  ];
  const quiet = () => {};
  const steps = () => JSON.parse(readFileSync(path.join(dir, 'steps.json'), 'utf8')).steps as { name: string; status: string; exitCode?: number }[];

  it('runs every step in order and records each as passed', () => {
    const ran: string[] = [];
    const code = runSteps(list, { reportsDir: dir, exec: (command: string) => (ran.push(command), 0), log: quiet });
    expect(code).toBe(0);
    expect(ran).toEqual(['lint', 'unit', 'e2e']);
    expect(steps().map((step) => step.status)).toEqual(['passed', 'passed', 'passed']);
  });

  it('stops at the first failure, returns its exit code and marks the rest as not run', () => {
    const ran: string[] = [];
    const code = runSteps(list, { reportsDir: dir, exec: (command: string) => (ran.push(command), command === 'lint' ? 2 : 0), log: quiet });
    expect(code).toBe(2);
    expect(ran).toEqual(['lint']);
    expect(steps()).toMatchObject([
      { name: 'lint', status: 'failed', exitCode: 2 },
      { name: 'unit', status: 'not run' },
      { name: 'e2e', status: 'not run' },
    ]);
    expect(summarize(dir, { exitCode: code }).lines.at(-1)).toBe('tests: 0 passed, 1 failed');
  });

  it("removes an earlier run's runner reports, so they are not counted as this run's", () => {
    write('vitest.json', vitest(1, 5));
    runSteps(list, { reportsDir: dir, exec: (command: string) => (command === 'lint' ? 1 : 0), log: quiet });
    expect(summarize(dir, { exitCode: 1 })).toMatchObject({ passed: 0, failed: 1 });
  });

  it('runs real commands through the shell and sees their exit code', () => {
    const code = runSteps([{ name: 'ok', command: 'node -e "process.exit(0)"' }, { name: 'bad', command: 'node -e "process.exit(3)"' }], {
      reportsDir: dir,
      log: quiet,
    });
    expect(code).toBe(3);
    expect(steps().map((step) => step.status)).toEqual(['passed', 'failed']);
  });
});
