import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import YAML from 'yaml';

/**
 * Drives the quiz in the browser as a learner would, with the keyboard on each control (Space, Enter), and
 * knows the answer key: question ids are read from the page (`data-question-id`) and looked up in the
 * content files, so a `correct` learner answers every question the way the content keys it, whatever order
 * the attempt shows it in. A `first` learner always takes the first choice on screen (the gaming strategy
 * reshuffling must defeat).
 */

// ── The answer key, read from content/*/quiz.yaml ───────────────────────────────────────────────────────

interface Option { id: string; text: string; credit?: number; correct?: boolean }
interface Item { id: string; text: string; category?: string }
interface Reply { id: string; text: string; points: number; next: string }
interface Node { id: string; customer: string; responses: Reply[] }
export interface ContentQuestion {
  id: string;
  kind: 'single' | 'multiple' | 'order' | 'categorize' | 'conversation' | 'rewrite' | 'spot';
  prompt: string;
  phrases?: { id: string; text: string; harmful: boolean }[];
  options?: Option[];
  items?: Item[];
  categories?: { id: string; label: string }[];
  start?: string;
  nodes?: Node[];
  endings?: { id: string; outcome: string; text: string }[];
  original?: string;
  modelAnswer?: string;
}
interface QuizFile {
  mode: 'practice' | 'exam';
  passMark: number;
  questions?: ContentQuestion[];
  pools?: { draw?: number; questions: ContentQuestion[] }[];
  review?: { from: string; draw: number }[];
}

export const quizFiles: Record<string, QuizFile> = Object.fromEntries(
  readdirSync('content', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join('content', entry.name, 'quiz.yaml')))
    .map((entry) => [entry.name, YAML.parse(readFileSync(path.join('content', entry.name, 'quiz.yaml'), 'utf8')) as QuizFile]),
);

/** Every question of every quiz file (lesson quizzes and the final assessment's pools), by id. */
export const questionsById = new Map<string, ContentQuestion>(
  Object.values(quizFiles).flatMap((file) => [...(file.questions ?? []), ...(file.pools ?? []).flatMap((pool) => pool.questions)].map((q) => [q.id, q])),
);

export function contentQuestion(id: string): ContentQuestion {
  const question = questionsById.get(id);
  if (!question) throw new Error(`question ${id} is not in any content/*/quiz.yaml`);
  return question;
}

/** The best reply at a conversation node: most points, first in file order on ties (as the engine's best path). */
export function bestReply(node: Node): Reply {
  return node.responses.reduce((top, reply) => (reply.points > top.points ? reply : top));
}

/** The best path through a conversation, node by node (customer line, best reply). */
export function bestPath(question: ContentQuestion): { node: Node; reply: Reply }[] {
  const nodes = new Map(question.nodes!.map((node) => [node.id, node]));
  const steps: { node: Node; reply: Reply }[] = [];
  for (let node = nodes.get(question.start!); node; node = nodes.get(steps.at(-1)!.reply.next)) {
    steps.push({ node, reply: bestReply(node) });
  }
  return steps;
}

// ── Answering ─────────────────────────────────────────────────────────────────────────────────────────

export type Strategy = 'correct' | 'first';

/** A reply good enough to pass any rewrite question's harm checks: what a "first choice" learner types. */
const GENERIC_REWRITE = 'I am sorry. Let me fix this for you right now, and I will call you back today by 5 pm.';

export interface Answered {
  id: string;
  kind: ContentQuestion['kind'];
  /** Conversation only: the reply ids as shown at each step, and the path taken. */
  replyOrders?: string[][];
  path?: string[];
}

/** Answers the question on screen; returns what it met (id, kind, and for a conversation what it saw). */
export async function answerCurrentQuestion(page: Page, strategy: Strategy = 'first'): Promise<Answered> {
  const question = page.locator('.question');
  const id = (await question.getAttribute('data-question-id'))!;
  const content = contentQuestion(id);
  expect(await question.getAttribute('data-kind'), id).toBe(content.kind);
  const correct = strategy === 'correct';
  switch (content.kind) {
    case 'single': {
      const best = content.options!.reduce((top, option) => ((option.credit ?? 0) > (top.credit ?? 0) ? option : top));
      const radio = correct ? question.locator(`input[type=radio][value="${best.id}"]`) : question.getByRole('radio').first();
      await radio.press('Space');
      await expect(radio).toBeChecked();
      return { id, kind: content.kind };
    }
    case 'multiple': {
      const boxes = correct
        ? content.options!.filter((option) => option.correct).map((option) => question.locator(`input[type=checkbox][value="${option.id}"]`))
        : [question.getByRole('checkbox').first()];
      for (const box of boxes) await box.press('Space');
      await expect(question.locator('input:checked')).toHaveCount(boxes.length);
      return { id, kind: content.kind };
    }
    case 'order':
      await (correct ? putInOrder(question, content) : moveFirstDown(question));
      return { id, kind: content.kind };
    case 'categorize':
      await categorize(page, question, content, correct);
      return { id, kind: content.kind };
    case 'conversation':
      return { id, kind: content.kind, ...(await converse(question, content, correct)) };
    case 'rewrite': {
      const box = question.getByRole('textbox', { name: 'Your rewrite' });
      await box.fill(correct ? content.modelAnswer! : GENERIC_REWRITE);
      return { id, kind: content.kind };
    }
    case 'spot': {
      // The harmful phrases (correct), or the first phrase of the reply (a guess).
      const texts = correct ? content.phrases!.filter((phrase) => phrase.harmful).map((phrase) => phrase.text) : [content.phrases![0]!.text];
      for (const text of texts) {
        const button = question.getByRole('button', { name: text, exact: true });
        await button.press('Space');
        await expect(button).toHaveAttribute('aria-pressed', 'true');
      }
      return { id, kind: content.kind };
    }
  }
}

async function moveFirstDown(question: Locator) {
  await question.getByRole('button', { name: 'Move down' }).first().press('Enter');
  await expect(question.getByRole('status')).toContainText('moved to position 2');
}

/** Moves each item up to its keyed place, top to bottom ("Move up" on the item, as many times as needed). */
async function putInOrder(question: Locator, content: ContentQuestion) {
  const items = content.items!;
  const ids = async () => (await question.locator('.order-item__text').evaluateAll((spans) => spans.map((s) => s.id)));
  let shown = (await ids()).map((domId) => domId.slice(content.id.length + 1));
  for (const [target, item] of items.entries()) {
    const from = shown.indexOf(item.id);
    const up = question.locator(`button[aria-describedby="${content.id}-${item.id}"]`, { hasText: 'Move up' });
    for (let step = from; step > target; step--) {
      await up.press('Enter');
      await expect(question.getByRole('status')).toContainText(`${item.text} moved to position ${step} of`);
    }
    shown = shown.filter((x) => x !== item.id);
    shown.splice(target, 0, item.id);
  }
  await expect(question.locator('.order-item__text')).toHaveText(items.map((item) => item.text));
}

/** Categorizing: one select per item, or the select-then-place sorter ("Put in …"). */
async function categorize(page: Page, question: Locator, content: ContentQuestion, correct: boolean) {
  const label = (categoryId: string) => content.categories!.find((c) => c.id === categoryId)!.label;
  if ((await question.locator('select').count()) > 0) {
    for (const item of content.items!) {
      const select = question.locator(`select[id="${content.id}-${item.id}"]`);
      if (correct) {
        await select.selectOption(item.category!);
      } else {
        await select.focus();
        await page.keyboard.press('ArrowDown');
      }
    }
    for (const select of await question.locator('select').all()) await expect(select).not.toHaveValue('');
    return;
  }
  const pool = question.locator('.sorter__pool .sorter__item');
  for (const item of content.items!) {
    const before = await pool.count();
    const chosen = correct ? question.getByRole('button', { name: item.text, exact: true }) : pool.first();
    await chosen.press('Enter');
    await expect(chosen).toHaveAttribute('aria-pressed', 'true');
    const put = correct
      ? question.getByRole('button', { name: `Put in ${label(item.category!)}`, exact: true })
      : question.getByRole('button', { name: /^Put in / }).first();
    await put.press('Enter');
    await expect(pool).toHaveCount(before - 1);
    // The sorter then moves focus to the next item to sort (on the next frame); wait for it, so the next key
    // press is not raced by that focus move.
    if (before > 1) await expect(question.locator('.sorter__pool .sorter__item:focus')).toHaveCount(1);
  }
}

/** Talks the conversation to its end, one reply per step; records the reply order shown at every step. */
async function converse(question: Locator, content: ContentQuestion, correct: boolean) {
  const nodes = new Map(content.nodes!.map((node) => [node.id, node]));
  const replyOrders: string[][] = [];
  const path: string[] = [];
  const reply = question.getByRole('button', { name: 'Reply', exact: true });
  // An unanswered conversation starts with a reply to choose.
  await expect(reply.or(question.locator('.conversation__ending'))).toBeVisible();
  while ((await reply.count()) > 0) {
    const radios = question.getByRole('radio');
    const name = (await radios.first().getAttribute('name'))!;
    const node = nodes.get(name.slice(content.id.length + 1))!;
    const shown = await radios.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    replyOrders.push(shown);
    const choice = correct ? bestReply(node).id : shown[0]!;
    const radio = question.locator(`input[name="${name}"][value="${choice}"]`);
    await radio.press('Space');
    await expect(radio).toBeChecked();
    await reply.press('Enter');
    path.push(choice);
    await expect(question.locator(`input[name="${name}"]`)).toHaveCount(0);
  }
  await expect(question.locator('.conversation__ending')).toBeVisible();
  return { replyOrders, path };
}

// ── Whole attempts ────────────────────────────────────────────────────────────────────────────────────

export interface QuizRun {
  answered: Answered[];
  /** Question ids in the order the attempt asked them. */
  questionIds: string[];
}

/**
 * Takes the open quiz (on its first unanswered question) to its results page. Practice mode checks every
 * answer and waits for the verdict; exam mode has no "Check answer".
 */
/**
 * Takes the open quiz to its results page by keyboard. `check` runs on every screen on the way (each question as
 * asked, as answered, with its feedback, and the results), e.g. to measure sideways overflow on a phone.
 */
export async function takeQuiz(page: Page, mode: 'practice' | 'exam', strategy: Strategy = 'first', check?: (where: string) => Promise<void>): Promise<QuizRun> {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^Question \d+ of \d+$/);
  const [, first, total] = (await heading.textContent())!.match(/Question (\d+) of (\d+)/)!.map(Number);
  const answered: Answered[] = [];
  for (let index = first!; ; index++) {
    await expect(heading).toHaveText(`Question ${index} of ${total}`);
    await check?.(`question ${index}, asked`);
    answered.push(await answerCurrentQuestion(page, strategy));
    await check?.(`question ${index} (${answered.at(-1)!.kind}), answered`);
    if (mode === 'practice') {
      await page.getByRole('button', { name: 'Check answer' }).press('Enter');
      await expect(page.locator('.feedback-region')).toContainText(/credit/i);
      await check?.(`question ${index} (${answered.at(-1)!.kind}), feedback`);
    } else {
      await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
    }
    if (index === total) {
      await page.getByRole('button', { name: 'See results' }).press('Enter');
      await expect(page).toHaveURL(/\/attempts\//);
      await check?.('results');
      return { answered, questionIds: answered.map((a) => a.id) };
    }
    await page.getByRole('button', { name: 'Next question' }).press('Enter');
  }
}

/** Takes the open quiz to its results page; returns the kinds met. */
export async function finishQuiz(page: Page, mode: 'practice' | 'exam', strategy: Strategy = 'first'): Promise<string[]> {
  return (await takeQuiz(page, mode, strategy)).answered.map((a) => a.kind);
}

/** The results card: the whole percent shown and whether it says passed. */
export async function readResult(page: Page): Promise<{ percent: number; passed: boolean; verdict: string }> {
  const score = page.locator('.result-card__score');
  await expect(score).toHaveText(/^\d+%$/);
  const verdict = (await page.locator('.result-card__verdict').textContent())!;
  return { percent: Number((await score.textContent())!.replace('%', '')), passed: verdict.startsWith('Passed'), verdict };
}

/**
 * In practice mode: answers the question on screen (first choice), checks it, sees its feedback and moves on,
 * `count` times; returns the ids answered.
 */
export async function checkAndMoveOn(page: Page, count: number): Promise<string[]> {
  const answered: string[] = [];
  for (let n = 1; n <= count; n++) {
    answered.push((await answerCurrentQuestion(page, 'first')).id);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.locator('.feedback-region')).toContainText(/credit/i);
    await page.getByRole('button', { name: 'Next question' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^Question ${n + 1} of`));
  }
  return answered;
}
