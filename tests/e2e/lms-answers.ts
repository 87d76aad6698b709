// The LMS specs' own learner: answers the quiz on screen with the keyed answers from content/*/quiz.yaml (the
// question on screen is named by `data-question-id` on `.question`). What these specs test is what reaches the
// LMS, not how the quiz is operated (quiz-driver.ts and the quiz specs do that, by keyboard), so controls get
// click events directly, without Playwright's per-action visibility and stability checks, and each question
// costs one wait (for the next question): a 20-question final assessment stays quick on a busy machine.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';

interface Option { id: string; credit?: number; correct?: boolean }
interface Item { id: string; text: string; category?: string }
interface Reply { id: string; points: number; next: string }
interface KeyedQuestion {
  id: string;
  kind: 'single' | 'multiple' | 'order' | 'categorize' | 'conversation' | 'rewrite' | 'spot';
  options?: Option[];
  phrases?: { id: string; text: string; harmful: boolean }[];
  items?: Item[];
  categories?: { id: string; label: string }[];
  nodes?: { id: string; responses: Reply[] }[];
  modelAnswer?: string;
}
interface QuizFile { questions?: KeyedQuestion[]; pools?: { questions: KeyedQuestion[] }[] }

const keyed = new Map<string, KeyedQuestion>(
  readdirSync('content', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join('content', entry.name, 'quiz.yaml')))
    .flatMap((entry) => {
      const file = parse(readFileSync(path.join('content', entry.name, 'quiz.yaml'), 'utf8')) as QuizFile;
      return [...(file.questions ?? []), ...(file.pools ?? []).flatMap((pool) => pool.questions)];
    })
    .map((question) => [question.id, question]),
);

/**
 * Answers the question on screen (in a page, or a frame of one) as its key says; returns its id and kind.
 * `after` names the question answered before: this one is waited for until a different question shows.
 */
export async function answerKeyed(page: Pick<Page, 'locator'>, after?: string): Promise<{ id: string; kind: KeyedQuestion['kind'] }> {
  const question = page.locator('.question');
  const next = after === undefined ? question : page.locator(`.question:not([data-question-id="${after}"])`);
  const id = (await next.getAttribute('data-question-id'))!;
  const key = keyed.get(id);
  if (!key) throw new Error(`question ${id} is not in any content/*/quiz.yaml`);
  switch (key.kind) {
    case 'single': {
      const best = key.options!.reduce((top, option) => ((option.credit ?? 0) > (top.credit ?? 0) ? option : top));
      const radio = question.locator(`input[type=radio][value="${best.id}"]`);
      await radio.dispatchEvent('click');
      await expect(radio).toBeChecked();
      break;
    }
    case 'multiple':
      for (const option of key.options!.filter((o) => o.correct)) await question.locator(`input[type=checkbox][value="${option.id}"]`).dispatchEvent('click');
      await expect(question.locator('input:checked')).toHaveCount(key.options!.filter((o) => o.correct).length);
      break;
    case 'order':
      await putInOrder(question, key);
      break;
    case 'categorize':
      for (const item of key.items!) {
        const label = key.categories!.find((c) => c.id === item.category)!.label;
        const chosen = question.getByRole('button', { name: item.text, exact: true });
        await chosen.dispatchEvent('click');
        await expect(chosen).toHaveAttribute('aria-pressed', 'true');
        await question.getByRole('button', { name: `Put in ${label}`, exact: true }).dispatchEvent('click');
        await expect(chosen).toHaveAttribute('aria-pressed', 'false');
      }
      break;
    case 'conversation': {
      const nodes = new Map(key.nodes!.map((node) => [node.id, node]));
      const reply = question.getByRole('button', { name: 'Reply', exact: true });
      while ((await reply.count()) > 0) {
        const name = (await question.getByRole('radio').first().getAttribute('name'))!;
        const node = nodes.get(name.slice(id.length + 1))!;
        const best = node.responses.reduce((top, r) => (r.points > top.points ? r : top));
        const choice = question.locator(`input[name="${name}"][value="${best.id}"]`);
        await choice.dispatchEvent('click');
        await expect(choice).toBeChecked();
        await reply.dispatchEvent('click');
        await expect(question.locator(`input[name="${name}"]`)).toHaveCount(0);
      }
      break;
    }
    case 'rewrite':
      await question.getByRole('textbox', { name: 'Your rewrite' }).fill(key.modelAnswer!);
      break;
    case 'spot':
      for (const phrase of key.phrases!.filter((p) => p.harmful)) {
        const button = question.getByRole('button', { name: phrase.text, exact: true });
        await button.dispatchEvent('click');
        await expect(button).toHaveAttribute('aria-pressed', 'true');
      }
      break;
  }
  return { id, kind: key.kind };
}

/** Moves each item up to its keyed place; always moves at least once, so the order counts as answered. */
async function putInOrder(question: Locator, key: KeyedQuestion) {
  const id = key.id;
  const shown = async () => (await question.locator('.order-item__text').evaluateAll((spans) => spans.map((s) => s.id))).map((d) => d.slice(id.length + 1));
  const target = key.items!.map((item) => item.id);
  if ((await shown()).join() === target.join()) {
    await question.locator(`button[aria-describedby="${id}-${target[0]}"]`, { hasText: 'Move down' }).dispatchEvent('click');
  }
  for (const [place, itemId] of target.entries()) {
    let order = await shown();
    while (order.indexOf(itemId) > place) {
      const from = order.indexOf(itemId);
      await question.locator(`button[aria-describedby="${id}-${itemId}"]`, { hasText: 'Move up' }).dispatchEvent('click');
      await expect.poll(async () => (await shown()).indexOf(itemId)).toBe(from - 1);
      order = await shown();
    }
  }
  await expect.poll(shown).toEqual(target);
}

/**
 * Takes the open quiz from its current question to the results page with the keyed answers. `beforeLast` runs
 * once the last question is answered, before "See results" (to go offline just before the attempt is finished).
 */
export async function finishKeyed(page: Page, options: { beforeLast?: () => Promise<void>; afterQuestion?: (n: number) => Promise<void> } = {}) {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^Question \d+ of \d+$/);
  const [, first, total] = (await heading.textContent())!.match(/Question (\d+) of (\d+)/)!.map(Number);
  const answered: string[] = [];
  for (let n = first!; ; n++) {
    // One wait per question: for the next question to replace the one answered (its heading then says n of total).
    answered.push((await answerKeyed(page, answered.at(-1))).id);
    if (n === total) {
      await expect(heading).toHaveText(`Question ${n} of ${total}`);
      await options.beforeLast?.();
      await page.getByRole('button', { name: 'See results' }).click();
      await expect(page).toHaveURL(/\/attempts\//);
      return answered;
    }
    await page.getByRole('button', { name: 'Next question' }).dispatchEvent('click');
    await options.afterQuestion?.(n);
  }
}

/**
 * Takes the open exam from its first question to the results page answering only the first `count` questions (with
 * the keyed answers, so each earns full credit) and leaving the rest unanswered: a learner who scores
 * `count / total`. Returns how many questions the attempt has.
 */
export async function finishPartly(page: Page, count: number): Promise<number> {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^Question 1 of \d+$/);
  const total = Number((await heading.textContent())!.match(/of (\d+)/)![1]);
  let previous: string | undefined;
  for (let n = 1; n <= total; n++) {
    if (n <= count) previous = (await answerKeyed(page, previous)).id;
    else await expect(heading).toHaveText(`Question ${n} of ${total}`);
    const next = page.getByRole('button', { name: n === total ? 'See results' : 'Next question' });
    await next.dispatchEvent('click');
  }
  // Unanswered questions: "See results" only warns; finishing is a second, deliberate press (its own button).
  await expect(page.getByText(/no answer yet/)).toBeVisible();
  const finishAnyway = page.getByRole('button', { name: `Finish with ${total - count} unanswered` });
  await (await finishAnyway.count() ? finishAnyway : page.getByRole('button', { name: 'See results' })).dispatchEvent('click');
  await expect(page).toHaveURL(/\/attempts\//);
  return total;
}
