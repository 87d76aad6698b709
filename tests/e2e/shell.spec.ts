import { test, expect, type Page } from './fixtures.ts';
import { appLive, axeViolations, lessonIds } from './helpers.ts';

test('home lists every lesson in order with its summary and minutes', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Frontline/);
  const lessons = page.getByRole('region', { name: 'Lessons' }).getByRole('listitem');
  await expect(lessons).toHaveCount(lessonIds.length);
  await expect(lessons.first()).toContainText(/min/);
});

test('a lesson opens from home and reloads at its own URL', async ({ page }) => {
  await page.goto('/');
  const firstLink = page.getByRole('region', { name: 'Lessons' }).getByRole('link').first();
  const title = (await firstLink.textContent())!.trim();
  await firstLink.click();
  await expect(page).toHaveURL(/\/lessons\/[a-z-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(new RegExp(title));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

/**
 * A deploy while a learner has the course open: the next page's chunks of the version they are running are gone
 * from the server. `untilReload`: the reloaded page is the new version (it finds its chunks); otherwise the chunks
 * are really broken, and stay so.
 */
async function openLessonAfterDeploy(page: Page, untilReload: boolean) {
  await page.goto('/');
  await appLive(page);
  const loads: string[] = [];
  page.on('load', () => loads.push(new URL(page.url()).pathname));
  await page.route(/\/assets\/lesson[\w-]*\.js$/, (route) =>
    untilReload && loads.length > 0 ? route.fallback() : route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
  );
  await page.getByRole('region', { name: 'Lessons' }).getByRole('link', { name: 'The STAR method', exact: true }).click();
  return loads;
}

test('a page left on an old version that finds the next page gone reloads once, into that page', async ({ page }) => {
  const loads = await openLessonAfterDeploy(page, true);
  await expect.poll(() => loads).toEqual(['/lessons/star-method']);
  await appLive(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The STAR method');
  // The new version's lesson, live: its parts are there, and it is not the error page.
  await expect(page.getByRole('button', { name: 'Mark lesson complete' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(loads).toEqual(['/lessons/star-method']);
});

test('a chunk that is really broken shows the error page after one reload, never a reload loop', async ({ page }) => {
  const loads = await openLessonAfterDeploy(page, false);
  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
  expect(loads).toEqual(['/lessons/star-method']);
  // The error page stays, with its way out, and no second reload came.
  await expect(page.getByRole('button', { name: 'Export progress' })).toBeVisible();
  expect(loads).toEqual(['/lessons/star-method']);
});

for (const url of ['/no/such/page', '/lessons/no-such-lesson']) {
  test(`unknown address ${url} shows "Page not found" with a link home`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: /course home/i }).click();
    await expect(page).toHaveURL(/\/$/);
  });
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  // The next stop is inside main, not back in the header navigation.
  const focusedInMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement));
  expect(focusedInMain).toBe(true);
});

test('every page fits a 320 px phone without sideways scrolling', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 320, height: 640 });
  const pages = [
    '/',
    ...lessonIds.map((id) => `/lessons/${id}`),
    ...[...lessonIds, 'final-assessment'].map((id) => `/quizzes/${id}`),
    '/progress',
    '/certificate',
    '/workshop',
    `/workshop/${lessonIds[0]}`,
    '/join',
    '/no/such/page',
  ];
  for (const url of pages) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

const routes = ['/', ...lessonIds.map((id) => `/lessons/${id}`), '/progress', '/certificate', '/no/such/page'];
for (const scheme of ['light', 'dark'] as const) {
  for (const url of routes) {
    test(`axe finds no WCAG A/AA violations on ${url} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
