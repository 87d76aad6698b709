import { expect, type Page } from '@playwright/test';

/**
 * Answers whatever question is on screen using the keyboard on each control (Space, Enter, arrow keys),
 * as a keyboard-only learner would. Returns the question kind it answered.
 */
export async function answerCurrentQuestion(page: Page, choice: 'first' | 'last' = 'first'): Promise<string> {
  const question = page.locator('.question');
  const kind = (await question.getAttribute('data-kind'))!;
  const pick = <T extends { first(): T; last(): T }>(list: T) => (choice === 'first' ? list.first() : list.last());
  switch (kind) {
    case 'single':
      await pick(question.getByRole('radio')).press('Space');
      break;
    case 'multiple':
      await pick(question.getByRole('checkbox')).press('Space');
      break;
    case 'order':
      await question.getByRole('button', { name: 'Move down' }).first().press('Enter');
      await expect(question.getByRole('status')).toContainText('moved to position 2');
      break;
    case 'categorize': {
      const selects = question.getByRole('combobox');
      for (let i = 0; i < (await selects.count()); i++) {
        await selects.nth(i).focus();
        await page.keyboard.press('ArrowDown');
      }
      break;
    }
    case 'conversation':
      while ((await question.getByRole('button', { name: 'Reply' }).count()) > 0) {
        await pick(question.getByRole('radio')).press('Space');
        await question.getByRole('button', { name: 'Reply' }).press('Enter');
      }
      await expect(question.locator('.conversation__ending')).toBeVisible();
      break;
    case 'rewrite':
      await question.getByRole('textbox', { name: 'Your rewrite' }).press('Tab');
      await question.getByRole('textbox', { name: 'Your rewrite' }).fill('I am sorry. Let me fix this for you right now, and I will call you back today.');
      break;
    default:
      throw new Error(`unknown question kind ${kind}`);
  }
  return kind;
}

/** Takes the open quiz to its results page; returns the kinds met. */
export async function finishQuiz(page: Page, mode: 'practice' | 'exam'): Promise<string[]> {
  const kinds: string[] = [];
  for (;;) {
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    kinds.push(await answerCurrentQuestion(page));
    if (mode === 'practice') {
      await page.getByRole('button', { name: 'Check answer' }).press('Enter');
      await expect(page.locator('.feedback-region')).toContainText(/credit/i);
    } else {
      await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
    }
    const results = page.getByRole('button', { name: 'See results' });
    if (await results.count()) {
      await results.press('Enter');
      await expect(page).toHaveURL(/\/attempts\//);
      return kinds;
    }
    await page.getByRole('button', { name: 'Next question' }).press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(heading!);
  }
}
