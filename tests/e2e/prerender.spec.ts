import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect, type Page } from './fixtures.ts';
import { appLive, lessonIds, savedWhen, type Saved } from './helpers.ts';
import { FIRST_ROUND_TRIP, linkedStylesheet, STYLESHEET_LINK } from '../../vite-plugins/prerender-plugin.ts';
import { DEFERRED_STYLESHEET } from '../../src/app/prerendered.ts';

/**
 * Prerendered pages (vite-plugins/prerender-plugin.ts): their text is in the HTML, before any script; the app then
 * hydrates them without a mismatch, fills in saved progress without moving the page, and keeps a press made
 * before it was live.
 */

const quizIds = [...lessonIds, 'final-assessment'];
const pages = ['/', ...lessonIds.map((id) => `/lessons/${id}`), ...quizIds.map((id) => `/quizzes/${id}`), '/progress', '/certificate', '/workshop', '/present/star-method/1', '/present/star-method/3'];

/** Console errors and warnings of a page: a hydration mismatch, a refused style or a crash would show here. */
function consoleTrouble(page: Page) {
  const trouble: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    // The test blocks service workers; the page saying so is not a fault.
    if (message.text().includes('Service Worker registration blocked')) return;
    trouble.push(message.text());
  });
  page.on('pageerror', (error) => trouble.push(error.message));
  return trouble;
}

/** Layout shifts since the page started loading, as Chromium scores them (CLS without session windows: the sum). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) sum += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => setTimeout(() => resolve(sum), 100));
      }),
  );
}

const live = appLive;

/** Holds back every request matching `pattern` until the returned function is called. */
async function holdBack(page: Page, pattern: RegExp): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

test('every prerendered page is in the build, with its own title and its text in the HTML', () => {
  for (const url of pages) {
    const file = url === '/' ? 'dist/index.html' : `dist${url}.html`;
    expect(existsSync(file), file).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html, url).toContain(`data-prerendered="${url}"`);
    expect(html, url).toMatch(/<h1[^>]*>[^<]+/);
    expect(html, url).not.toContain('<title>Frontline</title>');
  }
  // Before the first paint a page asks only for a tiny entry (its stylesheet is inside the HTML): the app's script
  // (React, the router, the page) is requested once the text is on screen.
  const home = readFileSync(path.join(process.env.E2E_DIST ?? 'dist', 'index.html'), 'utf8');
  const early = [...home.matchAll(/<(?:script[^>]*src|link[^>]*href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const earlyKb = early.reduce((sum, file) => sum + gzipSync(readFileSync(`dist/${file}`)).length, 0) / 1024;
  expect(early, 'what a page asks for before its first paint').toEqual([expect.stringMatching(/^assets\/boot-[\w-]+\.js$/)]);
  expect(earlyKb, early.join()).toBeLessThan(3);
  expect(home).toMatch(/<style>[^<]*\.site-header[^<]*<\/style>/);
  // The whole stylesheet is inside a page only while page and stylesheet still come in a connection's first round
  // trip (14 KB gzip); a lesson, longer, carries the rules its markup uses, and links the whole one for print only
  // (so it does not hold up the first paint) until the app applies it. Either way the page fits that first trip.
  const css = readFileSync(`dist${linkedStylesheet(readFileSync('dist/shell.html', 'utf8'))}`, 'utf8');
  for (const file of ['dist/index.html', 'dist/quizzes/star-method.html', 'dist/lessons/star-method.html']) {
    const html = readFileSync(file, 'utf8');
    const inline = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
    const whole = inline === css;
    const withWhole = whole ? html : html.replace(/<style>[^<]*<\/style>/, () => `<style>${css}</style>`).replace(STYLESHEET_LINK, '');
    expect(whole, file).toBe(gzipSync(withWhole).length <= FIRST_ROUND_TRIP);
    expect(gzipSync(html).length, file).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
    if (whole) {
      expect(STYLESHEET_LINK.test(html), file).toBe(false);
    } else {
      expect(inline.length, file).toBeGreaterThan(2000);
      expect(inline.length, file).toBeLessThan(css.length / 2);
      expect(STYLESHEET_LINK.exec(html)?.[0], file).toMatch(new RegExp(`media="print" ${DEFERRED_STYLESHEET}`));
    }
  }
  expect(readFileSync('dist/lessons/star-method.html', 'utf8')).toContain(DEFERRED_STYLESHEET);
  // Routes that depend on who is looking are not prerendered: the shell is served for them.
  expect(readFileSync('dist/shell.html', 'utf8')).toContain('<div id="root"></div>');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('home, a lesson, a quiz intro, progress, the certificate and a slide can be read before any script runs', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: /STAR method/ }).first()).toBeVisible();
    await page.goto('/lessons/star-method');
    await expect(page.getByRole('heading', { level: 1, name: 'The STAR method' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(2000);
    await expect(page).toHaveTitle(/The STAR method/);
    await page.goto('/quizzes/star-method');
    await expect(page.getByRole('heading', { level: 1, name: /The STAR method/ })).toBeVisible();
    await page.goto('/progress');
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    await page.goto('/certificate');
    await expect(page.getByRole('heading', { level: 1, name: 'Your certificate' })).toBeVisible();
    await page.goto('/present/star-method/3');
    await expect(page.locator('.slide__content')).not.toBeEmpty();
    // Styled, too: the rules the page uses are inside the HTML (the whole stylesheet waits for the script).
    await page.goto('/lessons/star-method');
    const header = await page.locator('.site-header').evaluate((element) => getComputedStyle(element).borderBottomStyle);
    expect(header).toBe('solid');
  });
});

test('a lesson that came with only the rules it uses has the whole stylesheet once live, and goes live without it', async ({ page }) => {
  const sheet = () =>
    page.evaluate(() => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]');
      return { media: link?.media, rules: link?.sheet?.cssRules.length ?? 0, inline: document.querySelector('head style')?.textContent?.length ?? 0 };
    });
  await page.goto('/lessons/star-method');
  await live(page);
  const applied = await sheet();
  expect(applied.media).toBe('all');
  // More rules than the page carried: those for what the app shows later (another page, feedback, saved progress).
  expect(applied.rules).toBeGreaterThan(100);
  expect(applied.inline).toBeGreaterThan(0);

  // The whole stylesheet cannot load: the page is styled by what it carries, and still goes live.
  const trouble = consoleTrouble(page);
  await page.route(/\/assets\/style-[\w-]+\.css$/, (route) => route.abort());
  await page.goto('/lessons/nonverbal-cues');
  await live(page);
  const header = await page.locator('.site-header').evaluate((element) => getComputedStyle(element).borderBottomStyle);
  expect(header).toBe('solid');
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();
  // (The browser reports the refused request; nothing else goes wrong.)
  expect(trouble.filter((line) => !line.startsWith('Failed to load resource'))).toEqual([]);
});

test('pages hydrate with no mismatch, refused style or error, on a first visit and with saved progress', async ({ page }) => {
  test.slow();
  const trouble = consoleTrouble(page);
  for (const url of pages) {
    await page.goto(url);
    await live(page);
  }
  expect(trouble).toEqual([]);

  // Saved progress: a lesson completed, a quiz begun, a name on the certificate.
  await page.goto('/lessons/star-method');
  await live(page);
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await page.goto('/quizzes/star-method');
  await live(page);
  await page.getByRole('button', { name: /^Start/ }).click();
  await expect(page).toHaveURL(/attempt=/);
  for (const url of pages) {
    await page.goto(url);
    await live(page);
  }
  expect(trouble).toEqual([]);
});

test('saved progress fills in after hydration without moving the page', async ({ page }) => {
  await page.goto('/lessons/service-breakdowns');
  await live(page);
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await page.goto('/quizzes/star-method');
  await live(page);
  await page.getByRole('button', { name: /^Start/ }).click();
  await expect(page).toHaveURL(/attempt=/);

  for (const viewport of [{ width: 320, height: 640 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await live(page);
    // Filled in: the completed lesson says so on home, and the course is under way.
    await expect(page.getByText('Completed', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Continue' })).toBeVisible();
    expect(await layoutShift(page), `home at ${viewport.width} px`).toBeLessThan(0.02);

    await page.goto('/quizzes/star-method');
    await live(page);
    await expect(page.getByRole('button', { name: 'Resume quiz' })).toBeVisible();
    expect(await layoutShift(page), `quiz intro at ${viewport.width} px`).toBeLessThan(0.02);

    for (const url of ['/lessons/service-breakdowns', '/progress', '/certificate']) {
      await page.goto(url);
      await live(page);
      expect(await layoutShift(page), `${url} at ${viewport.width} px`).toBeLessThan(0.02);
    }
  }
});

test('a press made before the page is live is kept and made once it is', async ({ page }) => {
  // Hold the app's script back, so the prerendered page is on screen without it.
  const release = await holdBack(page, /\/assets\/shared-/);
  // (Not waiting for the load event: the held script keeps it from firing.)
  await page.goto('/lessons/star-method', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading', { level: 1, name: 'The STAR method' })).toBeVisible();
  await expect(page.locator('html[data-app-ready]')).not.toBeAttached();
  await page.getByRole('checkbox', { name: 'Show trainer notes' }).click();
  await expect(page.getByRole('checkbox', { name: 'Show trainer notes' })).not.toBeChecked();
  release();
  await live(page);
  await expect(page.getByRole('checkbox', { name: 'Show trainer notes' })).toBeChecked();

  // A button on the quiz's intro: the attempt starts once the page is live, and only once.
  const releaseQuiz = await holdBack(page, /\/assets\/quiz-route-/);
  await page.goto('/quizzes/nonverbal-cues', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('html[data-app-ready]')).not.toBeAttached();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  releaseQuiz();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Question 1 of \d+/);
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Resume quiz' })).toBeVisible();
});

test('text typed before the page is live reaches the app and is saved', async ({ page }) => {
  const release = await holdBack(page, /\/assets\/shared-/);
  await page.goto('/lessons/star-method', { waitUntil: 'domcontentloaded' });
  const note = page.getByRole('textbox').last();
  await expect(note).toBeVisible();
  await expect(page.locator('html[data-app-ready]')).not.toBeAttached();
  await note.fill('Typed before the script arrived.');
  release();
  await live(page);
  const has = (data: Saved) => Object.values(data.state.reflections as Record<string, { text: string }>).some((r) => r.text === 'Typed before the script arrived.');
  await savedWhen(page, has, 'the early note saved');
  // The app holds the text too: more typing extends it, and a reload shows it all.
  await note.press('End');
  await note.pressSequentially(' And after.');
  await savedWhen(page, (data) => Object.values(data.state.reflections as Record<string, { text: string }>).some((r) => r.text === 'Typed before the script arrived. And after.'));
  await page.unroute(/\/assets\/shared-/);
  await page.reload();
  await live(page);
  await expect(page.getByRole('textbox').last()).toHaveValue('Typed before the script arrived. And after.');
});

test('a host that answers every route with home’s page still shows the page asked for', async ({ page }) => {
  const home = readFileSync(path.join(process.env.E2E_DIST ?? 'dist', 'index.html'), 'utf8');
  await page.route('**/lessons/star-method', (route) => route.fulfill({ body: home, contentType: 'text/html' }));
  const trouble = consoleTrouble(page);
  await page.goto('/lessons/star-method');
  await live(page);
  await expect(page.getByRole('heading', { level: 1, name: 'The STAR method' })).toBeVisible();
  expect(trouble).toEqual([]);
});
