import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, test, expect, type BrowserContext, type Page } from './fixtures.ts';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium-path.mjs';
import { appLive, lessonIds } from './helpers.ts';
import { serveSite } from './static-site.ts';
import { answerCurrentQuestion, takeQuiz } from './quiz-driver.ts';

/**
 * The static site offline and across an update, in a real browser with its service worker. Each test serves its
 * own copy of the build from a server it starts on 127.0.0.1 and stops, so "offline" means the server is gone,
 * and "a new version" means the files it serves were replaced by another build.
 */
test.use({ serviceWorkers: 'allow' });

const DIST = process.env.E2E_DIST ?? 'dist';
/** A copy of the build in a fresh folder (the test may replace it). */
function copyOfBuild(from = DIST): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'frontline-site-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Opens the site and waits until its service worker has precached the course and controls the page. */
async function firstVisit(page: Page, base: string) {
  await page.goto(`${base}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/**
 * Requests that failed in the page (none may, offline: everything comes from the service worker's cache).
 * A request the browser cancels itself (net::ERR_ABORTED: the favicon still loading when the test moves to the
 * next page) is not a failure to serve it offline, so it is not counted; every file is checked to be cached above.
 */
function failedRequests(context: BrowserContext): string[] {
  const failed: string[] = [];
  context.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') failed.push(`${request.url()} ${reason}`);
  });
  return failed;
}

test('after one visit online, every page works offline: lessons, quizzes with a whole attempt, slides, speaker view, progress, certificate', async ({ page, context }) => {
  test.slow();
  const site = copyOfBuild();
  const server = await serveSite(site);
  try {
    await firstVisit(page, server.base);
    // Every file the build wrote is precached, whatever its type or size.
    const built = readdirSync(site, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(path.join(site, f)).isFile())
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => !/^(sw\.js|workbox-[\w-]+\.js)$/.test(f));
    const precached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls: string[] = [];
      for (const name of names) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname.slice(1));
      return urls;
    });
    expect(built.filter((f) => !precached.includes(f))).toEqual([]);
  } finally {
    await server.close();
  }
  await context.setOffline(true);
  const failed = failedRequests(context);
  const base = server.base;
  const offlineNotice = page.getByText(/^You’re offline\. Lessons, quizzes, slides and your progress all work without a connection/);

  await page.goto(`${base}/`);
  await appLive(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(offlineNotice).toBeVisible();
  for (const id of lessonIds) {
    await page.goto(`${base}/lessons/${id}`);
    await appLive(page);
    await expect(page.locator('section[data-part]').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeAttached();
  }
  for (const id of [...lessonIds, 'final-assessment']) {
    await page.goto(`${base}/quizzes/${id}`);
    await appLive(page);
    await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
  }
  // A whole attempt, offline, to its results.
  await page.goto(`${base}/quizzes/star-method`);
  await appLive(page);
  await page.getByRole('button', { name: 'Start quiz' }).press('Enter');
  await takeQuiz(page, 'practice', 'correct');
  await expect(page.locator('.result-card__score')).toHaveText(/^\d+%$/);

  for (const [url, ready] of [
    [`/present/star-method/1`, page.locator('[data-slide-frame][data-fit]')],
    [`/present/star-method/quiz/1`, page.getByRole('button', { name: 'Reveal answer' })],
    [`/presenter/star-method/2`, page.getByRole('heading', { name: /Trainer notes|Notes/ }).first()],
    [`/progress`, page.getByRole('heading', { level: 1 })],
    [`/certificate`, page.getByRole('heading', { level: 1 })],
    [`/workshop`, page.getByRole('heading', { level: 1 })],
  ] as const) {
    await page.goto(`${base}${url}`);
    await appLive(page);
    await expect(ready, url).toBeVisible();
    await expect(page.getByText(/Something went wrong|Page not found/)).toHaveCount(0);
  }
  await page.goto(`${base}/progress`);
  await expect(offlineNotice).toBeVisible();
  await expect(page.getByText('The STAR method').first()).toBeVisible();
  expect(failed).toEqual([]);
  rmSync(site, { recursive: true, force: true });
});

test('a new version waits for "Reload", never reloads by itself, and the attempt in progress survives it', async ({ page }) => {
  test.slow();
  // The next version: the same course with a changed tagline, built into a folder of its own.
  // Inside the project, so the lessons' MDX finds React in node_modules.
  mkdirSync('.tmp', { recursive: true });
  const content = mkdtempSync(path.resolve('.tmp', 'content-'));
  cpSync('content', content, { recursive: true });
  const course = path.join(content, 'course.yaml');
  writeFileSync(course, readFileSync(course, 'utf8').replace(/^tagline: (.*)$/m, 'tagline: $1 (new version)'));
  const next = mkdtempSync(path.join(tmpdir(), 'frontline-next-'));
  execFileSync('npx', ['vite', 'build', '--outDir', next, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, FRONTLINE_CONTENT_DIR: content },
    stdio: 'pipe',
  });

  const site = copyOfBuild();
  const server = await serveSite(site);
  try {
    await firstVisit(page, server.base);
    await expect(page.getByText('(new version)')).toHaveCount(0);
    // A learner two answers into a quiz.
    await page.goto(`${server.base}/quizzes/star-method`);
    await page.getByRole('button', { name: 'Start quiz' }).press('Enter');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(/^Question 1 of (\d+)$/);
    const total = (await heading.textContent())!.match(/of (\d+)/)![1];
    for (let n = 1; n <= 2; n++) {
      await answerCurrentQuestion(page, 'correct');
      await page.getByRole('button', { name: 'Check answer' }).press('Enter');
      await page.getByRole('button', { name: 'Next question' }).press('Enter');
    }
    await expect(heading).toHaveText(`Question 3 of ${total}`);
    const quizUrl = page.url();
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

    // The site is replaced by the next build; the open page checks for updates.
    rmSync(site, { recursive: true, force: true });
    cpSync(next, site, { recursive: true });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    const notice = page.getByText('A new version of the course is available.');
    await expect(notice).toBeVisible({ timeout: 30_000 });
    // Nothing happened under the learner: same page, same question, no reload.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state))).toBe('installed');
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(page.url()).toBe(quizUrl);
    await expect(heading).toHaveText(`Question 3 of ${total}`);

    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere ?? false)).toBe(false);
    await expect(page.getByText('(new version)')).toBeVisible();
    await expect(notice).toHaveCount(0);
    // The attempt is where the learner left it.
    await expect(heading).toHaveText(`Question 3 of ${total}`);
  } finally {
    await server.close();
    for (const dir of [site, next, content]) rmSync(dir, { recursive: true, force: true });
  }
});

test('Chromium finds the site installable: manifest, icons, service worker', async () => {
  // A browser profile on disk, as a learner's is: Chromium never offers to install from an incognito-like context.
  const profile = mkdtempSync(path.join(tmpdir(), 'frontline-profile-'));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: CHROMIUM_ARGS, serviceWorkers: 'allow' });
  const site = copyOfBuild();
  const server = await serveSite(site);
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await firstVisit(page, server.base);
    const cdp = await browser.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
    const manifest = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[]; data?: string };
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data ?? '{}') as { name?: string; icons?: { sizes: string; purpose?: string }[] };
    expect(data.name).toMatch(/Frontline/);
    expect(data.icons?.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(data.icons?.some((icon) => icon.purpose === 'maskable')).toBe(true);
    // A theme colour for each colour scheme in the page itself.
    const themes = await page.locator('meta[name="theme-color"]').evaluateAll((metas) => metas.map((m) => m.getAttribute('media')));
    expect(themes).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
  } finally {
    await browser.close();
    await server.close();
    for (const dir of [site, profile]) rmSync(dir, { recursive: true, force: true });
  }
});
