import { test, expect } from '@playwright/test';
import { axeViolations, lessonIds } from './helpers.ts';
import { answerCurrentQuestion, finishQuiz } from './quiz-driver.ts';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';

const kindsInQuizFile = (id: string) =>
  new Set((YAML.parse(readFileSync(`content/${id}/quiz.yaml`, 'utf8')) as { questions: { kind: string }[] }).questions.map((q) => q.kind));

const lessonQuizzes = lessonIds;

test.describe('every quiz can be taken to the end by keyboard', () => {
  for (const id of lessonQuizzes) {
    test(`practice quiz: ${id}`, async ({ page }) => {
      await page.goto(`/quizzes/${id}`);
      await page.getByRole('button', { name: 'Start quiz' }).press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Question 1 of \d+/);
      await expect(page.getByRole('progressbar', { name: 'Quiz progress' })).toHaveAttribute('aria-valuenow', '1');
      // Every kind in the quiz file was met and answered in the browser.
      const kinds = await finishQuiz(page, 'practice');
      expect(new Set(kinds)).toEqual(kindsInQuizFile(id));
      await expect(page.getByRole('heading', { name: /^\d+%$/ })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'By skill' })).toBeVisible();
      await page.getByRole('button', { name: 'Review answers' }).press('Enter');
      await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Back to the lesson' })).toHaveAttribute('href', `/lessons/${id}`);
    });
  }

  test('the final assessment runs in exam mode: feedback only at the end', async ({ page }) => {
    await page.goto('/quizzes/final-assessment');
    await expect(page.getByText('Exam mode: feedback at the end')).toBeVisible();
    await page.getByRole('button', { name: 'Start quiz' }).press('Enter');
    const kinds = await finishQuiz(page, 'exam');
    expect(kinds.length).toBeGreaterThanOrEqual(15);
    expect(kinds.length).toBeLessThanOrEqual(20);
    await expect(page.getByText(/pass mark is 80%/)).toBeVisible();
  });
});

test('reload mid-quiz resumes at the same question with the same answers and order', async ({ page }) => {
  await page.goto('/quizzes/star-method');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await answerCurrentQuestion(page);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Question 2 of/);
  await answerCurrentQuestion(page, 'last');
  const questionText = () => page.locator('.question legend, .question label, .question li').allInnerTexts();
  const before = await questionText();
  const checkedBefore = await page.locator('.question input:checked').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Question 2 of/);
  expect(await questionText()).toEqual(before);
  expect(await page.locator('.question input:checked').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(
    checkedBefore,
  );

  // Leaving and coming back offers "Resume quiz".
  await page.getByRole('link', { name: 'Save and leave' }).click();
  await page.getByRole('button', { name: 'Resume quiz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Question 2 of/);
});

test('a retake is reshuffled, and history keeps every attempt', async ({ page }) => {
  await page.goto('/quizzes/nonverbal-cues');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await finishQuiz(page, 'practice');
  const firstUrl = page.url();
  await page.getByRole('button', { name: 'Retake quiz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Question 1 of/);
  await finishQuiz(page, 'practice');
  expect(page.url()).not.toBe(firstUrl);
  await expect(page.getByRole('heading', { name: 'Your attempts' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Attempt \d/ })).toHaveCount(2);
  await expect(page.getByRole('img', { name: /Scores over time/ })).toBeVisible();
});

test('practice missed questions builds a round from the latest attempt without replacing its score', async ({ page }) => {
  await page.goto('/quizzes/service-breakdowns');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await finishQuiz(page, 'practice');
  const score = await page.locator('.result-card__score').textContent();
  await page.getByRole('button', { name: 'Practice missed questions' }).click();
  await expect(page.getByText(/Practice round/)).toBeVisible();
  await finishQuiz(page, 'practice');
  await expect(page.getByText('Practice round results')).toBeVisible();
  await page.goto('/quizzes/service-breakdowns');
  await expect(page.getByRole('link', { name: /^Attempt \d/ })).toHaveCount(1);
  await expect(page.getByRole('link', { name: /^Attempt 1/ })).toContainText(score!);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the quiz, feedback and results pages (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/quizzes/recovery-phrasing');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start quiz' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await answerCurrentQuestion(page);
    await page.getByRole('button', { name: 'Check answer' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Save and leave' }).click();
    await page.getByRole('button', { name: 'Start over' }).click();
    await finishQuiz(page, 'practice');
    await page.getByRole('button', { name: 'Review answers' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
}
