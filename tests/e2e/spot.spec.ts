import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { test, expect, type Locator, type Page } from './fixtures.ts';
import { axeViolations, editAttemptAndReload, savedWhen, attemptIdOf, expectReadable as expectSlideReadable } from './helpers.ts';
import { joinPhone, startServer, startSession, stopServer, type LiveServer } from './live-server.ts';

/**
 * The `spot` question kind ("mark the phrase or phrases that cause the breakdown") in the browser: the quiz by
 * keyboard on a 320 px phone and its scoring, the projected workshop quiz, phones in a live room, and a reload.
 * What is right is read from content/<lesson>/quiz.yaml, never written here.
 */

// ── The content, read from the quiz files ──────────────────────────────────────────────────────────────

interface Phrase {
  id: string;
  text: string;
  harmful: boolean;
  feedback: string;
}
interface SpotItem {
  id: string;
  kind: 'spot';
  prompt: string;
  discussion?: string;
  phrases: Phrase[];
}

/** A lesson quiz's spot question, with its place in the workshop quiz (the lesson's own questions in file order). */
function spotOf(lesson: string) {
  const questions = (YAML.parse(readFileSync(`content/${lesson}/quiz.yaml`, 'utf8')) as { questions: { id: string; kind: string }[] }).questions;
  const at = questions.findIndex((q) => q.kind === 'spot');
  if (at < 0) throw new Error(`content/${lesson}/quiz.yaml has no spot question`);
  const question = questions[at] as unknown as SpotItem;
  const harmful = question.phrases.filter((p) => p.harmful);
  const innocent = question.phrases.filter((p) => !p.harmful);
  return { question, position: at + 1, count: questions.length, harmful, innocent };
}

/** The lesson with two phrases that cause the breakdown (the plural case); another lesson for the reload test. */
const LESSON = 'service-breakdowns';
const SPOT = spotOf(LESSON);
const OTHER_LESSON = 'star-method';
const OTHER = spotOf(OTHER_LESSON);

const letter = (i: number) => String.fromCharCode(65 + i);
const letterOf = (phrase: Phrase) => letter(SPOT.question.phrases.indexOf(phrase));

/** The scoring rule as src/engine/kinds/spot.ts states it: (found − wrongly marked) / harmful, floored at 0; whole percent rounded down. */
function expectedLine(question: SpotItem, marked: readonly string[]): string {
  const harmful = question.phrases.filter((p) => p.harmful).length;
  const found = marked.filter((id) => question.phrases.find((p) => p.id === id)!.harmful).length;
  const wrong = marked.length - found;
  const percent = Math.floor((Math.max(0, found - wrong) / harmful) * 100 + 1e-9);
  return percent === 100 ? 'Full credit.' : percent === 0 ? 'No credit.' : `Partial credit: ${percent}%.`;
}

/** The phone's verdict (src/components/kinds/spot/phone.tsx): the quiz's own credit, full, some or none. */
function expectedVerdict(question: SpotItem, marked: readonly string[]): string {
  const line = expectedLine(question, marked);
  if (line === 'Full credit.') return 'You were right.';
  if (line === 'No credit.') return 'Not this time.';
  return 'Partly right: there was a better answer.';
}

test('the content has what these tests need', () => {
  expect(SPOT.harmful.length, `${SPOT.question.id}: two or more harmful phrases`).toBeGreaterThanOrEqual(2);
  expect(SPOT.innocent.length).toBeGreaterThanOrEqual(SPOT.harmful.length);
  expect(OTHER.question.phrases.length).toBeGreaterThanOrEqual(3);
});

// ── The quiz ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * Starts a practice attempt of the lesson quiz and opens its spot question: the attempt (shuffled by its seed) is
 * left as planned, only its current position is moved to the spot question in storage, as quiz.spec.ts edits
 * attempts. Returns where the question sits in the attempt.
 */
async function openSpotQuestion(page: Page, lesson: string, questionId: string) {
  await page.goto(`/quizzes/${lesson}`);
  await page.getByRole('button', { name: 'Start quiz' }).press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^Question 1 of \d+$/);
  let at = -1;
  let total = 0;
  await editAttemptAndReload(page, (attempt) => {
    at = attempt.questionIds.indexOf(questionId);
    total = attempt.questionIds.length;
    attempt.current = Math.max(0, at);
  });
  expect(at, `${questionId} is in the attempt`).toBeGreaterThanOrEqual(0);
  await expect(heading).toHaveText(`Question ${at + 1} of ${total}`);
  const question = page.locator('.question');
  await expect(question).toHaveAttribute('data-question-id', questionId);
  await expect(question).toHaveAttribute('data-kind', 'spot');
  return { at, total };
}

/** The phrase buttons, in the reply's order. */
const phraseButtons = (page: Page) => page.locator('.question').getByRole('list').getByRole('button');
const phraseButton = (page: Page, phrase: Phrase) => page.locator('.question').getByRole('button', { name: phrase.text, exact: true });

/**
 * Moves focus to `target` by keyboard only: Tab when it comes after the focused element, Shift+Tab when before,
 * one press at a time; fails if focus never gets there.
 */
async function tabTo(page: Page, target: Locator) {
  for (let n = 0; n < 25; n++) {
    const where = await target.evaluate((el) => {
      const active = document.activeElement;
      if (el === active) return 'here';
      return active && active !== document.body && el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
    });
    if (where === 'here') return;
    await page.keyboard.press(where === 'after' ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, 'the keyboard reaches it').toBeFocused();
}

async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Axe on the page as it is, in the light and the dark scheme (the marked phrase has its own colors). */
async function expectNoAxeViolations(page: Page, where: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `${where} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}

test.describe('quiz', () => {
  test('at 320 px, by keyboard only: mark the harmful phrases, unmark, check; full credit, tags, locked, axe clean', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 320, height: 640 });
    await openSpotQuestion(page, LESSON, SPOT.question.id);
    const { question, harmful, innocent } = SPOT;

    // The reply's phrases, in order, inside a fieldset whose legend is the prompt.
    const fieldset = page.getByRole('group', { name: question.prompt });
    await expect(fieldset).toBeVisible();
    await expect(fieldset.getByRole('list').getByRole('listitem')).toHaveCount(question.phrases.length);
    await expect(fieldset.getByRole('list').getByRole('button')).toHaveText(question.phrases.map((p) => p.text));
    await expect(phraseButtons(page).and(page.locator('[aria-pressed="false"]'))).toHaveCount(question.phrases.length);
    expect(await sidewaysOverflow(page), 'the question scrolls sideways at 320 px').toBeLessThanOrEqual(0);
    for (const [i, button] of (await phraseButtons(page).all()).entries()) {
      const box = (await button.boundingBox())!;
      expect(box.width, `phrase ${letter(i)} is ${box.width} px wide`).toBeGreaterThanOrEqual(24);
      expect(box.height, `phrase ${letter(i)} is ${box.height} px tall`).toBeGreaterThanOrEqual(24);
      expect(box.x + box.width, `phrase ${letter(i)} ends past the screen's edge`).toBeLessThanOrEqual(320);
    }

    // The question takes focus at its prompt; from there only the keyboard.
    await expect(page.locator(`#question-${question.id}`)).toBeFocused();
    const status = page.locator('.question').getByRole('status');
    const total = question.phrases.length;

    // An innocent phrase: Space marks it, Enter unmarks it.
    const innocentButton = phraseButton(page, innocent[0]!);
    await tabTo(page, innocentButton);
    await page.keyboard.press('Space');
    await expect(innocentButton).toHaveAttribute('aria-pressed', 'true');
    await expect(status).toHaveText(`1 of ${total} phrases marked.`);
    await page.keyboard.press('Enter');
    await expect(innocentButton).toHaveAttribute('aria-pressed', 'false');
    await expect(status).toHaveText(`0 of ${total} phrases marked.`);

    // Each harmful phrase: marked, unmarked again, marked for good (Space and Enter both toggle).
    for (const [n, phrase] of harmful.entries()) {
      const button = phraseButton(page, phrase);
      await tabTo(page, button);
      await page.keyboard.press('Space');
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await page.keyboard.press('Space');
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(status).toHaveText(`${n + 1} of ${total} phrases marked.`);
    }
    // Exactly the harmful ones are pressed.
    await expect(phraseButtons(page).and(page.locator('[aria-pressed="true"]'))).toHaveText(harmful.map((p) => p.text));
    expect(await sidewaysOverflow(page), 'marked, the question scrolls sideways').toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'question, phrases marked');

    // "Check answer", by keyboard too.
    const checkButton = page.getByRole('button', { name: 'Check answer' });
    await tabTo(page, checkButton);
    await page.keyboard.press('Enter');
    const feedback = page.locator('.feedback-region');
    await expect(feedback).toContainText('Full credit.');
    await expect(feedback.getByText('Causes the breakdown', { exact: true })).toHaveCount(harmful.length);
    await expect(feedback.getByText('Fine', { exact: true })).toHaveCount(innocent.length);
    // Every phrase's verdict and "You marked" on exactly the marked ones, with each phrase's explanation.
    const items = feedback.locator('.feedback__item');
    await expect(items).toHaveCount(total);
    for (const [i, phrase] of question.phrases.entries()) {
      await expect(items.nth(i).locator('.tag').first()).toHaveText(phrase.harmful ? 'Causes the breakdown' : 'Fine');
      await expect(items.nth(i).getByText('You marked', { exact: true })).toHaveCount(phrase.harmful ? 1 : 0);
      await expect(items.nth(i)).toContainText(phrase.text);
      await expect(items.nth(i).locator('.feedback__why')).toHaveText(phrase.feedback);
    }
    // The answer is locked: no phrase can be pressed any more, and "Next question" replaces "Check answer".
    for (const button of await phraseButtons(page).all()) await expect(button).toBeDisabled();
    await expect(checkButton).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^(Next question|See results)$/ })).toBeVisible();
    expect(await sidewaysOverflow(page), 'the feedback scrolls sideways at 320 px').toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'feedback');
  });

  test('an innocent phrase marked costs credit, as the scoring rule says', async ({ page }) => {
    test.slow();
    const { question, harmful, innocent } = SPOT;
    const ids = (phrases: Phrase[]) => phrases.map((p) => p.id);
    const cases: { what: string; marked: string[] }[] = [
      { what: 'every harmful phrase and one innocent one', marked: [...ids(harmful), innocent[0]!.id] },
      { what: 'one harmful phrase and one innocent one', marked: [harmful[0]!.id, innocent[0]!.id] },
      { what: 'one harmful phrase alone', marked: [harmful[0]!.id] },
      { what: 'every phrase', marked: ids(question.phrases) },
    ];
    // The expectations come from the rule, computed here; they must not all say the same thing.
    const lines = cases.map((c) => expectedLine(question, c.marked));
    expect(lines).toContain('No credit.');
    expect(lines.some((line) => line.startsWith('Partial credit'))).toBe(true);

    await openSpotQuestion(page, LESSON, question.id);
    const attemptId = await attemptIdOf(page);
    for (const [n, { what, marked }] of cases.entries()) {
      if (n > 0) {
        // The same question asked afresh: its answer and check taken out of the saved attempt.
        await editAttemptAndReload(page, (attempt) => {
          attempt.checked = (attempt.checked as string[]).filter((id) => id !== question.id);
          delete attempt.responses[question.id];
        });
        await expect(page.locator('.question')).toHaveAttribute('data-question-id', question.id);
        await expect(phraseButtons(page).and(page.locator('[aria-pressed="true"]'))).toHaveCount(0);
      }
      for (const id of marked) {
        const button = phraseButton(page, question.phrases.find((p) => p.id === id)!);
        await button.press('Space');
        await expect(button).toHaveAttribute('aria-pressed', 'true');
      }
      await page.getByRole('button', { name: 'Check answer' }).press('Enter');
      const feedback = page.locator('.feedback-region');
      await expect(feedback.locator('.feedback__score'), what).toHaveText(expectedLine(question, marked));
      await expect(feedback.getByText('You marked', { exact: true }), what).toHaveCount(marked.length);
      // The saved score agrees with what the page said.
      await savedWhen(page, (d) => (d.state.attempts[attemptId]?.checked as string[] | undefined)?.includes(question.id) ?? false, `${what}: checked and saved`);
    }
  });

  test('a marked phrase is still marked after a reload', async ({ page }) => {
    const { question, harmful, innocent } = OTHER;
    const { at, total } = await openSpotQuestion(page, OTHER_LESSON, question.id);
    const attemptId = await attemptIdOf(page);
    // One innocent and one harmful phrase, so the saved answer is not just "the key".
    const marked = [innocent.at(-1)!, harmful[0]!];
    for (const phrase of marked) {
      await phraseButton(page, phrase).press('Enter');
      await expect(phraseButton(page, phrase)).toHaveAttribute('aria-pressed', 'true');
    }
    // Writes are batched: wait until the answer is in storage, then reload.
    await savedWhen(
      page,
      (d) => JSON.stringify([...((d.state.attempts[attemptId]?.responses[question.id]?.marked as string[] | undefined) ?? [])].sort()) === JSON.stringify(marked.map((p) => p.id).sort()),
      'the marked phrases saved',
    );
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${at + 1} of ${total}`);
    await expect(page.locator('.question')).toHaveAttribute('data-question-id', question.id);
    for (const phrase of question.phrases) {
      await expect(phraseButton(page, phrase), phrase.text).toHaveAttribute('aria-pressed', String(marked.includes(phrase)));
    }
    await expect(phraseButton(page, marked[0]!)).toBeEnabled();
    // …and the restored answer is the one checked.
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.locator('.feedback-region .feedback__score')).toHaveText(expectedLine(question, marked.map((p) => p.id)));
  });
});

// ── The projected workshop quiz ───────────────────────────────────────────────────────────────────────

const counter = (page: Page) => page.locator('.deck-bar__count');

/** Overflow of the page and of the slide's own frame (as present.spec.ts measures it). */
function overflow(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector<HTMLElement>('[data-slide-frame]');
    return {
      pageY: Math.max(0, document.documentElement.scrollHeight - innerHeight),
      pageX: Math.max(0, document.documentElement.scrollWidth - innerWidth),
      slideY: Math.max(0, frame ? frame.scrollHeight - frame.clientHeight - 1 : 0),
      slideX: Math.max(0, frame ? frame.scrollWidth - frame.clientWidth - 1 : 0),
    };
  });
}
const FITS = { pageY: 0, pageX: 0, slideY: 0, slideX: 0 };

/** present.spec.ts's readability check (90 % or more, no text under 24 px), and nothing cut off the page. */
async function expectReadable(page: Page, where: string) {
  await expect(page.locator('[data-slide-frame][data-fit]')).toHaveCount(1);
  await expectSlideReadable(page, where);
  expect(await overflow(page), `${where}: overflows`).toEqual(FITS);
}

/** Keeps the fading control bar shown for a scan (present.spec.ts's holdDeckBar). */
async function holdDeckBar(page: Page) {
  const bar = page.locator('.deck-bar').first();
  await bar.locator('button:not(:disabled)').first().focus();
  await expect.poll(() => bar.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
}

test.describe('projector', () => {
  test.use({ reducedMotion: 'reduce' });

  test('lettered phrases, then R: "Causes it" on the harmful letters and the first one explained; fits; axe clean', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1280, height: 720 });
    const { question, position, count, harmful } = SPOT;
    await page.goto(`/present/${LESSON}/quiz/${position}`);
    await expect(counter(page)).toHaveText(`${position} / ${count}`);
    await expect(page.locator('.workshop__prompt')).toHaveText(question.prompt);

    // Before the reveal: every phrase, lettered in the reply's order; no verdict anywhere.
    const options = page.locator('.workshop__option');
    await expect(options).toHaveCount(question.phrases.length);
    for (const [i, phrase] of question.phrases.entries()) {
      await expect(options.nth(i).locator('.workshop__letter')).toHaveText(letter(i));
      await expect(options.nth(i)).toHaveText(`${letter(i)}Phrase ${letter(i)}: ${phrase.text}`);
    }
    await expect(page.getByRole('button', { name: /^Option [A-Z]: / })).toHaveCount(0);
    await expect(page.getByText('Causes it')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Answer' })).toHaveCount(0);
    await expectReadable(page, 'before the reveal');
    await holdDeckBar(page);
    expect(await axeViolations(page), 'before the reveal').toEqual([]);

    // R reveals.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('r');
    await expect(page.getByRole('heading', { name: 'Answer' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Reveal answer' })).toHaveCount(0);
    for (const [i, phrase] of question.phrases.entries()) {
      await expect(page.getByRole('button', { name: `Phrase ${letter(i)}: ${phrase.harmful ? 'Causes it' : 'Fine'}`, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: /^Phrase [A-Z]: Causes it$/ })).toHaveCount(harmful.length);

    // The panel explains the first harmful phrase first; R steps to the next harmful one.
    const panel = page.locator('.workshop__explain');
    for (const [n, phrase] of harmful.entries()) {
      if (n > 0) await page.keyboard.press('r');
      await expect(panel.locator('.workshop__explain-title')).toHaveText(`${letterOf(phrase)}: Causes the breakdown`);
      await expect(panel.locator('.workshop__explain-quote')).toHaveText(phrase.text);
      await expect(panel.locator('.workshop__explain-body')).toHaveText(phrase.feedback);
      await expect(page.getByRole('button', { name: `Phrase ${letterOf(phrase)}: Causes it`, exact: true })).toHaveAttribute('aria-pressed', 'true');
      await expectReadable(page, `revealed, point ${n + 1}`);
    }
    // Every other point (each innocent phrase, the discussion) fits too.
    const points = question.phrases.length + (question.discussion ? 1 : 0);
    await expect(page.getByText(`Point ${harmful.length} of ${points}`, { exact: true })).toBeVisible();
    for (let point = harmful.length + 1; point <= points; point++) {
      await page.keyboard.press('r');
      await expect(page.getByText(`Point ${point} of ${points}`, { exact: true })).toBeVisible();
      await expectReadable(page, `revealed, point ${point}`);
    }
    // Back to the first point for the scan (the room's usual view after the reveal).
    await page.keyboard.press('r');
    await expect(panel.locator('.workshop__explain-title')).toHaveText(`${letterOf(harmful[0]!)}: Causes the breakdown`);
    await holdDeckBar(page);
    expect(await axeViolations(page), 'after the reveal').toEqual([]);
  });
});

// ── A live room: the relay on 127.0.0.1, started here (as live.spec.ts does) ─────────────────────────────

/** Several pages load the app at once on a shared machine: waits stay condition-based, with a longer ceiling. */
const live = expect.configure({ timeout: 30_000 });

test.describe('live room', () => {
  let dataDir: string;
  let server: LiveServer | undefined;

  test.beforeEach(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'frontline-spot-e2e-'));
    server = await startServer(dataDir);
  });

  test.afterEach(async () => {
    if (server) await stopServer(server);
    server = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('three phones mark phrases; the projector counts each phrase; after the reveal the exact marker is right', async ({ browser }) => {
    test.slow();
    const { question, position, count, harmful, innocent } = SPOT;
    const base = server!.base;

    const { trainer, presenter, screen, code } = await startSession(browser, base, LESSON);

    // What each phone marks: exactly the harmful phrases; one harmful and one innocent; one innocent only.
    const marks: Phrase[][] = [harmful, [harmful[0]!, innocent[0]!], [innocent[1]!]];
    const phones = await Promise.all(marks.map(() => joinPhone(browser, base, code)));
    await live(screen.getByTestId('joined-count')).toHaveText(String(phones.length));

    await presenter.getByLabel('Question', { exact: true }).selectOption(String(position));
    await presenter.getByRole('button', { name: 'Open question' }).click();
    await live(screen).toHaveURL(new RegExp(`/present/${LESSON}/quiz/${position}$`));

    for (const [i, phone] of phones.entries()) {
      await live(phone.getByRole('heading', { name: `Question ${position} of ${count}` })).toBeVisible();
      await live(phone.getByRole('group', { name: question.prompt })).toBeVisible();
      // Checkboxes lettered as on the projector, in the reply's order.
      const boxes = phone.getByRole('checkbox');
      await live(boxes).toHaveCount(question.phrases.length);
      await live(phone.locator('.live-choice')).toHaveText(question.phrases.map((p, n) => `${letter(n)}. ${p.text}`));
      for (const phrase of marks[i]!) await phone.getByRole('checkbox', { name: `${letterOf(phrase)}. ${phrase.text}`, exact: true }).check();
      await live(phone.locator('input:checked')).toHaveCount(marks[i]!.length);
      await phone.getByRole('button', { name: 'Send answer' }).click();
      await live(phone.getByText('Answer received')).toBeVisible();
    }

    // The projector's tally: one row per phrase, lettered, counting how many phones marked it.
    await live(screen.getByTestId('answered-count')).toHaveText(String(phones.length));
    const rows = screen.locator('.live-chart__row');
    await live(rows).toHaveCount(question.phrases.length);
    for (const [i, phrase] of question.phrases.entries()) {
      const sent = marks.filter((m) => m.includes(phrase)).length;
      const percent = Math.round((sent / phones.length) * 100);
      await live(rows.nth(i).locator('.live-chart__label strong')).toHaveText(letter(i));
      await live(rows.nth(i).locator(`.live-chart__count[data-key="${phrase.id}"]`), `${letter(i)} (${phrase.id})`).toHaveText(
        `${sent} ${sent === 1 ? 'answer' : 'answers'}, ${percent} %`,
      );
    }
    await live(screen.locator('.live-chart__best')).toHaveCount(0);

    await presenter.getByRole('button', { name: 'Reveal answer' }).click();
    await live(screen.getByRole('heading', { name: 'Answer' })).toBeVisible();
    await live(screen.getByRole('button', { name: /^Phrase [A-Z]: Causes it$/ })).toHaveCount(harmful.length);
    // The harmful phrases' rows are the keyed ones.
    await live(screen.locator('.live-chart__row--best .live-chart__count')).toHaveCount(harmful.length);
    expect(await screen.locator('.live-chart__row--best .live-chart__count').evaluateAll((els) => els.map((el) => el.getAttribute('data-key')))).toEqual(harmful.map((p) => p.id));

    for (const [i, phone] of phones.entries()) {
      const expected = expectedVerdict(question, marks[i]!.map((p) => p.id));
      await live(phone.locator('.live-verdict__line'), `phone ${i + 1}`).toHaveText(expected);
      await live(phone.getByText(`The keyed answers: ${harmful.map((p) => `${letterOf(p)}. ${p.text}`).join(' · ')}`)).toBeVisible();
    }
    // The phone that marked exactly the harmful phrases is the one told it was right.
    await live(phones[0]!.locator('.live-verdict__line')).toHaveText('You were right.');

    await Promise.all([trainer.close(), ...phones.map((phone) => phone.context().close())]);
  });
});
