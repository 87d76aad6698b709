import { defineConfig, devices } from '@playwright/test';
import { chromiumPath, CHROMIUM_HELP, CHROMIUM_ARGS } from './scripts/chromium-path.mjs';

const executablePath = chromiumPath();
if (!executablePath) throw new Error(CHROMIUM_HELP);

const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The build to serve: `dist` by default; E2E_DIST lets parallel checkouts or engineers test their own build. */
const DIST = process.env.E2E_DIST ?? 'dist';

/** Browser tests run against the built app served by `vite preview`, in Debian's Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_RESULTS ?? 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // Two workers and their browsers share two cores: a page with axe on it can take 30 s when the other worker is
  // busy. Every wait is on a condition, so a longer ceiling costs time only when something is wrong.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // The built site registers a service worker (offline use). Only offline.spec.ts, which serves its own copy of
    // the build, lets it run: elsewhere each test's fresh context would precache the whole course again.
    serviceWorkers: 'block',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: {
    command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
