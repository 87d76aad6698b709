import { test, expect } from './fixtures.ts';
import { lessonIds, measureFirstVisit } from './helpers.ts';

// Size budgets from the foundation issue: a check of bytes, not of time.
const HOME_JS_BUDGET_KB = 110;
const LESSON_EXTRA_JS_BUDGET_KB = 25;

test('the home route ships at most 110 KB of gzip JS on a first visit', async ({ page }) => {
  const home = await measureFirstVisit(page, '/');
  expect(home.jsKB, home.files.map((f) => `${f.url} ${(f.gzip / 1024).toFixed(1)} KB`).join('\n')).toBeLessThanOrEqual(
    HOME_JS_BUDGET_KB,
  );
});

test('a lesson route adds at most 25 KB of gzip JS to the home route', async ({ browser }) => {
  // Six first visits, each until the network is idle.
  test.slow();
  const homePage = await browser.newPage();
  const home = await measureFirstVisit(homePage, '/');
  for (const id of lessonIds) {
    const page = await browser.newPage();
    const lesson = await measureFirstVisit(page, `/lessons/${id}`);
    expect(lesson.jsKB - home.jsKB, id).toBeLessThanOrEqual(LESSON_EXTRA_JS_BUDGET_KB);
    await page.close();
  }
});
