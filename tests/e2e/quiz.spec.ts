import { test, expect, type Page } from './fixtures.ts';
import { attemptIdOf, axeViolations, editAttemptAndReload, lessonsInOrder, savedWhen } from './helpers.ts';
import { answerCurrentQuestion, contentQuestion, quizFiles, readResult, takeQuiz, type Strategy } from './quiz-driver.ts';

/** Kinds a quiz file asks itself (lesson quizzes add review questions from earlier lessons on top). */
const kindsInQuizFile = (id: string) => {
  const file = quizFiles[id]!;
  return new Set([...(file.questions ?? []), ...(file.pools ?? []).flatMap((pool) => pool.questions)].map((q) => q.kind));
};

/**
 * A finished attempt as the results page shows it and as it is saved: a whole percent, and "Passed" exactly
 * when that number reaches the pass mark. Returns the result for the test's own verdict check.
 */
async function expectConsistentResult(page: Page, quizId: string) {
  const result = await readResult(page);
  const passMark = Math.round(quizFiles[quizId]!.passMark * 100);
  expect(result.passed, `${result.percent}% with pass mark ${passMark}%: ${result.verdict}`).toBe(result.percent >= passMark);
  expect(result.verdict).toContain(`the pass mark is ${passMark}%`);
  const id = page.url().split('/attempts/')[1]!;
  const data = await savedWhen(page, (d) => !!d.state.attempts[id]?.finishedAt, 'finished attempt saved');
  const score = data.state.attempts[id]!.score;
  expect(Number.isInteger(score.percent)).toBe(true);
  expect({ percent: score.percent, passed: score.passed }).toEqual({ percent: result.percent, passed: result.passed });
  return result;
}

async function expectNoSidewaysScroll(page: Page, where: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${where}: the page is ${overflow} px wider than the screen`).toBeLessThanOrEqual(0);
}

// Each lesson quiz is taken once to the end by keyboard. Half the journeys answer with the content's key and
// must pass; the other half always take the first choice on screen and must not.
const journeys = lessonsInOrder.map((id, index) => ({ id, strategy: (index % 2 === 0 ? 'first' : 'correct') as Strategy }));

test.describe('every quiz can be taken to the end by keyboard', () => {
  for (const { id, strategy } of journeys) {
    const expectation = strategy === 'correct' ? 'answering by the key passes' : 'always the first choice does not pass';
    test(`practice quiz ${id}: ${expectation}`, async ({ page }) => {
      test.slow();
      // The first two journeys run on a 320 px phone: between them they meet every question kind (the categorize
      // question that matches customers to types among them), and no screen may scroll sideways.
      const phone = lessonsInOrder.indexOf(id) < 2;
      if (phone) await page.setViewportSize({ width: 320, height: 640 });
      const check = phone ? (where: string) => expectNoSidewaysScroll(page, `${id}, ${where}`) : undefined;
      await page.goto(`/quizzes/${id}`);
      await check?.('intro');
      await page.getByRole('button', { name: 'Start quiz' }).press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Question 1 of \d+/);
      await expect(page.getByRole('progressbar', { name: 'Quiz progress' })).toHaveAttribute('aria-valuenow', '1');
      const attemptId = await attemptIdOf(page);
      const run = await takeQuiz(page, 'practice', strategy, check);
      // Every kind the quiz file holds was met and answered in the browser, in the order the attempt planned.
      for (const kind of kindsInQuizFile(id)) expect(run.answered.map((a) => a.kind)).toContain(kind);
      const data = await savedWhen(page, (d) => !!d.state.attempts[attemptId]?.finishedAt);
      expect(run.questionIds).toEqual(data.state.attempts[attemptId]!.questionIds);

      const result = await expectConsistentResult(page, id);
      if (strategy === 'correct') {
        expect(result.passed).toBe(true);
        expect(result.percent).toBeGreaterThanOrEqual(90);
      } else {
        expect(result.passed).toBe(false);
        await expect(page.getByText(/^Not passed yet/)).toBeVisible();
      }
      await expect(page.getByRole('heading', { name: 'By skill' })).toBeVisible();
      await page.getByRole('button', { name: 'Review answers' }).press('Enter');
      await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
      await expect(page.locator('.review__item')).toHaveCount(run.questionIds.length);
      await expect(page.getByRole('link', { name: 'Back to the lesson' })).toHaveAttribute('href', `/lessons/${id}`);
    });
  }

  for (const strategy of ['first', 'correct'] as const) {
    const expectation = strategy === 'correct' ? 'answering by the key passes' : 'always the first choice does not pass';
    test(`the final assessment runs in exam mode, one question per objective: ${expectation}`, async ({ page }) => {
      test.slow();
      await page.goto('/quizzes/final-assessment');
      await expect(page.getByText('Exam mode: feedback at the end')).toBeVisible();
      await page.getByRole('button', { name: 'Start quiz' }).press('Enter');
      const run = await takeQuiz(page, 'exam', strategy);
      const pools = quizFiles['final-assessment']!.pools!;
      expect(run.questionIds).toHaveLength(pools.length);
      // One question from each objective's pool, none of them from a lesson quiz.
      for (const pool of pools) expect(run.questionIds.filter((qid) => pool.questions.some((q) => q.id === qid)), JSON.stringify(pool.questions.map((q) => q.id))).toHaveLength(1);
      const result = await expectConsistentResult(page, 'final-assessment');
      expect(result.passed).toBe(strategy === 'correct');
      await expect(page.getByText(strategy === 'correct' ? /^Passed: the pass mark is 80%/ : /^Not passed yet: the pass mark is 80%/)).toBeVisible();
    });
  }
});

test('reload mid-quiz resumes at the same question with the same answers and order', async ({ page }) => {
  await page.goto('/quizzes/star-method');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await answerCurrentQuestion(page, 'first');
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Question 2 of/);
  await answerCurrentQuestion(page, 'correct');
  const questionText = () => page.locator('.question legend, .question label, .question li, .question button').allInnerTexts();
  const checked = () => page.locator('.question input:checked').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const before = { text: await questionText(), checked: await checked(), id: await page.locator('.question').getAttribute('data-question-id') };
  const attemptId = await attemptIdOf(page);
  // The answer reaches storage (writes are batched), then the page is reloaded.
  await savedWhen(page, (d) => Object.keys(d.state.attempts[attemptId]?.responses ?? {}).length === 2);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Question 2 of/);
  await expect(page.locator('.question')).toHaveAttribute('data-question-id', before.id!);
  expect(await questionText()).toEqual(before.text);
  expect(await checked()).toEqual(before.checked);

  // Leaving and coming back offers "Resume quiz".
  await page.getByRole('link', { name: 'Save and leave' }).click();
  await page.getByRole('button', { name: 'Resume quiz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Question 2 of/);
  await expect(page.locator('.question')).toHaveAttribute('data-question-id', before.id!);
});

/** Keeps only the first question of each listed kind in the open attempt (a shorter attempt, same plan otherwise). */
async function keepKinds(page: Page, kinds: readonly string[]) {
  return editAttemptAndReload(page, (attempt) => {
    attempt.questionIds = kinds.map((kind) => attempt.questionIds.find((id) => contentQuestion(id).kind === kind)!).filter(Boolean);
    attempt.current = 0;
  });
}

test('practice missed questions builds a round from the latest attempt without replacing its score', async ({ page }) => {
  await page.goto('/quizzes/service-breakdowns');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  // Two single-choice questions: one answered with a harmful option, one with the best.
  const { edited } = await editAttemptAndReload(page, (a) => {
    a.questionIds = a.questionIds.filter((id) => contentQuestion(id).kind === 'single').slice(0, 2);
  });
  const [missedId, rightId] = edited.questionIds as [string, string];
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 1 of 2');
  const harmful = contentQuestion(missedId).options!.find((o) => (o.credit ?? 0) === 0)!;
  await page.locator(`.question input[value="${harmful.id}"]`).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('.feedback-region')).toContainText('No credit.');
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.locator('.question')).toHaveAttribute('data-question-id', rightId);
  await answerCurrentQuestion(page, 'correct');
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'See results' }).click();
  await expect(page.locator('.result-card__score')).toHaveText('50%');
  await expect(page.getByText('1 of 2 questions earned full credit.')).toBeVisible();

  await page.getByRole('button', { name: 'Practice missed questions' }).click();
  await expect(page.getByText(/Practice round/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 1 of 1');
  await expect(page.locator('.question')).toHaveAttribute('data-question-id', missedId);
  await takeQuiz(page, 'practice', 'correct');
  await expect(page.getByText('Practice round results')).toBeVisible();
  await page.goto('/quizzes/service-breakdowns');
  await expect(page.getByRole('link', { name: /^Attempt \d/ })).toHaveCount(1);
  await expect(page.getByRole('link', { name: /^Attempt 1/ })).toContainText('50%');
});

// One axe scan per quiz page type (intro, question, verdict, results with the review of every kind), per scheme.
for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the quiz intro, question, verdict and results pages (${scheme})`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/quizzes/recovery-phrasing');
    await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
    expect(await axeViolations(page), 'intro').toEqual([]);
    await page.getByRole('button', { name: 'Start quiz' }).click();
    await keepKinds(page, ['conversation', 'order', 'single', 'multiple', 'categorize', 'rewrite']);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Question 1 of [4-6]$/);
    expect(await axeViolations(page), 'question').toEqual([]);
    await answerCurrentQuestion(page, 'first');
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.locator('.feedback-region')).toContainText(/credit/i);
    expect(await axeViolations(page), 'verdict').toEqual([]);
    await page.getByRole('button', { name: /Next question|See results/ }).click();
    if (!page.url().includes('/attempts/')) await takeQuiz(page, 'practice', 'first');
    await page.getByRole('button', { name: 'Review answers' }).click();
    await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
    expect(await axeViolations(page), 'results and review').toEqual([]);
  });
}
