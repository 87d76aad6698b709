// `npm test`: runs every check in order and stops at the first that fails, like `a && b && c`, but leaves a record
// of each step in reports/steps.json (passed, failed, or not run) so that scripts/test-summary.mjs can say honestly
// what happened, including steps that are not test runners (lint, typecheck) or that failed before their runner
// could write a report (a build error, a crash).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The steps of `npm test`, in order; each is a package.json script so it can be run alone too. */
export const steps = [
  { name: 'lint', command: 'npm run lint' },
  { name: 'typecheck', command: 'npm run typecheck' },
  { name: 'unit', command: 'npm run test:unit', report: 'vitest.json' },
  { name: 'e2e', command: 'npm run test:e2e', report: 'playwright.json' },
];

const run = (command) => spawnSync(command, { shell: true, stdio: 'inherit' }).status ?? 1;

/**
 * Runs `list` in order in the current directory, writing `<reportsDir>/steps.json` after every step (so a killed run
 * still shows how far it got). Runner reports from an earlier run are removed first: they would be counted as this
 * run's. Returns the exit code: 0, or the first failing step's code.
 */
export function runSteps(list = steps, { reportsDir = 'reports', exec = run, log = console.log } = {}) {
  mkdirSync(reportsDir, { recursive: true });
  for (const step of list) if (step.report) rmSync(path.join(reportsDir, step.report), { force: true });
  const record = list.map(({ name, command, report }) => ({ name, command, ...(report ? { report } : {}), status: 'not run' }));
  const save = () => writeFileSync(path.join(reportsDir, 'steps.json'), `${JSON.stringify({ steps: record }, null, 2)}\n`);
  save();

  for (const [i, step] of list.entries()) {
    log(`\n▶ ${step.name}: ${step.command}`);
    const started = Date.now();
    const code = exec(step.command);
    Object.assign(record[i], { status: code === 0 ? 'passed' : 'failed', exitCode: code, seconds: Math.round((Date.now() - started) / 1000) });
    save();
    if (code !== 0) {
      const skipped = list.slice(i + 1).map((s) => s.name);
      log(`\n✖ ${step.name} failed (exit ${code})${skipped.length ? `; not run: ${skipped.join(', ')}` : ''}`);
      return code;
    }
  }
  log(`\n✔ ${list.map((s) => s.name).join(', ')} passed`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = runSteps();
}
