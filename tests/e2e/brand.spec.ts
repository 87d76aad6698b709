import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import YAML from 'yaml';
import { test, expect } from './fixtures.ts';
import { appLive, axeViolations, pdfPages, PROGRESS_KEY, seedFinishedCourse } from './helpers.ts';
import { serveSite } from './static-site.ts';
import { startScormLms, unzipPackage } from './lms-host.ts';

/**
 * The course under another company's brand (tests/fixtures/brand-acme: its names, logo, colours and support line
 * over the course's own content), built into a folder of its own and served from 127.0.0.1 by the test. Its
 * course.yaml runs four of the five lessons, in an order of its own (`lessons`).
 */
const FIXTURE = path.resolve('tests/fixtures/brand-acme');
/** The lesson this company's course leaves out, and the ones it runs, in its order. */
const LEFT_OUT = 'nonverbal-cues';
const RUNS = ['service-breakdowns', 'star-method', 'difficult-customers', 'recovery-phrasing'];
const lessonTitle = (id: string) => (YAML.parse(readFileSync(path.join('content', id, 'lesson.mdx'), 'utf8').split('---')[1] ?? '') as { title: string }).title;

let site = '';
let content = '';
let closeSite: (() => Promise<void>) | undefined;
let base = '';

test.beforeAll(async () => {
  test.setTimeout(300_000);
  // Inside the project, so the lessons' MDX finds React in node_modules.
  mkdirSync('.tmp', { recursive: true });
  content = mkdtempSync(path.resolve('.tmp', 'content-brand-'));
  cpSync('content', content, { recursive: true });
  for (const file of readdirSync(FIXTURE)) cpSync(path.join(FIXTURE, file), path.join(content, file), { recursive: true });
  const courseFile = path.join(content, 'course.yaml');
  writeFileSync(courseFile, `${readFileSync(courseFile, 'utf8').trimEnd()}\nlessons: [${RUNS.join(', ')}]\n`);
  site = mkdtempSync(path.join(tmpdir(), 'frontline-brand-site-'));
  execFileSync('npx', ['vite', 'build', '--outDir', site, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, FRONTLINE_CONTENT_DIR: content },
    stdio: 'pipe',
  });
  ({ base, close: closeSite } = await serveSite(site));
});

test.afterAll(async () => {
  await closeSite?.();
  for (const dir of [site, content]) if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the course carries the brand’s name, logo and colours, and passes axe in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${base}/`);
    await appLive(page);
    await expect(page).toHaveTitle(/^Acme Service Academy · /);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme Service Academy');
    const logo = page.getByRole('banner').getByRole('img', { name: 'Acme Bank' });
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
    expect(accent).toBe(colorScheme === 'light' ? '#7a1f5c' : '#f0a6d8');
    expect(await axeViolations(page), colorScheme).toEqual([]);
  }
});

test('page titles, the printed handout, the error pages and the app manifest name the brand', async ({ page, request }) => {
  await page.goto(`${base}/lessons/star-method`);
  await appLive(page);
  await expect(page).toHaveTitle('The STAR method · Acme Service Academy');
  // The handout's letterhead: the brand's logo and names, on paper only.
  const letterhead = page.locator('.lesson__letterhead');
  await expect(letterhead).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(letterhead).toBeVisible();
  await expect(letterhead).toHaveText('Acme Service Academy · Acme Bank');
  expect(await letterhead.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${base}/no-such-page`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found · Acme Service Academy');
  await expect(page.getByText('Need help? Contact the Acme training team, training@acme.example.')).toBeVisible();
  const manifest = (await (await request.get(`${base}/manifest.webmanifest`)).json()) as Record<string, string>;
  expect(manifest).toMatchObject({ name: 'Acme Service Academy', short_name: 'Acme Service Academy', theme_color: '#7a1f5c' });
  // The icons are drawn from the brand's logo: the manifest's, the tab's and the home screen's.
  const icons = (manifest as unknown as { icons: { src: string; sizes: string }[] }).icons;
  expect(icons.map((icon) => icon.src)).toEqual(['/brand-icon-192.png', '/brand-icon-512.png', '/brand-icon-maskable-512.png', '/brand-icon.svg']);
  for (const icon of icons.filter((i) => i.src.endsWith('.png'))) {
    const data = await (await request.get(`${base}${icon.src}`)).body();
    expect(`${data.readUInt32BE(16)}x${data.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/brand-icon.svg');
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/brand-icon-192.png');
});

test('the certificate names the issuer and the signatory, with the signature, and still prints on one page', async ({ page }) => {
  await page.goto(`${base}/certificate`);
  await appLive(page);
  // A finished course: the four lessons it runs complete, the final assessment passed.
  await seedFinishedCourse(page, RUNS);
  await page.reload();
  await page.getByLabel('Your name, as it should appear').fill('Amara Okafor');
  await expect(page).toHaveTitle('Certificate · Acme Service Academy');
  const certificate = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate).toContainText('has completed Acme Service Academy');
  // The four lessons this course runs complete it: the one it leaves out is not asked for.
  await expect(certificate).toContainText(`all ${RUNS.length} lessons and the final assessment`);
  await expect(certificate).toContainText('Awarded by the Acme Bank Academy');
  await expect(certificate).toContainText('Dana Okafor');
  await expect(certificate).toContainText('Head of Customer Service');
  const signature = certificate.getByRole('img', { name: 'Signature of Dana Okafor' });
  await expect(signature).toBeVisible();
  expect(await signature.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  const pages = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pages).toHaveLength(1);
});

test('course.yaml’s lessons: home, the lessons, the final assessment and saved progress follow the list', async ({ page }) => {
  test.slow();
  // Progress from the whole course: the lesson left out was completed before it was.
  await page.goto(`${base}/progress`);
  await appLive(page);
  await page.evaluate(
    ([key, leftOut]) => {
      const now = '2026-11-20T10:00:00.000Z';
      const state = {
        lessons: { [leftOut as string]: { visitedAt: now, completedAt: now } },
        attempts: {}, reflections: {}, prefs: { showTrainerNotes: false, textSize: 1, slideTextSize: 1 }, learnerName: '', updatedAt: now,
      };
      localStorage.setItem(key as string, JSON.stringify({ state, version: 1 }));
    },
    [PROGRESS_KEY, LEFT_OUT],
  );
  await page.goto(`${base}/`);
  await appLive(page);
  const lessons = page.getByRole('region', { name: 'Lessons' }).getByRole('listitem');
  await expect(lessons).toHaveCount(RUNS.length);
  for (const [index, id] of RUNS.entries()) await expect(lessons.nth(index)).toContainText(lessonTitle(id));
  await expect(page.getByRole('main')).not.toContainText(lessonTitle(LEFT_OUT));

  // The lesson left out is no page of this course; the others lead on in the list's order.
  await page.goto(`${base}/lessons/${LEFT_OUT}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.goto(`${base}/lessons/${RUNS[1]}`);
  await appLive(page);
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lesson complete' })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(lessonTitle(RUNS[2]!)) }).first()).toBeVisible();
  // Saved progress keeps the lesson left out (hidden, not deleted): running it again brings it back.
  await expect
    .poll(() => page.evaluate((key) => Object.keys((JSON.parse(localStorage.getItem(key) ?? '{}') as { state?: { lessons?: object } }).state?.lessons ?? {}).sort(), PROGRESS_KEY))
    .toEqual([LEFT_OUT, RUNS[1]!].sort());

  // The final assessment asks one question per objective of the lessons it runs.
  const final = YAML.parse(readFileSync(path.join(content, 'final-assessment', 'quiz.yaml'), 'utf8')) as { pools: { objective: string; draw: number }[] };
  const asked = final.pools.filter((pool) => RUNS.includes(pool.objective.split('#')[0]!)).reduce((sum, pool) => sum + pool.draw, 0);
  expect(asked).toBeLessThan(final.pools.reduce((sum, pool) => sum + pool.draw, 0));
  await page.goto(`${base}/quizzes/final-assessment`);
  await appLive(page);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question 1 of ${asked}`);
});

test('the SCORM 2004 package of that course is complete once the four lessons it runs are', async ({ page }) => {
  test.setTimeout(300_000);
  const out = mkdtempSync(path.join(tmpdir(), 'frontline-brand-release-'));
  try {
    execFileSync('node', ['scripts/package.mjs', '--only', 'scorm2004', '--out', out], { env: { ...process.env, FRONTLINE_CONTENT_DIR: content }, stdio: 'pipe' });
    const lms = await startScormLms('scorm2004', unzipPackage('scorm2004', path.join(out, 'frontline-scorm2004.zip')));
    try {
      await page.goto(`${lms.url}/host.html?mode=popup`);
      await expect(page.locator('body[data-ready="true"]')).toBeAttached();
      const [course] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Launch course' }).click()]);
      await expect(course.getByRole('heading', { level: 1 })).toHaveText('Acme Service Academy');
      const completion = () => lms.commits.at(-1)?.cmi.completion_status;
      for (const [index, id] of RUNS.entries()) {
        await course.evaluate((hash) => {
          window.location.hash = hash;
        }, `#/lessons/${id}`);
        const before = lms.commits.length;
        await course.getByRole('button', { name: 'Mark lesson complete' }).click();
        await expect(course.getByRole('status').filter({ hasText: 'Lesson complete' })).toBeVisible();
        // Committed at once; complete only with the last of the four (the lesson left out is never asked for).
        await expect.poll(() => lms.commits.length, { message: 'the completion committed' }).toBeGreaterThan(before);
        await expect.poll(completion, { message: `after ${index + 1} lessons` }).toBe(index === RUNS.length - 1 ? 'completed' : 'incomplete');
      }
      await course.close({ runBeforeUnload: true });
    } finally {
      await lms.stop();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the company’s own scenario (content/local) is asked in the STAR method’s quiz, beside the lesson’s own', async ({ page }) => {
  const quiz = YAML.parse(readFileSync(path.join(content, 'star-method', 'quiz.yaml'), 'utf8')) as { questions: unknown[]; review?: { from: string; draw: number }[] };
  // Its own questions, Acme's, and reviews of lessons that come before it in this course (one it reviews is now later).
  const before = RUNS.slice(0, RUNS.indexOf('star-method'));
  const reviews = (quiz.review ?? []).filter((pool) => before.includes(pool.from)).reduce((sum, pool) => sum + pool.draw, 0);
  expect(reviews).toBeLessThan((quiz.review ?? []).reduce((sum, pool) => sum + pool.draw, 0));
  await page.goto(`${base}/quizzes/star-method`);
  await appLive(page);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question 1 of ${quiz.questions.length + 1 + reviews}`);
  await expect(page).toHaveURL(/[?&]attempt=/);
  const attempt = new URL(page.url()).searchParams.get('attempt')!;
  await expect
    .poll(() => page.evaluate(([key, id]) => (JSON.parse(localStorage.getItem(key!) ?? '{}') as { state?: { attempts?: Record<string, { questionIds: string[] }> } }).state?.attempts?.[id!]?.questionIds ?? [], [PROGRESS_KEY, attempt]))
    .toContain('acme-drawer-count');
});
