import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, test, type Page } from './fixtures.ts';
import * as xapiValidation from '@learninglocker/xapi-validation';
import { lessonIds, lessonsInOrder } from './helpers.ts';
import { answerKeyed, finishKeyed, finishPartly } from './lms-answers.ts';
import { unzipPackage } from './lms-host.ts';
import { startLrs, type Lrs, type Statement } from './lms-lrs.ts';

/**
 * The packaged cmi5 course, launched as a cmi5 LMS launches it, with the real @xapi/cmi5 client talking to a
 * stand-in LMS and LRS (tests/e2e/lms-lrs.ts, another origin). One learner, two launches:
 *  1. a lesson (its first report's answer is lost, so the course sends it again), the final assessment with a
 *     reload part-way (F5: same token, no second fetch, no second "Initialized") and the connection lost for the
 *     last questions (statements wait in IndexedDB and go when it returns), then the page is closed;
 *  2. on a fresh browser (nothing of the first left but the LMS's state): resume, the other lessons, close.
 * Every statement that reached the LRS is checked with @learninglocker/xapi-validation and with cmi5's rules.
 */

type Validate = (statement: unknown) => { path?: string[]; message?: string }[];
const validateStatement: Validate =
  ((xapiValidation as unknown as { default: { default?: Validate } }).default.default ?? (xapiValidation as unknown as { default: Validate }).default);

const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'];

const verbOf = (statement: Statement) => String(statement.verb?.id ?? '').split('/').at(-1)!;
const sessionOf = (statement: Statement) => statement.context?.extensions?.[SESSION_ID] as string | undefined;
/** Defined statements are about the AU itself, with the cmi5 category. */
const isDefined = (lrs: Lrs, statement: Statement) =>
  statement.object?.id === lrs.activityId && (statement.context?.contextActivities?.category ?? []).some((c: { id: string }) => c.id === CMI5_CATEGORY);

/** The stored statements of one session, in timestamp order (cmi5 9.3 orders by timestamp). */
function sessionStatements(lrs: Lrs, session: string): Statement[] {
  return [...lrs.stored.values()].filter((s) => sessionOf(s) === session).sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
}
const verbsIn = (lrs: Lrs, session: string) => sessionStatements(lrs, session).map(verbOf);
/** The stored statements of one session in the order the LMS took them (first arrival). */
const arrivals = (lrs: Lrs, session: string) => [...lrs.stored.values()].filter((s) => sessionOf(s) === session);
const MASTERY_SCORE = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
/** Each lesson's title, as its frontmatter gives it. */
const lessonTitle = (id: string) => (parse(readFileSync(path.join('content', id, 'lesson.mdx'), 'utf8').split('---')[1] ?? '') as { title: string }).title;

/** Moves the course to a route without reloading it (a reload is tested on purpose, once). */
async function goTo(page: Page, route: string) {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#${route}`);
}

async function completeLesson(page: Page, id: string) {
  await goTo(page, `/lessons/${id}`);
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lesson complete' })).toBeVisible();
}

/** Statements waiting in the course's IndexedDB outbox. */
function queued(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('frontline-lms');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('outbox')) return resolve(0);
          const count = db.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

test('cmi5 package: launch, report, reload, offline queue, close, relaunch and resume from the LRS', async ({ browser }) => {
  // One learner's two launches in a row: about 25 s when run alone; the bound leaves room for a busy machine.
  test.setTimeout(240_000);
  const lrs = await startLrs(unzipPackage('cmi5'));
  try {
    // ── First launch ────────────────────────────────────────────────────────────────────────────────────
    const first = lrs.launch();
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    // Chromium reports a policy it cannot parse (or a request it blocks) on the console.
    const policyErrors: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) policyErrors.push(message.text());
    });
    await page.goto(first.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => verbsIn(lrs, first.session)).toEqual(['initialized']);
    expect(policyErrors).toEqual([]);
    expect(lrs.fetches.get(first.fetchPath)).toEqual({ calls: 1, tokens: 1 });

    // A lesson: "experienced". The LRS stores the first send but the answer is lost: the course sends it again.
    lrs.loseNextAnswer();
    const [lesson] = lessonIds;
    await completeLesson(page, lesson!);
    await expect.poll(() => lrs.received.filter((r) => verbOf(r.statement) === 'experienced').length).toBeGreaterThanOrEqual(1);

    // The final assessment, reloaded part-way with F5 (the keypress reaches the page; the browser then reloads).
    await goTo(page, '/quizzes/final-assessment');
    await page.getByRole('button', { name: 'Start quiz' }).click();
    const heading = page.getByRole('heading', { level: 1 });
    for (let n = 1; n <= 3; n++) {
      await expect(heading).toHaveText(new RegExp(`^Question ${n} of \\d+$`));
      await answerKeyed(page);
      await page.getByRole('button', { name: 'Next question' }).click();
    }
    await expect(heading).toHaveText(/^Question 4 of \d+$/);
    await page.keyboard.press('F5');
    await page.reload();
    await expect(heading).toHaveText(/^Question \d+ of \d+$/);
    // Same session, same token: no second fetch (the LMS would refuse it) and no second "Initialized".
    expect(lrs.fetches.get(first.fetchPath)).toEqual({ calls: 1, tokens: 1 });
    expect(lrs.refused).toEqual([]);

    // The package has no service worker: a page whose code is not loaded yet cannot load offline. The results
    // page's code is loaded first (as for a learner who has seen a results page in this visit), then back.
    const quizHash = new URL(page.url()).hash;
    await goTo(page, '/quizzes/final-assessment/attempts/none');
    await expect(heading).toHaveText('Page not found');
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, quizHash);
    await expect(heading).toHaveText(/^Question \d+ of \d+$/);

    // The connection drops for the last questions: the attempt's statements wait in IndexedDB.
    const answered = await finishKeyed(page, {
      afterQuestion: async (n) => {
        if (n === 16) await context.setOffline(true);
      },
    });
    expect(answered.length).toBeGreaterThan(10);
    await expect(page.locator('.result-card__verdict')).toContainText('Passed');
    await expect.poll(() => queued(page), { message: 'statements queued in IndexedDB while offline' }).toBeGreaterThanOrEqual(20);
    expect(lrs.received.filter((r) => verbOf(r.statement) === 'answered')).toHaveLength(0);

    // Back online: the queue goes, in order, and empties.
    await context.setOffline(false);
    await expect.poll(() => sessionStatements(lrs, first.session).filter((s) => verbOf(s) === 'answered').length).toBe(20);
    await expect.poll(() => verbsIn(lrs, first.session)).toContain('passed');
    await expect.poll(() => queued(page)).toBe(0);
    // The experienced statement arrived twice (the lost answer) and is stored once.
    expect(lrs.received.filter((r) => verbOf(r.statement) === 'experienced').length).toBeGreaterThanOrEqual(2);
    expect([...lrs.stored.values()].filter((s) => verbOf(s) === 'experienced')).toHaveLength(1);

    // Progress is in the LMS's state document before the page closes.
    await expect.poll(() => lrs.state.size).toBeGreaterThan(0);
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => verbsIn(lrs, first.session).at(-1)).toBe('terminated');
    await context.close();

    // ── Second launch, on a fresh browser: only the LMS knows the learner ──────────────────────────────
    const second = lrs.launch();
    const fresh = await browser.newContext();
    const again = await fresh.newPage();
    again.on('dialog', (dialog) => void dialog.accept());
    await again.goto(second.url);
    await expect(again.getByRole('heading', { level: 1 })).toBeVisible();
    await goTo(again, `/lessons/${lesson}`);
    await expect(again.getByRole('status').filter({ hasText: 'Lesson complete' })).toBeVisible();
    await goTo(again, '/quizzes/final-assessment');
    await expect(again.getByRole('button', { name: 'Retake quiz' })).toBeVisible();
    for (const id of lessonIds.slice(1)) await completeLesson(again, id);
    await expect.poll(() => verbsIn(lrs, second.session)).toContain('completed');
    await again.close({ runBeforeUnload: true });
    await expect.poll(() => verbsIn(lrs, second.session).at(-1)).toBe('terminated');
    await fresh.close();
    expect(lrs.fetches.get(second.fetchPath)).toEqual({ calls: 1, tokens: 1 });

    // ── What the LRS holds ───────────────────────────────────────────────────────────────────────────────
    const all = [...lrs.stored.values()];
    expect(lrs.refused).toEqual([]);
    // Every statement is valid xAPI.
    const problems = all.flatMap((s) => validateStatement(s).map((w) => `${verbOf(s)} ${s.id}: ${(w.path ?? []).join('.')} ${w.message ?? ''}`));
    expect(problems).toEqual([]);
    // Ids made in the course are unique; what arrived twice is stored once.
    expect(new Set(lrs.received.map((r) => r.statement.id)).size).toBe(lrs.stored.size);
    expect(lrs.received.length).toBeGreaterThan(lrs.stored.size);

    for (const statement of all) {
      // Every statement: the launch's actor and registration, and this launch's session id.
      expect(statement.actor).toEqual(lrs.actor);
      expect(statement.context?.registration).toBe(lrs.registration);
      expect([first.session, second.session]).toContain(sessionOf(statement));
      expect(statement.context?.contextActivities?.grouping?.[0]?.id).toBe('https://frontline.example/xapi/course');
      const defined = isDefined(lrs, statement);
      expect(defined, `${verbOf(statement)} is a cmi5 defined statement exactly when its verb is one`).toBe(DEFINED.includes(verbOf(statement)));
      const categories = (statement.context?.contextActivities?.category ?? []).map((c: { id: string }) => c.id);
      // The moveOn category on completed / passed / failed only (cmi5 9.6.2.2).
      expect(categories.includes(MOVEON_CATEGORY)).toBe(['completed', 'passed', 'failed'].includes(verbOf(statement)));
    }

    // cmi5 9.3 order rules, per session: initialized first, terminated last, no defined verb twice, at most one of
    // passed / failed.
    for (const session of [first.session, second.session]) {
      const verbs = verbsIn(lrs, session);
      expect(verbs[0], session).toBe('initialized');
      expect(verbs.at(-1), session).toBe('terminated');
      for (const verb of DEFINED) expect(verbs.filter((v) => v === verb).length, `${verb} in ${session}`).toBeLessThanOrEqual(1);
      expect(verbs.filter((v) => v === 'passed' || v === 'failed').length).toBeLessThanOrEqual(1);
    }
    // Per registration: one completed, one passed, no failed after passed.
    const verbs = all.sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp)).map(verbOf);
    expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'passed')).toHaveLength(1);
    expect(verbs.slice(verbs.indexOf('passed')).includes('failed')).toBe(false);
    expect(verbsIn(lrs, first.session)).toContain('passed');
    expect(verbsIn(lrs, second.session)).toContain('completed');

    // Passed: score, success, duration and the mastery score; completed: completion and duration.
    const passed = all.find((s) => verbOf(s) === 'passed')!;
    expect(passed.result.success).toBe(true);
    expect(passed.result.score.scaled).toBeGreaterThanOrEqual(0.8);
    expect(passed.result.score).toMatchObject({ min: 0, max: 100 });
    expect(passed.result.duration).toMatch(/^PT/);
    const completed = all.find((s) => verbOf(s) === 'completed')!;
    expect(completed.result).toMatchObject({ completion: true });
    expect(completed.result.duration).toMatch(/^PT/);
    expect(all.find((s) => verbOf(s) === 'terminated')!.result.duration).toMatch(/^PT/);

    // One "answered" per question of the attempt, a cmi.interaction with a cmi5-known type and the response.
    const answers = all.filter((s) => verbOf(s) === 'answered');
    expect(answers).toHaveLength(20);
    expect(new Set(answers.map((s) => s.object.id)).size).toBe(20);
    for (const answer of answers) {
      expect(answer.object.id.startsWith(`${lrs.activityId}/`)).toBe(true);
      expect(answer.object.definition.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
      expect(['choice', 'sequencing', 'matching', 'long-fill-in', 'other']).toContain(answer.object.definition.interactionType);
      expect(String(answer.result.response)).not.toBe('');
      expect(typeof answer.result.success).toBe('boolean');
    }
    // One "experienced" per lesson, across both launches.
    const experienced = all.filter((s) => verbOf(s) === 'experienced');
    expect(experienced.map((s) => s.object.id).sort()).toEqual(lessonIds.map((id) => `${lrs.activityId}/lesson/${id}`).sort());
  } finally {
    await lrs.stop();
  }
});

test('cmi5 package under a strict LMS: the launch’s mastery score, lessons by title, completed after the last lesson, Exit course to returnURL', async ({ browser }) => {
  test.setTimeout(180_000);
  const lrs = await startLrs(unzipPackage('cmi5'));
  try {
    // The LMS's own pass mark for these launches: 0.1, where the course's cmi5.xml says 0.8.
    const launch = lrs.launch({ masteryScore: 0.1 });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(launch.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => verbsIn(lrs, launch.session)).toEqual(['initialized']);

    // The final assessment says which mark applies, and judges by it: 1 keyed answer of 20 (5 %) fails ...
    await goTo(page, '/quizzes/final-assessment');
    await expect(page.locator('.quiz-facts')).toContainText('Pass mark 10%, set by your LMS');
    await page.getByRole('button', { name: 'Start quiz' }).click();
    const total = await finishPartly(page, 1);
    await expect(page.locator('.result-card__verdict')).toContainText('Not passed yet: the pass mark is 10%, set by your LMS.');
    await expect.poll(() => verbsIn(lrs, launch.session)).toContain('failed');
    // ... and 6 of 20 (30 %, under the course's own 80 %) passes. The pass waits for the next session (this one failed).
    await page.getByRole('button', { name: 'Retake quiz' }).click();
    await finishPartly(page, 6);
    const percent = Math.floor((6 / total) * 100);
    await expect(page.locator('.result-card__verdict')).toHaveText('Passed: the pass mark is 10%, set by your LMS.');

    // Every lesson, the last one's "experienced" before "completed".
    for (const id of lessonsInOrder) await completeLesson(page, id);
    await expect.poll(() => verbsIn(lrs, launch.session)).toContain('completed');

    // The certificate says which mark was applied.
    await goTo(page, '/certificate');
    await expect(page.getByRole('article', { name: 'Certificate of completion' })).toContainText('10%, set by your LMS');

    // "Exit course", from the keyboard: a button of at least 24 × 24 px in the header that returns to the LMS.
    const exit = page.getByRole('banner').getByRole('button', { name: 'Exit course' });
    const box = (await exit.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    await exit.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(lrs.returnUrl);
    await expect(page.getByRole('heading', { name: 'Back in the LMS' })).toBeVisible();
    await context.close();

    const statements = arrivals(lrs, launch.session);
    const verbs = statements.map(verbOf);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    expect(verbs.filter((v) => v === 'terminated')).toHaveLength(1);
    expect(lrs.terminated.has(launch.session)).toBe(true);

    // Failed by the launch's mark, with that attempt's own score and the mark in its context (cmi5 9.6.3.2); no
    // passed in the same session.
    expect(verbs).not.toContain('passed');
    const failed = statements.find((s) => verbOf(s) === 'failed')!;
    expect(failed.result.success).toBe(false);
    expect(failed.result.score).toEqual({ scaled: 0.05, raw: 5, min: 0, max: 100 });
    expect(failed.context.extensions[MASTERY_SCORE]).toBe(0.1);

    // Lessons are named by their titles; "completed" comes after the last lesson's "experienced".
    const experienced = statements.filter((s) => verbOf(s) === 'experienced');
    expect(experienced.map((s) => s.object.definition.name['en-US']).sort()).toEqual(lessonIds.map(lessonTitle).sort());
    expect(verbs.indexOf('completed')).toBeGreaterThan(verbs.lastIndexOf('experienced'));

    // ── The next launch, on a fresh browser: the pass goes now, after "initialized", with the passing attempt's score.
    const next = lrs.launch({ masteryScore: 0.1 });
    const fresh = await browser.newContext();
    const again = await fresh.newPage();
    await again.goto(next.url);
    await expect.poll(() => arrivals(lrs, next.session).map(verbOf)).toEqual(['initialized', 'passed']);
    const passed = arrivals(lrs, next.session)[1]!;
    expect(passed.result.success).toBe(true);
    expect(passed.result.score).toEqual({ scaled: percent / 100, raw: percent, min: 0, max: 100 });
    expect(passed.result.score.scaled).toBeGreaterThanOrEqual(0.1);
    expect(passed.context.extensions[MASTERY_SCORE]).toBe(0.1);
    await again.close({ runBeforeUnload: true });
    await expect.poll(() => verbsIn(lrs, next.session).at(-1)).toBe('terminated');
    await fresh.close();

    expect(lrs.refused).toEqual([]);
    // Lesson and question activities are built from the activityId this LMS generated, not the course's own IRI.
    expect(lrs.activityId).not.toContain('frontline.example');
    for (const statement of lrs.stored.values()) expect(String(statement.object.id).startsWith(lrs.activityId)).toBe(true);
    const problems = [...lrs.stored.values()].flatMap((st) => validateStatement(st).map((w) => `${verbOf(st)} ${st.id}: ${(w.path ?? []).join('.')} ${w.message ?? ''}`));
    expect(problems).toEqual([]);
  } finally {
    await lrs.stop();
  }
});

test('cmi5 package under a strict LMS: nothing sent under an ended session, nothing lost, a reload after the end says so', async ({ browser }) => {
  test.setTimeout(180_000);
  const lrs = await startLrs(unzipPackage('cmi5'));
  try {
    const [firstLesson, secondLesson, thirdLesson] = lessonsInOrder;
    // ── Session 1 ends offline: its lesson's "experienced" (and its "terminated") never leave the browser.
    const first = lrs.launch();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(first.url);
    await expect.poll(() => verbsIn(lrs, first.session)).toEqual(['initialized']);
    // The lesson's page is loaded first: the package has no service worker, so nothing new loads offline.
    await goTo(page, `/lessons/${firstLesson}`);
    await expect(page.getByRole('button', { name: 'Mark lesson complete' })).toBeVisible();
    await context.setOffline(true);
    await completeLesson(page, firstLesson!);
    await expect.poll(() => queued(page), { message: 'the lesson statement waits in IndexedDB' }).toBeGreaterThanOrEqual(1);
    // The next page first: a browser context with no page left may be closed. Back online only once the page is gone.
    const again = await context.newPage();
    const gone = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await gone;
    await context.setOffline(false);

    // ── Session 2: what session 1 left goes as session 2's, after session 2's "initialized", its time kept.
    const second = lrs.launch();
    await again.goto(second.url);
    await expect.poll(() => arrivals(lrs, second.session).map(verbOf)).toEqual(['initialized', 'experienced']);
    expect(verbsIn(lrs, first.session)).toEqual(['initialized']);
    const [initialized, carried] = arrivals(lrs, second.session);
    expect(carried!.object.id).toBe(`${lrs.activityId}/lesson/${firstLesson}`);
    expect(Date.parse(carried!.timestamp)).toBeLessThan(Date.parse(initialized!.timestamp));
    expect(carried!.context.registration).toBe(lrs.registration);
    await expect.poll(() => queued(again)).toBe(0);
    await completeLesson(again, secondLesson!);
    await expect.poll(() => verbsIn(lrs, second.session)).toContain('experienced');
    await expect.poll(() => arrivals(lrs, second.session).filter((s) => verbOf(s) === 'experienced').length).toBe(2);

    // A reload from the browser's own button ends session 2 (a page cannot tell it from closing): "terminated".
    await again.reload();
    await expect.poll(() => lrs.terminated.has(second.session)).toBe(true);
    // The reloaded page says so, and sends nothing more with that session's token: not even what the learner does.
    await expect(again.getByRole('alert').filter({ hasText: 'This session has ended: reopen the course from your LMS' })).toBeVisible();
    const sentBefore = lrs.requests.filter((r) => r.session === second.session).length;
    await completeLesson(again, thirdLesson!);
    const last = await context.newPage();
    await again.close({ runBeforeUnload: true });

    // ── Session 3 (same browser): by the time it has started, anything the ended page had sent would be in.
    const third = lrs.launch();
    await last.goto(third.url);
    // The lesson completed on the ended page is reported in this session, after its "initialized", at its own time.
    await expect.poll(() => arrivals(lrs, third.session).map(verbOf)).toEqual(['initialized', 'experienced']);
    const [thirdInitialized, late] = arrivals(lrs, third.session);
    expect(late!.object.id).toBe(`${lrs.activityId}/lesson/${thirdLesson}`);
    expect(Date.parse(late!.timestamp)).toBeLessThan(Date.parse(thirdInitialized!.timestamp));
    expect(lrs.requests.filter((r) => r.session === second.session)).toHaveLength(sentBefore);
    expect(lrs.fetches.get(second.fetchPath)).toEqual({ calls: 1, tokens: 1 });
    // Progress made on the ended page is not lost: it was kept in this browser, and this session saves it to the LMS.
    await goTo(last, `/lessons/${thirdLesson}`);
    await expect(last.getByRole('status').filter({ hasText: 'Lesson complete' })).toBeVisible();
    await last.close({ runBeforeUnload: true });
    await expect.poll(() => verbsIn(lrs, third.session).at(-1)).toBe('terminated');
    await context.close();

    // The strict LMS refused nothing: no statement of an ended session, none naming another session.
    expect(lrs.refused).toEqual([]);
    for (const session of [second.session, third.session]) {
      const verbs = arrivals(lrs, session).map(verbOf);
      expect(verbs[0], session).toBe('initialized');
      expect(verbs.at(-1), session).toBe('terminated');
    }
    // Each lesson experienced once, whichever session carried it.
    const experienced = [...lrs.stored.values()].filter((s) => verbOf(s) === 'experienced').map((s) => s.object.id);
    expect(experienced.sort()).toEqual([firstLesson, secondLesson, thirdLesson].map((id) => `${lrs.activityId}/lesson/${id}`).sort());
  } finally {
    await lrs.stop();
  }
});
