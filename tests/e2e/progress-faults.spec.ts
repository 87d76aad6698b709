import { readFileSync } from 'node:fs';
import { test, expect, type Page } from './fixtures.ts';
import { appLive, attemptIdOf, editAttemptAndReload, lessonsInOrder, PROGRESS_KEY, saved, savedWhen, startQuizThenFillStorage, type Saved } from './helpers.ts';
import { answerCurrentQuestion, checkAndMoveOn, quizFiles, takeQuiz } from './quiz-driver.ts';

/**
 * Saved progress that survives everything (issue 11): each case of the adversarial tour, in a real browser.
 * No test waits for time to pass: each waits for a condition (what the screen or storage shows).
 */

const NOW = '2026-11-20T10:00:00.000Z';
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const completed = (data: Saved) => Object.keys(data.state.lessons).filter((id) => data.state.lessons[id].completedAt).sort();

/** A progress file as "Export progress" writes it: a finished attempt, an open one, a lesson, a reflection. */
function progressFile() {
  const ids = (quizId: string) => quizFiles[quizId]!.questions!.map((q) => q.id);
  const sb = quizFiles['service-breakdowns']!.questions!;
  const single = sb.find((q) => q.kind === 'single')!;
  return {
    app: 'frontline',
    version: 1,
    exportedAt: NOW,
    progress: {
      lessons: { 'service-breakdowns': { visitedAt: NOW, completedAt: NOW } },
      attempts: {
        done: {
          id: 'done', quizId: 'service-breakdowns', kind: 'scored', seed: 11, questionIds: ids('service-breakdowns'), hashes: {},
          responses: { [single.id]: { kind: 'single', choice: single.options![0]!.id } }, answeredAt: {}, checked: [], current: 0,
          startedAt: NOW, updatedAt: NOW, finishedAt: NOW,
          score: { earned: 6, total: 10, percent: 60, passed: false, perSkill: { 'spotting-breakdowns': { earned: 3, total: 5 } } },
        },
        open: {
          id: 'open', quizId: 'star-method', kind: 'scored', seed: 12, questionIds: ids('star-method'), hashes: {},
          responses: {}, answeredAt: {}, checked: [], current: 1, startedAt: NOW, updatedAt: NOW,
        },
      },
      reflections: { 'service-breakdowns': { text: 'Greet every customer within ten seconds.', updatedAt: NOW } },
      prefs: { showTrainerNotes: false, textSize: 1, slideTextSize: 1 },
      learnerName: 'Amara Okafor',
      generation: '',
      updatedAt: NOW,
    },
  };
}
type ProgressFile = ReturnType<typeof progressFile>;

async function importFile(page: Page, file: unknown, how: 'Merge' | 'Replace' = 'Replace') {
  await page.goto('/progress');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress' }).click();
  await (await chooser).setFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('group', { name: /Import progress\.json/ })).toBeVisible();
  await page.getByRole('button', { name: how }).click();
  await expect(page.getByRole('status').filter({ hasText: how === 'Replace' ? 'replaced' : 'merged' })).toBeVisible();
}

async function exportFile(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  return JSON.parse(readFileSync(await (await download).path(), 'utf8')) as ProgressFile;
}

/**
 * Every page that shows saved data renders (no error page), and Export gives back what could be read. Returns
 * the export taken before any quiz page was opened (opening an attempt may ask changed questions again).
 */
async function expectUsable(page: Page) {
  const broken = page.getByRole('heading', { name: 'Something went wrong' });
  await page.goto('/progress');
  await expect(heading(page)).toHaveText('Your progress');
  await expect(page.getByText('Greet every customer within ten seconds.')).toBeVisible();
  await page.reload();
  await expect(heading(page)).toHaveText('Your progress');
  const exported = await exportFile(page);
  expect(exported.app).toBe('frontline');
  expect(exported.progress.lessons['service-breakdowns']?.completedAt).toBe(NOW);
  expect(exported.progress.reflections['service-breakdowns']?.text).toBe('Greet every customer within ten seconds.');
  expect(exported.progress.learnerName).toBe('Amara Okafor');
  expect(Object.keys(exported.progress.attempts).sort()).toEqual(['done', 'open']);
  for (const url of ['/', '/quizzes/service-breakdowns', '/quizzes/service-breakdowns/attempts/done', '/quizzes/star-method', '/certificate']) {
    await page.goto(url);
    await expect(heading(page), url).toBeVisible();
    await expect(broken, url).toHaveCount(0);
  }
  await page.goto('/quizzes/star-method?attempt=open');
  await expect(heading(page)).toHaveText(/^Question \d+ of \d+$/);
  await page.goto('/progress');
  expect((await exportFile(page)).progress.reflections['service-breakdowns']?.text).toBe('Greet every customer within ten seconds.');
  return exported;
}

test.describe('an imported file with a bad field is repaired field by field; every page renders and Export works', () => {
  // Each visits every page that shows saved data: a long journey.
  test.slow();

  test('a finished attempt whose finishedAt is "yesterday-ish"', async ({ page }) => {
    const file = progressFile();
    (file.progress.attempts.done as Record<string, unknown>).finishedAt = 'yesterday-ish';
    await importFile(page, file);
    const exported = await expectUsable(page);
    // The attempt and its answer are kept; without a readable finish time it is open again, to be finished.
    const done = exported.progress.attempts.done as Record<string, unknown>;
    expect(done.finishedAt).toBeUndefined();
    expect(Object.keys(done.responses as object)).toHaveLength(1);
  });

  test('a finished attempt whose score has no perSkill', async ({ page }) => {
    const file = progressFile();
    delete (file.progress.attempts.done.score as Partial<typeof file.progress.attempts.done.score>).perSkill;
    await importFile(page, file);
    const exported = await expectUsable(page);
    expect(Object.keys(exported.progress.attempts.done.responses)).toHaveLength(1);
  });

  test('responses of the wrong type', async ({ page }) => {
    const file = progressFile();
    const [q1, q2, q3, q4, q5, q6] = file.progress.attempts.done.questionIds;
    const wrong = {
      [q1!]: { kind: 'multiple', choices: 'a' },
      [q2!]: { kind: 'order', order: 'abc' },
      [q3!]: 'yes',
      [q4!]: { kind: 'single', choice: 3 },
      [q5!]: { kind: 'categorize', placements: ['x'] },
      [q6!]: { kind: 'conversation', path: 'r1' },
    };
    (file.progress.attempts.done as Record<string, unknown>).responses = wrong;
    (file.progress.attempts.open as Record<string, unknown>).responses = { ...wrong, [file.progress.attempts.open.questionIds[0]!]: { kind: 'rewrite', text: 42 } };
    await importFile(page, file);
    const exported = await expectUsable(page);
    await page.goto('/quizzes/service-breakdowns/attempts/done');
    await expect(page.locator('.result-card__score')).toHaveText('60%');
    await page.getByRole('button', { name: 'Review answers' }).click();
    await expect(page.locator('.review__item')).toHaveCount(file.progress.attempts.done.questionIds.length);
    expect(exported.progress.attempts.done.responses).toEqual({});
  });

  test('an exportedAt that is not a date', async ({ page }) => {
    const file = { ...progressFile(), exportedAt: 'last Tuesday' };
    await page.goto('/progress');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import progress' }).click();
    await (await chooser).setFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(page.getByRole('group', { name: /Import progress\.json/ })).toContainText('It holds 1 completed lesson, 1 finished quiz attempt and 1 reflection');
    await page.getByRole('button', { name: 'Replace' }).click();
    await expectUsable(page);
  });

  test('the same faults saved in this browser (not imported) are repaired as the app starts', async ({ page }) => {
    const { progress } = progressFile();
    const done = progress.attempts.done as Record<string, unknown>;
    done.finishedAt = 'not a date';
    done.responses = { [progress.attempts.done.questionIds[0]!]: { kind: 'multiple', choices: 7 } };
    (progress.attempts.open as Record<string, unknown>).startedAt = 'soon';
    (progress.lessons['service-breakdowns'] as Record<string, unknown>).visitedAt = 'yesterday-ish';
    await page.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    }, [PROGRESS_KEY, JSON.stringify({ state: progress, version: 1 })]);
    await expectUsable(page);
  });
});

test('two tabs answering one attempt at the same moment keep both answers, and neither tab moves the other', async ({ context }) => {
  test.slow();
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/quizzes/final-assessment');
  await a.getByRole('button', { name: 'Start quiz' }).click();
  await expect(heading(a)).toHaveText(/^Question 1 of \d+$/);
  const id = await attemptIdOf(a);
  const { state } = await savedWhen(a, (d) => !!d.state.attempts[id]);
  const questionIds = state.attempts[id]!.questionIds;
  await b.goto(a.url());
  await b.getByRole('button', { name: 'Next question' }).click();
  await expect(heading(b)).toHaveText(/^Question 2 of/);

  /** What the question on screen shows as answered, comparable across tabs. */
  const shown = (page: Page) =>
    page.locator('.question').evaluate((el) =>
      JSON.stringify({
        checked: [...el.querySelectorAll('input:checked')].map((i) => (i as HTMLInputElement).value),
        text: [...el.querySelectorAll('textarea')].map((t) => t.value),
        order: [...el.querySelectorAll('.order-item__text')].map((s) => s.id),
        selects: [...el.querySelectorAll('select')].map((s) => s.value),
        sorted: [...el.querySelectorAll('.sorter__group')].map((g) => g.textContent),
        transcript: el.querySelector('.transcript')?.textContent ?? '',
      }),
    );

  // Three rounds: A on question n, B on n + 1. They answer at the same moment, then B moves on while A stays.
  let shownB = '';
  for (let n = 1; n <= 5; n += 2) {
    await expect(heading(a)).toHaveText(new RegExp(`^Question ${n} of`));
    await expect(heading(b)).toHaveText(new RegExp(`^Question ${n + 1} of`));
    await Promise.all([
      answerCurrentQuestion(a, 'first'),
      (async () => {
        await answerCurrentQuestion(b, 'first');
        shownB = await shown(b);
        await b.getByRole('button', { name: 'Next question' }).click();
      })(),
    ]);
    const [answerA, answerB] = [questionIds[n - 1]!, questionIds[n]!];
    const shownA = await shown(a);
    // Both answers reach storage, whichever tab wrote last.
    await savedWhen(a, (d) => !!d.state.attempts[id]!.responses[answerA] && !!d.state.attempts[id]!.responses[answerB], `answers to questions ${n} and ${n + 1} both saved`);
    // A did not jump when B moved, and still shows its own answer.
    await expect(heading(a)).toHaveText(new RegExp(`^Question ${n} of`));
    await expect(heading(b)).toHaveText(new RegExp(`^Question ${n + 2} of`));
    expect(await shown(a)).toBe(shownA);
    // Moving on, A finds B's answer on the next question.
    await a.getByRole('button', { name: 'Next question' }).click();
    await expect(heading(a)).toHaveText(new RegExp(`^Question ${n + 1} of`));
    await expect(a.locator('.question')).toHaveAttribute('data-question-id', answerB);
    await expect.poll(() => shown(a), { message: `tab A shows tab B's answer to question ${n + 1}` }).toBe(shownB);
    await a.getByRole('button', { name: 'Next question' }).click();
    await b.getByRole('button', { name: 'Next question' }).click();
  }
  const final = await savedWhen(a, (d) => Object.keys(d.state.attempts[id]!.responses).length >= 6);
  expect(Object.keys(final.state.attempts[id]!.responses).sort()).toEqual(questionIds.slice(0, 6).sort());
});

test('answers given while storage is full survive a reload from session storage, and leaving warns while closing would lose them', async ({ page }) => {
  test.slow();
  // "Full" is switched on per tab (sessionStorage, which keeps its own quota), for the progress key only. IndexedDB
  // refuses too here (no-answer-lost.spec.ts has it take the work): the work is kept in this tab's session storage.
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (this === window.localStorage && name === key && window.sessionStorage.getItem('e2e-full') === '1') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, name, value);
    };
    IDBFactory.prototype.open = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }, PROGRESS_KEY);
  const id = await startQuizThenFillStorage(page, 'service-breakdowns');

  const answered = await checkAndMoveOn(page, 3);
  await expect(page.getByText('Saving failed: your browser’s storage is full.')).toBeVisible();
  await expect(page.getByText('reloading the page keeps it, but closing the tab loses what you did since saving failed')).toBeVisible();
  expect((await saved(page))!.state.attempts[id]!.responses).toEqual({});

  // Leaving is warned about; the learner leaves anyway (a reload).
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  // Back at the question after the three answered, from what this tab kept aside.
  await expect(heading(page)).toHaveText(/^Question 4 of/);

  // Room again: the next save writes everything, the three earlier answers included.
  await page.evaluate(() => sessionStorage.removeItem('e2e-full'));
  answered.push((await answerCurrentQuestion(page, 'first')).id);
  const data = await savedWhen(page, (d) => Object.keys(d.state.attempts[id]!.responses).length === 4, 'four answers saved');
  expect(Object.keys(data.state.attempts[id]!.responses).sort()).toEqual([...answered].sort());
  expect(await page.evaluate((key) => sessionStorage.getItem(`${key}:pending`), PROGRESS_KEY)).toBeNull();
});

test('while storage stays full the write is retried, and it lands once there is room', async ({ page }) => {
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (this === window.localStorage && name === key && window.sessionStorage.getItem('e2e-full') === '1') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, name, value);
    };
  }, PROGRESS_KEY);
  await page.goto(`/lessons/${lessonsInOrder[0]}`);
  await expect(heading(page)).toBeVisible();
  await page.evaluate(() => sessionStorage.setItem('e2e-full', '1'));
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByText('Saving failed')).toBeVisible();
  // Nothing else happens on the page: only the retry can save it.
  await page.evaluate(() => sessionStorage.removeItem('e2e-full'));
  await savedWhen(page, (d) => completed(d).includes(lessonsInOrder[0]!), 'the retry saved the completion');
  await expect(page.getByText('Saving failed')).toBeHidden();
});

test('data saved by a newer version is announced, never overwritten, and can be downloaded', async ({ page }) => {
  test.slow();
  const newer = JSON.stringify({ state: { lessons: { 'service-breakdowns': { completedAt: NOW } }, shinyNewThing: { a: 1 } }, version: 2 });
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key!, value!);
      sessionStorage.setItem('seeded', '1');
    }
  }, [PROGRESS_KEY, newer]);
  await page.goto('/');
  const notice = page.getByRole('alert').filter({ hasText: 'comes from a newer version of Frontline' });
  await expect(notice).toBeVisible();
  // Use the app: complete a lesson, write a reflection, start a quiz.
  await page.goto(`/lessons/${lessonsInOrder[1]}`);
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lesson complete' })).toBeVisible();
  await page.getByRole('textbox').last().fill('Something to keep.');
  await page.goto('/quizzes/star-method');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await answerCurrentQuestion(page, 'first');
  // Leaving the page flushes any write there would be; the newer data is still byte for byte the same.
  await page.goto('/progress');
  await expect(notice).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(newer);
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download your saved progress' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(newer);
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(newer);
});

for (const how of ['Reset', 'Replace'] as const) {
  test(`${how} sticks with a second tab open: the other tab does not merge the old data back`, async ({ context }) => {
    test.slow();
    const [first, second, third, fourth] = lessonsInOrder as [string, string, string, string];
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(`/lessons/${first}`);
    await a.getByRole('button', { name: 'Mark lesson complete' }).click();
    await a.getByRole('textbox').last().fill('A private note.');
    const hasNote = (d: Saved) => Object.values(d.state.reflections as Record<string, { text: string }>).some((r) => r.text === 'A private note.');
    await b.goto('/');
    // B has the old data in memory.
    await expect(b.getByRole('progressbar', { name: 'Course progress' })).toHaveAttribute('aria-valuenow', '1');
    await savedWhen(a, hasNote, 'the note saved');

    if (how === 'Reset') {
      await a.goto('/progress');
      await a.getByRole('button', { name: 'Reset progress' }).click();
      await a.getByRole('button', { name: 'Yes, reset everything' }).click();
      await expect(a.getByText('Your progress was reset.')).toBeVisible();
    } else {
      const file = progressFile();
      file.progress.lessons = { [second]: { visitedAt: NOW, completedAt: NOW } } as never;
      file.progress.reflections = {} as never;
      await importFile(a, file, 'Replace');
    }
    const expected = how === 'Reset' ? [] : [second];
    await savedWhen(a, (d) => completed(d).join() === expected.join(), `${how} saved`);
    // B follows without a reload…
    await expect(b.getByRole('progressbar', { name: 'Course progress' })).toHaveAttribute('aria-valuenow', String(expected.length));
    // …and when B saves something of its own, the old data does not come back with it.
    await b.goto(`/lessons/${third}`);
    await b.getByRole('button', { name: 'Mark lesson complete' }).click();
    const after = await savedWhen(b, (d) => completed(d).includes(third), 'tab B’s completion saved');
    expect(completed(after)).toEqual([...expected, third].sort());
    expect(hasNote(after)).toBe(false);
    // A saves something too, later: still nothing old comes back.
    await a.goto(`/lessons/${fourth}`);
    // (The lesson's text is on screen before its script: the visit counts once the page is live.)
    await appLive(a);
    await expect(heading(a)).toBeVisible();
    await a.goto('/');
    await expect(a.getByRole('progressbar', { name: 'Course progress' })).toHaveAttribute('aria-valuenow', String(expected.length + 1));
    const last = await savedWhen(a, (d) => !!d.state.lessons[fourth]?.visitedAt);
    expect(completed(last)).toEqual([...expected, third].sort());
    expect(hasNote(last)).toBe(false);
  });
}

test('resume after a content change lands on the first unanswered question and asks changed ones again', async ({ page }) => {
  test.slow();
  await page.goto('/quizzes/star-method');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (let n = 1; n <= 4; n++) {
    await answerCurrentQuestion(page, 'first');
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.locator('.feedback-region')).toContainText(/credit/i);
    await page.getByRole('button', { name: 'Next question' }).click();
    await expect(heading(page)).toHaveText(new RegExp(`^Question ${n + 1} of`));
  }
  // A content update: question 2 reworded (its hash no longer matches) and question 3 removed from the quiz.
  const { original } = await editAttemptAndReload(
    page,
    (attempt) => {
      const [, second, third] = attempt.questionIds as [string, string, string];
      attempt.hashes[second] = 'reworded0';
      // The third, answered, is a question the content no longer has.
      attempt.questionIds[2] = 'a-question-since-removed';
      attempt.responses['a-question-since-removed'] = attempt.responses[third];
      delete attempt.responses[third];
    },
    (attempt) => Object.keys(attempt.responses).length === 4 && attempt.current === 4,
    '/quizzes/star-method',
  );
  const total = original.questionIds.length - 1;
  await page.getByRole('button', { name: 'Resume quiz' }).click();
  await expect(page.getByText('2 questions changed since you started')).toBeVisible();
  // The reworded question is the first without an answer: resume lands there, not on the old position.
  await expect(heading(page)).toHaveText(`Question 2 of ${total}`);
  await expect(page.locator('.question')).toHaveAttribute('data-question-id', original.questionIds[1]!);
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
  const id = await attemptIdOf(page);
  const data = await savedWhen(page, (d) => !d.state.attempts[id]!.questionIds.includes('a-question-since-removed'));
  const attempt = data.state.attempts[id]!;
  expect(Object.keys(attempt.responses).sort()).toEqual([original.questionIds[0]!, original.questionIds[3]!].sort());
  // Answered and checked, it leads on to the old fourth question, still answered, then to the first new one.
  await answerCurrentQuestion(page, 'first');
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(heading(page)).toHaveText(`Question 3 of ${total}`);
  await expect(page.locator('.question')).toHaveAttribute('data-question-id', original.questionIds[3]!);
  await expect(page.locator('.feedback-region')).toContainText(/credit/i);
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.locator('.question')).toHaveAttribute('data-question-id', original.questionIds[4]!);
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
});

test('a file over 1 MB is refused at once, without being read', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { reads: number };
    w.reads = 0;
    for (const method of ['text', 'arrayBuffer', 'stream', 'bytes'] as const) {
      const original = Blob.prototype[method] as ((...args: unknown[]) => unknown) | undefined;
      if (!original) continue;
      (Blob.prototype as unknown as Record<string, unknown>)[method] = function (this: Blob, ...args: unknown[]) {
        w.reads++;
        return original.apply(this, args);
      };
    }
    for (const method of ['readAsText', 'readAsArrayBuffer', 'readAsDataURL', 'readAsBinaryString'] as const) {
      const original = FileReader.prototype[method] as (...args: unknown[]) => void;
      (FileReader.prototype as unknown as Record<string, unknown>)[method] = function (this: FileReader, ...args: unknown[]) {
        w.reads++;
        return original.apply(this, args);
      };
    }
  });
  await page.goto('/progress');
  await expect(heading(page)).toHaveText('Your progress');
  const big = Buffer.alloc(2 * 1024 * 1024, ' ');
  await page.locator('input[type=file]').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: big });
  await expect(page.getByRole('alert')).toContainText('huge.json was not imported. The file is too large (2048 KB). A progress file is at most 1 MB.');
  expect(await page.evaluate(() => (window as unknown as { reads: number }).reads)).toBe(0);
  // A small file is read as usual (the counter works).
  await page.locator('input[type=file]').setInputFiles({ name: 'small.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
  await expect(page.getByRole('alert')).toContainText('small.json was not imported. This is not a Frontline progress file.');
  expect(await page.evaluate(() => (window as unknown as { reads: number }).reads)).toBeGreaterThan(0);
});

test('the built page carries a strict CSP, and no main route breaks it', async ({ page }) => {
  test.slow();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ((window as unknown as { csp?: string[] }).csp ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const reported = () => page.evaluate(() => (window as unknown as { csp?: string[] }).csp ?? []);
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');

  const routes = ['/', `/lessons/${lessonsInOrder[0]}`, `/lessons/${lessonsInOrder[3]}`, '/progress', '/certificate', '/present/star-method/1', '/presenter/star-method/2', '/no/such/page'];
  for (const url of routes) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#root > *').first(), url).toBeVisible();
    expect(await reported(), url).toEqual([]);
  }
  // A quiz, answered to its results.
  await page.goto('/quizzes/recovery-phrasing');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await editAttemptAndReload(page, (attempt) => {
    attempt.questionIds = attempt.questionIds.slice(0, 2);
  });
  await takeQuiz(page, 'practice', 'first');
  await page.getByRole('button', { name: 'Review answers' }).click();
  expect(await reported(), 'quiz').toEqual([]);
  expect(violations).toEqual([]);

  // The policy is live: an injected inline script is refused, and reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
  });
  await expect.poll(reported).not.toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});
