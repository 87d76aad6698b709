import { readFileSync } from 'node:fs';
import { test, expect, type Page } from './fixtures.ts';
import { attemptIdOf, editAttemptAndReload, PROGRESS_KEY, saved, savedWhen, startQuizThenFillStorage } from './helpers.ts';
import { answerCurrentQuestion, checkAndMoveOn, contentQuestion } from './quiz-driver.ts';

/**
 * No answer lost to a double tap, a full device or another tab (issue 28). No test waits for time to pass: a double
 * tap is a real double click, and every wait is on what the screen or storage shows.
 */

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const phone = { width: 320, height: 640 };

// ── A double tap ────────────────────────────────────────────────────────────────────────────────────────

test('exam: a double tap moves one question, and one on "See results" with questions unanswered only warns', async ({ page }) => {
  test.slow();
  await page.setViewportSize(phone);
  await page.goto('/quizzes/final-assessment');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(heading(page)).toHaveText(/^Question 1 of \d+$/);
  const total = Number((await heading(page).textContent())!.split(' of ')[1]);

  await page.getByRole('button', { name: 'Next question' }).dblclick();
  await expect(heading(page)).toHaveText(`Question 2 of ${total}`);
  // The second tap answered nothing on the question that appeared under it, and focus is on its prompt.
  await expect(page.locator('.question :checked, .question [aria-pressed="true"]')).toHaveCount(0);
  const secondId = await page.locator('.question').getAttribute('data-question-id');
  await expect(page.locator(`[id="question-${secondId}"]`)).toBeFocused();
  // The learner skipped ahead to the last question without answering any.
  await editAttemptAndReload(page, (attempt) => {
    attempt.current = attempt.questionIds.length - 1;
  });
  await expect(heading(page)).toHaveText(`Question ${total} of ${total}`);

  const seeResults = page.getByRole('button', { name: 'See results' });
  await seeResults.dblclick();
  const warning = page.locator('.feedback-region');
  await expect(warning).toContainText(`${total} questions have no answer yet.`);
  // Focus is on the warning, not on the button that finishes; the attempt is still open.
  await expect(warning).toBeFocused();
  await expect(heading(page)).toHaveText(`Question ${total} of ${total}`);
  expect(page.url()).not.toContain('/attempts/');

  // Finishing is a button of its own, below the warning: nowhere near where "See results" is.
  const finish = page.getByRole('button', { name: `Finish with ${total} unanswered` });
  await expect(finish).toBeVisible();
  const [seeBox, finishBox] = [(await seeResults.boundingBox())!, (await finish.boundingBox())!];
  expect(finishBox.y, 'the confirm is below "See results"').toBeGreaterThanOrEqual(seeBox.y + seeBox.height);
  // "See results" again still only warns.
  await seeResults.click();
  await expect(warning).toBeFocused();
  expect(page.url()).not.toContain('/attempts/');

  // "Go to question 1" leads back; from there the learner can still choose to finish.
  await page.getByRole('button', { name: 'Go to question 1' }).click();
  await expect(heading(page)).toHaveText(`Question 1 of ${total}`);
  await expect(finish).toHaveCount(0);
  await answerCurrentQuestion(page, 'correct');
  await editAttemptAndReload(page, (attempt) => {
    attempt.current = attempt.questionIds.length - 1;
  }, (attempt) => Object.keys(attempt.responses).length === 1);
  await seeResults.click();
  await expect(warning).toContainText(`${total - 1} questions have no answer yet.`);
  await page.getByRole('button', { name: `Finish with ${total - 1} unanswered` }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(page.getByText(/^Questions 2, 3, .* were left unanswered and scored 0\.$/)).toBeVisible();
});

test('practice: a double tap on "Check answer" stops at the feedback, and "Previous question" shows it again', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/quizzes/service-breakdowns');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  // Two single-choice questions, so the locked answer is a radio to check.
  const { edited } = await editAttemptAndReload(page, (attempt) => {
    attempt.questionIds = attempt.questionIds.filter((id) => contentQuestion(id).kind === 'single').slice(0, 3);
  });
  const [firstId, secondId] = edited.questionIds as [string, string];
  await expect(heading(page)).toHaveText('Question 1 of 3');
  await answerCurrentQuestion(page, 'first');

  await page.getByRole('button', { name: 'Check answer' }).dblclick();
  const feedback = page.locator('.feedback-region');
  await expect(feedback).toContainText(/credit/i);
  await expect(feedback).toBeFocused();
  await expect(heading(page)).toHaveText('Question 1 of 3');
  const verdict = (await feedback.textContent())!;

  await page.getByRole('button', { name: 'Next question' }).dblclick();
  await expect(heading(page)).toHaveText('Question 2 of 3');
  await expect(page.locator('.question')).toHaveAttribute('data-question-id', secondId);
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();

  // Back to the checked question: its feedback again, its answer locked, and on to where the learner was.
  await page.getByRole('button', { name: 'Previous question' }).click();
  await expect(heading(page)).toHaveText('Question 1 of 3');
  await expect(page.locator('.question')).toHaveAttribute('data-question-id', firstId);
  await expect(feedback).toHaveText(verdict);
  await expect(page.locator('.question').getByRole('radio').first()).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(heading(page)).toHaveText('Question 2 of 3');
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
});

// ── A full device ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Every write to localStorage and sessionStorage is refused as over quota while this tab's `e2e-full` flag is set
 * (the flag lives in sessionStorage, so it holds across a reload). IndexedDB, with its quota of its own, still
 * takes writes.
 */
function fillLocalAndSessionStorage(page: Page) {
  return page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (name !== 'e2e-full' && window.sessionStorage.getItem('e2e-full') === '1') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, name, value);
    };
  });
}

/** What the app keeps in IndexedDB (its spare store) for the progress key, parsed; null when nothing. */
function spare(page: Page) {
  return page.evaluate(
    (key) =>
      new Promise<{ state: { attempts: Record<string, { responses: object; current: number }> } } | null>((resolve, reject) => {
        const open = indexedDB.open('frontline-spare');
        open.onupgradeneeded = () => open.result.createObjectStore('progress');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('progress').objectStore('progress').get(key);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve(typeof request.result === 'string' ? JSON.parse(request.result) : null);
          };
        };
      }),
    PROGRESS_KEY,
  );
}

test('with local and session storage both full, answers survive a reload, the banner says so, and Export is in it', async ({ page }) => {
  test.slow();
  await fillLocalAndSessionStorage(page);
  const id = await startQuizThenFillStorage(page, 'service-breakdowns');

  const answered = await checkAndMoveOn(page, 3);
  const banner = page.getByRole('status').filter({ hasText: 'Saving failed: your browser’s storage is full.' });
  await expect(banner).toBeVisible();
  // Neither of the usual stores took a thing…
  expect((await saved(page))!.state.attempts[id]!.responses).toEqual({});
  expect(await page.evaluate((key) => sessionStorage.getItem(`${key}:pending`), PROGRESS_KEY)).toBeNull();
  // …the banner says the work survives anyway: IndexedDB holds all three answers and the position.
  await expect(banner).toContainText('reloading or closing the page loses nothing');
  await expect.poll(async () => {
    const kept = (await spare(page))?.state.attempts[id];
    return kept ? { answers: Object.keys(kept.responses).length, current: kept.current } : null;
  }, { message: 'the answers kept in IndexedDB' }).toEqual({ answers: 3, current: 3 });

  // "Export progress" is in the banner: one tap, and the file has the answers.
  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Export progress' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { progress: { attempts: Record<string, { responses: object }> } };
  expect(Object.keys(file.progress.attempts[id]!.responses).sort()).toEqual([...answered].sort());

  // A reload is not warned about (nothing would be lost), and brings everything back.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(dialogs).toEqual([]);
  await expect(heading(page)).toHaveText(/^Question 4 of/);
  await page.getByRole('button', { name: 'Previous question' }).click();
  await expect(page.locator('.question')).toHaveAttribute('data-question-id', answered[2]!);
  await expect(page.locator('.feedback-region')).toContainText(/credit/i);
  await page.getByRole('button', { name: 'Next question' }).click();

  // Room again: the next save writes all four answers where they belong, and IndexedDB is emptied.
  await page.evaluate(() => sessionStorage.removeItem('e2e-full'));
  answered.push((await answerCurrentQuestion(page, 'first')).id);
  const data = await savedWhen(page, (d) => Object.keys(d.state.attempts[id]!.responses).length === 4, 'four answers saved');
  expect(Object.keys(data.state.attempts[id]!.responses).sort()).toEqual([...answered].sort());
  await expect.poll(() => spare(page), { message: 'IndexedDB emptied' }).toBeNull();
  await expect(banner).toBeHidden();
});

// ── Another tab ─────────────────────────────────────────────────────────────────────────────────────────

const NOW = '2026-11-20T10:00:00.000Z';
/** A progress file from another device: one lesson completed, one finished attempt. */
const otherDevice = {
  app: 'frontline',
  version: 1,
  exportedAt: NOW,
  progress: {
    lessons: { 'service-breakdowns': { visitedAt: NOW, completedAt: NOW } },
    attempts: {},
    reflections: {},
    prefs: { showTrainerNotes: false, textSize: 1, slideTextSize: 1 },
    learnerName: '',
    generation: '',
    updatedAt: NOW,
  },
};

for (const keep of [true, false]) {
  test(`Replace in one tab names the quiz in progress in another; ${keep ? 'kept, it carries on there' : 'discarded, that tab offers it back'}`, async ({ context }) => {
    test.slow();
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto('/quizzes/star-method');
    await a.getByRole('button', { name: 'Start quiz' }).click();
    const id = await attemptIdOf(a);
    await answerCurrentQuestion(a, 'first');
    await a.getByRole('button', { name: 'Check answer' }).click();
    await a.getByRole('button', { name: 'Next question' }).click();
    await expect(heading(a)).toHaveText(/^Question 2 of \d+$/);
    const total = Number((await heading(a).textContent())!.split(' of ')[1]);
    const second = await answerCurrentQuestion(a, 'first');
    await savedWhen(a, (d) => Object.keys(d.state.attempts[id]?.responses ?? {}).length === 2 && d.state.attempts[id]!.current === 1, 'two answers saved');

    // Tab B imports a file with Replace: the dialog names tab A's quiz and offers to keep it.
    await b.goto('/progress');
    const chooser = b.waitForEvent('filechooser');
    await b.getByRole('button', { name: 'Import progress' }).click();
    await (await chooser).setFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(otherDevice)) });
    const dialog = b.getByRole('group', { name: /Import progress\.json/ });
    await expect(dialog).toContainText('This browser has a quiz in progress, perhaps open in another tab.');
    await expect(dialog.getByRole('list', { name: /quiz in progress/ }).getByRole('listitem')).toHaveText([
      new RegExp(`^The quiz on The STAR method: 2 of ${total} questions answered, last changed `),
    ]);
    const keepIt = dialog.getByRole('checkbox', { name: 'Keep the quiz in progress when replacing' });
    await expect(keepIt).toBeChecked();
    if (!keep) await keepIt.uncheck();
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect(b.getByRole('status').filter({ hasText: 'Progress replaced with progress.json.' })).toBeVisible();
    await savedWhen(b, (d) => !!d.state.lessons['service-breakdowns']?.completedAt, 'the replace saved');

    if (keep) {
      // Tab A carries on with its answers; the replace stuck (the file's lesson is there).
      await expect(heading(a)).toHaveText(`Question 2 of ${total}`);
      await expect(a.locator('.question')).toHaveAttribute('data-question-id', second.id);
      await a.getByRole('button', { name: 'Check answer' }).click();
      await expect(a.locator('.feedback-region')).toContainText(/credit/i);
      const data = await savedWhen(a, (d) => d.state.attempts[id]?.checked.length === 2, 'the check saved');
      expect(Object.keys(data.state.attempts[id]!.responses)).toHaveLength(2);
      expect(data.state.lessons['service-breakdowns']?.completedAt).toBe(NOW);
      return;
    }

    // Tab A says what happened, with focus there, and still has the attempt: as a file, or back in place.
    const notice = a.getByRole('alert').filter({ hasText: 'replaced or reset in another tab' });
    await expect(notice).toBeVisible();
    await expect(notice).toBeFocused();
    await expect(notice).toContainText(`you were on question 2 of ${total}, with 2 answers`);
    await expect(a.getByText('That attempt isn’t saved in this browser')).toHaveCount(0);
    const download = a.waitForEvent('download');
    await notice.getByRole('button', { name: 'Export this attempt' }).click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { progress: { attempts: Record<string, { responses: object }> } };
    expect(Object.keys(file.progress.attempts[id]!.responses)).toHaveLength(2);

    await notice.getByRole('button', { name: 'Restore this attempt' }).click();
    await expect(heading(a)).toHaveText(`Question 2 of ${total}`);
    await expect(a.locator('.question')).toHaveAttribute('data-question-id', second.id);
    const data = await savedWhen(a, (d) => Object.keys(d.state.attempts[id]?.responses ?? {}).length === 2, 'the attempt saved again');
    expect(data.state.lessons['service-breakdowns']?.completedAt).toBe(NOW);
  });
}
