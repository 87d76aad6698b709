import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './fixtures.ts';
import { lessonIds } from './helpers.ts';
import { answerKeyed, finishKeyed, finishPartly } from './lms-answers.ts';
import { startScormLms, unzipPackage, type ScormLms } from './lms-host.ts';
import { parsePolicy } from '../../vite-plugins/csp-plugin.ts';

/**
 * The packaged course inside a real SCORM runtime (scorm-again) acting as the LMS: launch, complete a lesson and
 * the final assessment, leave, relaunch from the LMS's saved data and resume. Popup and iframe launches both.
 */

const STANDARDS = [
  { standard: 'scorm12', status: 'cmi.core.lesson_status', finish: 'LMSFinish' },
  { standard: 'scorm2004', status: 'cmi.completion_status', finish: 'Terminate' },
] as const;

/** Moves the course to a route without reloading it (a reload is a new SCO session). */
async function goTo(course: Page, route: string) {
  await course.evaluate((hash) => {
    window.location.hash = hash;
  }, `#${route}`);
}

function get(cmi: Record<string, unknown>, dotted: string): unknown {
  return dotted.split('.').slice(1).reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], cmi);
}

// The static site registers a service worker; a package must not (the LMS serves it from folders and iframes of
// its own). Allowed here, so the check on the launched course below means something.
test.use({ serviceWorkers: 'allow' });

test('no LMS package carries a service worker or a web app manifest', () => {
  for (const standard of ['scorm12', 'scorm2004', 'cmi5'] as const) {
    const dir = unzipPackage(standard);
    const files = readdirSync(dir, { recursive: true }).map(String);
    expect(files.filter((f) => /(^|\/)(sw\.js|workbox-[\w-]+\.js|manifest\.webmanifest)$/.test(f)), standard).toEqual([]);
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8'), standard).not.toContain('rel="manifest"');
    const scripts = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
    expect(scripts.some((code) => code.includes('serviceWorker.register') || code.includes('.register(`${'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The policy of every built page, read as a browser reads the meta tag (its content attribute, entities decoded). */
function policiesOf(dir: string): { page: string; policy: Map<string, string[]> }[] {
  const decode = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html'))
    .map((page) => {
      const html = readFileSync(path.join(dir, page), 'utf8');
      const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
      return { page, policy: parsePolicy(decode(content ?? '')) };
    });
}

const KNOWN_DIRECTIVES = ['default-src', 'script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'manifest-src', 'worker-src', 'object-src', 'base-uri', 'form-action'];
/** A CSP source expression: a keyword in single quotes, a scheme, a host (with optional port), or *. */
const SOURCE = /^('(self|none|unsafe-inline|unsafe-eval)'|[a-z][a-z0-9+.-]*:|\*|(https?:\/\/)?[\w.*-]+(:\d+|:\*)?)$/;

test('every page of every package carries a well-formed policy; only the cmi5 package may reach another origin (its LRS)', () => {
  for (const standard of ['scorm12', 'scorm2004', 'cmi5'] as const) {
    const dir = unzipPackage(standard);
    const pages = policiesOf(dir);
    expect(pages.length, standard).toBeGreaterThan(0);
    for (const { page, policy } of pages) {
      expect([...policy.keys()], `${standard} ${page}`).toEqual(KNOWN_DIRECTIVES);
      for (const [name, sources] of policy) {
        expect(sources.length, `${standard} ${page} ${name}`).toBeGreaterThan(0);
        for (const source of sources) expect(source, `${standard} ${page} ${name}`).toMatch(SOURCE);
      }
      const connect = policy.get('connect-src')!;
      expect(connect, `${standard} ${page}`).toEqual(standard === 'cmi5' ? ["'self'", 'https:', 'http:'] : ["'self'"]);
      expect(policy.get('script-src'), `${standard} ${page}`).toEqual(["'self'"]);
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const { standard, finish } of STANDARDS) {
  // The two standards run side by side; within one, the tests share the LMS (its last commit) and run in turn.
  test.describe(`${standard} package`, () => {
    test.describe.configure({ mode: 'serial' });
    let lms: ScormLms;
    test.beforeAll(async () => {
      lms = await startScormLms(standard, unzipPackage(standard));
    });
    test.afterAll(async () => {
      await lms?.stop();
    });

    test('reports a lesson and the final assessment to the LMS from a popup, and resumes on relaunch', async ({ page }) => {
      // A 20-question assessment and two launches, the longest journey here: the bound leaves room for a busy machine.
      test.setTimeout(180_000);
      await page.goto(`${lms.url}/host.html?mode=popup`);
      await expect(page.locator('body[data-ready="true"]')).toBeAttached();
      const [course] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Launch course' }).click()]);
      await expect(course.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await course.evaluate(() => navigator.serviceWorker?.getRegistrations().then((r) => r.length) ?? 0)).toBe(0);

      await goTo(course, `/lessons/${lessonIds[0]}`);
      await course.getByRole('button', { name: 'Mark lesson complete' }).click();
      await expect(course.getByRole('status').filter({ hasText: 'Lesson complete' })).toBeVisible();

      await goTo(course, '/quizzes/final-assessment');
      await course.getByRole('button', { name: 'Start quiz' }).click();
      await finishKeyed(course);

      await course.close({ runBeforeUnload: true });
      await expect.poll(() => page.evaluate(() => (window as unknown as { lmsEvents: string[] }).lmsEvents)).toContain(finish);
      await expect.poll(() => lms.commits.length).toBeGreaterThan(1);
      const cmi = lms.commits.at(-1)!.cmi;

      const suspend = String(get(cmi, 'cmi.suspend_data') ?? '');
      expect(suspend.length).toBeGreaterThan(10);
      if (standard === 'scorm12') {
        expect(suspend.length).toBeLessThanOrEqual(4096);
        expect(['passed', 'failed']).toContain(get(cmi, 'cmi.core.lesson_status'));
        expect(Number(get(cmi, 'cmi.core.score.raw'))).toBeGreaterThanOrEqual(0);
        expect(get(cmi, 'cmi.core.score.max')).toBe('100');
        expect(get(cmi, 'cmi.core.exit')).toBe('suspend');
        expect(String(get(cmi, 'cmi.core.session_time'))).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      } else {
        expect(get(cmi, 'cmi.completion_status')).toBe('incomplete');
        expect(['passed', 'failed']).toContain(get(cmi, 'cmi.success_status'));
        const scaled = Number(get(cmi, 'cmi.score.scaled'));
        expect(scaled).toBeGreaterThanOrEqual(0);
        expect(scaled).toBeLessThanOrEqual(1);
        expect(get(cmi, 'cmi.exit')).toBe('suspend');
        expect(String(get(cmi, 'cmi.session_time'))).toMatch(/^PT/);
      }
      // One interaction per answered question, each with a type its standard defines.
      const interactions = get(cmi, 'cmi.interactions') as { childArray?: Record<string, unknown>[] } | Record<string, unknown>[];
      const list = (Array.isArray(interactions) ? interactions : (interactions?.childArray ?? Object.values(interactions ?? {}))) as Record<string, unknown>[];
      const rows = list.filter((row) => row && typeof row === 'object' && 'id' in row);
      expect(rows.length).toBe(20);
      const types = standard === 'scorm12' ? ['choice', 'sequencing', 'matching', 'fill-in', 'performance'] : ['choice', 'sequencing', 'matching', 'long-fill-in', 'other'];
      for (const row of rows) {
        expect(types).toContain(row.type);
        expect(String(row.id)).toContain('final-assessment');
        expect(String(row[standard === 'scorm12' ? 'student_response' : 'learner_response'])).not.toBe('');
        expect(String(row.result)).toMatch(/^(correct|wrong|incorrect|\d(\.\d+)?)$/);
        if (standard === 'scorm2004') expect(String(row.description)).not.toBe('');
      }

      // Relaunch: a new session from the LMS's saved data (as on another computer: this browser's copy is wiped).
      await page.evaluate(() => localStorage.clear());
      await page.goto(`${lms.url}/host.html?mode=popup`);
      await expect(page.locator('body[data-ready="true"]')).toBeAttached();
      const [again] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Launch course' }).click()]);
      await expect(again.getByRole('heading', { level: 1 })).toBeVisible();
      await goTo(again, `/lessons/${lessonIds[0]}`);
      await expect(again.getByRole('status').filter({ hasText: 'Lesson complete' })).toBeVisible();
      await goTo(again, '/quizzes/final-assessment');
      await expect(again.getByRole('button', { name: 'Retake quiz' })).toBeVisible();
      await again.close({ runBeforeUnload: true });
    });

    test('runs inside an LMS iframe and resumes an unfinished quiz there', async ({ page }) => {
      test.slow();
      // The course asks before a page with unsaved answers is left; the learner says yes.
      page.on('dialog', (dialog) => void dialog.accept());
      await page.goto(`${lms.url}/host.html?mode=iframe`);
      const frame = page.frameLocator('iframe[title="Course"]');
      await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
      const lesson = lessonIds[1]!;
      await page.frames()[1]!.evaluate((hash) => {
        window.location.hash = hash;
      }, `#/quizzes/${lesson}`);
      await frame.getByRole('button', { name: /Start quiz|Retake quiz/ }).click();
      await expect(frame.getByRole('heading', { name: /Question 1 of/ })).toBeVisible();
      // One answer, whatever kind of question the attempt happens to start with.
      await answerKeyed(page.frames()[1]!);
      // Leave mid-quiz as an LMS closes its player (the frame goes): the LMS keeps the attempt (cmi.exit = suspend).
      const before = lms.commits.length;
      // Removed once this call has returned, so the call never waits on the course's pagehide (which commits
      // through scorm-again's synchronous request).
      await page.evaluate(() => void setTimeout(() => document.querySelector('iframe')!.remove()));
      await expect.poll(() => page.evaluate(() => (window as unknown as { lmsEvents: string[] }).lmsEvents)).toContain(finish);
      await expect.poll(() => lms.commits.length).toBeGreaterThan(before);
      expect(lms.commits.at(-1)!.cmi).toBeTruthy();

      // As on another computer: this browser's own copy is wiped, only the LMS's is left.
      await page.goto(`${lms.url}/last`);
      await page.evaluate(() => localStorage.clear());
      await page.goto(`${lms.url}/host.html?mode=iframe`);
      await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
      await page.frames()[1]!.evaluate((hash) => {
        window.location.hash = hash;
      }, `#/quizzes/${lesson}`);
      await expect(frame.getByRole('button', { name: 'Resume quiz' })).toBeVisible();
    });
  });
}

for (const { standard, finish } of STANDARDS) {
  test(`${standard} package: the LMS's own pass mark decides and is named; Exit course suspends and finishes`, async ({ page }) => {
    test.setTimeout(180_000);
    // An LMS of its own for this launch, with a pass mark of 10 % (the course's manifest says 80 %).
    const lms = await startScormLms(standard, unzipPackage(standard));
    try {
      await page.goto(`${lms.url}/host.html?mode=popup&mastery=10`);
      await expect(page.locator('body[data-ready="true"]')).toBeAttached();
      const [course] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Launch course' }).click()]);
      course.on('dialog', (dialog) => void dialog.accept());
      await expect(course.getByRole('heading', { level: 1 })).toBeVisible();

      await goTo(course, '/quizzes/final-assessment');
      await expect(course.locator('.quiz-facts')).toContainText('Pass mark 10%, set by your LMS');
      await course.getByRole('button', { name: 'Start quiz' }).click();
      const total = await finishPartly(course, 6);
      const percent = Math.floor((6 / total) * 100);
      await expect(course.locator('.result-card__verdict')).toHaveText('Passed: the pass mark is 10%, set by your LMS.');

      // Committed at once, before any LMS-side evaluation (scorm-again runs with mastery_override off, and 2004's
      // own comparison happens only on Terminate): the status the course wrote follows the LMS's mark.
      const status = standard === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.success_status';
      await expect.poll(() => lms.commits.map((c) => get(c.cmi, status))).toContain('passed');
      expect(lms.commits.map((c) => get(c.cmi, status))).not.toContain('failed');
      const score = lms.commits.at(-1)!.cmi;
      if (standard === 'scorm12') expect(get(score, 'cmi.core.score.raw')).toBe(String(percent));
      else expect(Number(get(score, 'cmi.score.scaled'))).toBe(percent / 100);

      // "Exit course" in the header: the LMS's popup closes, the session finished once, "suspend" (not complete).
      const exit = course.getByRole('banner').getByRole('button', { name: 'Exit course' });
      const box = (await exit.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
      const closed = course.waitForEvent('close');
      await exit.click();
      await closed;
      const events = await page.evaluate(() => (window as unknown as { lmsEvents: string[] }).lmsEvents);
      expect(events.filter((name) => name === finish)).toHaveLength(1);
      expect(events.at(-1)).toBe(finish);
      await expect.poll(() => lms.commits.length).toBeGreaterThan(1);
      const last = lms.commits.at(-1)!.cmi;
      expect(get(last, standard === 'scorm12' ? 'cmi.core.exit' : 'cmi.exit')).toBe('suspend');
      expect(String(get(last, standard === 'scorm12' ? 'cmi.core.session_time' : 'cmi.session_time'))).not.toBe('');
      expect(get(last, status)).toBe('passed');
    } finally {
      await lms.stop();
    }
  });
}
