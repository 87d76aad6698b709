import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect as baseExpect, type Browser, type Page } from './fixtures.ts';
import YAML from 'yaml';
import { axeViolations, expectReadable, pdfPages } from './helpers.ts';
import { joinPhone, startServer, startSession as startLiveSession, stopServer, type LiveServer } from './live-server.ts';
import { parseCsv } from '../fixtures/csv.ts';

/**
 * The live workshop end to end, on 127.0.0.1 only: the workshop server (started here, on the built dist/)
 * with one presenter, its projector and up to 30 phones as browser contexts of one Chromium.
 */

// One server per test and thirty browser contexts: these run one at a time, whatever the worker count.
test.describe.configure({ mode: 'serial' });

/** Thirty pages load the app at once on a shared machine: waits stay condition-based, with a longer ceiling. */
const expect = baseExpect.configure({ timeout: 30_000 });

const LESSON = 'star-method';
/** The lesson's third question is single choice: four options, lettered A–D on phones and on the wall. */
const SINGLE = 3;

/** Runs `work` over `items`, a few at a time: thirty phones joining at once would only test the machine. */
async function inBatches<T>(items: T[], size: number, work: (item: T, index: number) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map((item, j) => work(item, i + j)));
}

async function startSession(browser: Browser, base: string) {
  const session = await startLiveSession(browser, base, LESSON);
  await expect(session.screen.getByRole('img', { name: new RegExp(`QR code to join: .*/join\\?room=${session.code}`) })).toBeVisible();
  return session;
}

async function openQuestion(presenter: Page, position: number) {
  await presenter.getByLabel('Question', { exact: true }).selectOption(String(position));
  await presenter.getByRole('button', { name: 'Open question' }).click();
}

async function answer(phone: Page, option: number) {
  await phone.getByRole('radio').nth(option).check();
  await phone.getByRole('button', { name: 'Send answer' }).click();
  await expect(phone.getByText('Answer received')).toBeVisible();
}

/** The projected bar chart, read as its rows' texts ("8 answers, 27 %"), in the room's order A, B, C, D. */
const chartCounts = (screen: Page) => screen.locator('.live-chart__count');

let dataDir: string;
let server: LiveServer;

test.beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'frontline-live-e2e-'));
  server = await startServer(dataDir);
});

test.afterEach(async () => {
  await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
});

test('30 phones answer; every tally equals the answers sent; a reload counts once; reveal shows who was right', async ({ browser }) => {
  test.slow();
  // Thirty phones on a busy two-core machine: room to breathe, every wait still on a condition.
  test.setTimeout(420_000);
  const { presenter, screen, code } = await startSession(browser, server.base);

  const phones: Page[] = [];
  await inBatches([...Array(30).keys()], 5, async (i) => {
    phones[i] = await joinPhone(browser, server.base, code, i === 0 ? 'Ana' : '');
  });
  await expect(screen.getByTestId('joined-count')).toHaveText('30');

  await openQuestion(presenter, SINGLE);
  // The projector follows the trainer to the question.
  await expect(screen).toHaveURL(new RegExp(`/present/${LESSON}/quiz/${SINGLE}$`));
  const expected = [0, 0, 0, 0];
  await inBatches(phones, 5, async (phone, i) => {
    await expect(phone.getByRole('heading', { name: `Question ${SINGLE} of` })).toBeVisible();
    await answer(phone, i % 4);
    expected[i % 4]!++;
  });
  await expect(screen.getByTestId('answered-count')).toHaveText('30');
  await expect(chartCounts(screen)).toHaveText(expected.map((n) => new RegExp(`^${n} answers?,`)));

  // A phone that reloads is the same participant, with its answer.
  await phones[0]!.reload();
  await expect(phones[0]!.getByText('Answer received')).toBeVisible();
  await expect(phones[0]!.getByRole('radio').nth(0)).toBeChecked();
  // …and one that changes its mind moves one vote, not adds one.
  await answer(phones[1]!, 0);
  expected[1]!--;
  expected[0]!++;
  await expect(chartCounts(screen)).toHaveText(expected.map((n) => new RegExp(`^${n} answers?,`)));
  await expect(screen.getByTestId('joined-count')).toHaveText('30');
  await expect(screen.getByTestId('answered-count')).toHaveText('30');

  await presenter.getByRole('button', { name: 'Close answering' }).click();
  await expect(phones[2]!.getByText('Answering is closed')).toBeVisible();
  await expect(phones[2]!.getByRole('button', { name: 'Send answer' })).toHaveCount(0);

  await presenter.getByRole('button', { name: 'Reveal answer' }).click();
  // The projector shows the keyed answer with its feedback (the workshop quiz's own reveal).
  await expect(screen.getByRole('heading', { name: 'Answer' })).toBeVisible();
  await expect(screen.locator('.live-chart__best')).toHaveCount(1);
  for (const phone of phones.slice(0, 4)) await expect(phone.getByText(/You were right|Partly right|Not this time/)).toBeVisible();
  const verdicts = await Promise.all(phones.map((phone) => phone.locator('.live-verdict__line').textContent()));
  expect(verdicts.filter((text) => text?.startsWith('You were right'))).toHaveLength(expected[(await bestLetter(screen))]!);
});

/** Index of the keyed option in the room's order, read off the revealed chart. */
async function bestLetter(screen: Page): Promise<number> {
  const rows = await screen.locator('.live-chart__row').evaluateAll((els) => els.map((el) => el.classList.contains('live-chart__row--best')));
  return rows.indexOf(true);
}

test('the server killed and restarted mid-question keeps every answer; phones and presenter reconnect by themselves', async ({ browser }) => {
  test.slow();
  const { presenter, screen, code } = await startSession(browser, server.base);
  const phones: Page[] = [];
  await inBatches([...Array(6).keys()], 6, async (i) => {
    phones[i] = await joinPhone(browser, server.base, code);
  });
  await openQuestion(presenter, SINGLE);
  await inBatches(phones.slice(0, 5), 5, (phone, i) => answer(phone, i % 2));
  await expect(screen.getByTestId('answered-count')).toHaveText('5');

  await stopServer(server, 'SIGKILL');
  await expect(phones[5]!.getByText(/reconnecting/)).toBeVisible();
  server = await startServer(dataDir, server.port);

  await expect(screen.getByTestId('answered-count')).toHaveText('5', { timeout: 15_000 });
  await expect(screen.getByTestId('joined-count')).toHaveText('6');
  await expect(phones[0]!.getByText('Answer received')).toBeVisible({ timeout: 15_000 });
  await expect(phones[5]!.getByRole('heading', { name: `Question ${SINGLE} of` })).toBeVisible({ timeout: 15_000 });
  await expect(phones[5]!.getByText(/reconnecting/)).toHaveCount(0, { timeout: 15_000 });
  await answer(phones[5]!, 2);
  await expect(screen.getByTestId('answered-count')).toHaveText('6');
  await expect(chartCounts(screen)).toHaveText([/^3 answers,/, /^2 answers,/, /^1 answer,/, /^0 answers,/]);
});

test('malformed, oversized and unauthorised messages from a page are refused with a reason', async ({ browser }) => {
  const { code } = await startSession(browser, server.base);
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.base}/join`);
  const replies = await page.evaluate(async (room) => {
    const socket = new WebSocket(`ws://${location.host}/live/ws`);
    const received: { type: string; code?: string }[] = [];
    socket.onmessage = (event) => received.push(JSON.parse(String(event.data)));
    await new Promise((resolve) => (socket.onopen = resolve));
    const send = async (data: string, count: number) => {
      socket.send(data);
      while (received.length < count) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    await send('{oops', 1);
    await send(JSON.stringify({ type: 'join', room, name: 'x'.repeat(9000) }), 2);
    await send(JSON.stringify({ type: 'reveal' }), 3);
    await send(JSON.stringify({ type: 'present', room, secret: 'guessing-the-secret' }), 4);
    await send(JSON.stringify({ type: 'join', room }), 6);
    await send(JSON.stringify({ type: 'close' }), 7);
    return received.map((m) => m.code ?? m.type);
  }, code);
  expect(replies).toEqual(['malformed', 'too-large', 'not-joined', 'bad-secret', 'welcome', 'participant-state', 'not-allowed']);
});

test('served as a static site, nothing live appears', async ({ page }) => {
  await page.goto('/join');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.goto(`/presenter/${LESSON}/1`);
  await expect(page.getByRole('region', { name: 'Trainer notes' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start live session' })).toHaveCount(0);
});

test('a join refused for a wrong code can be tried again at once; the phone never gets the key before the reveal', async ({ browser }) => {
  const { presenter, code } = await startSession(browser, server.base);
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
  const phone = await context.newPage();
  const questions: string[] = [];
  phone.on('websocket', (ws) => ws.on('framereceived', (frame) => questions.push(String(frame.payload))));
  await phone.goto(`${server.base}/join`);
  await phone.getByLabel('Room code').fill(code === 'ABCDEF' ? 'ABCDEG' : 'ABCDEF');
  await phone.getByRole('button', { name: 'Join' }).click();
  await expect(phone.getByText('No live session has that room code.')).toBeVisible();
  // The button is back: a typo costs one more tap, not a reload.
  await expect(phone.getByRole('button', { name: 'Join' })).toBeEnabled();
  await phone.getByLabel('Room code').fill(code);
  await phone.getByRole('button', { name: 'Join' }).click();
  await expect(phone.getByText(/You’re in|Question \d+ of/)).toBeVisible();

  await openQuestion(presenter, SINGLE);
  await expect(phone.getByRole('radio')).toHaveCount(4);
  const open = questions.filter((frame) => frame.includes('"participant-state"') && frame.includes('"phase":"open"'));
  expect(open.length).toBeGreaterThan(0);
  for (const frame of open) expect(frame).not.toMatch(/"credit"|"feedback"/);
  await context.close();
});

test('the trainer downloads the session’s results: a CSV with the projected counts and a summary that prints on A4', async ({ browser }) => {
  const { presenter, screen, code } = await startSession(browser, server.base);
  const phones = [await joinPhone(browser, server.base, code, 'Ana'), await joinPhone(browser, server.base, code), await joinPhone(browser, server.base, code)];
  await openQuestion(presenter, SINGLE);
  const picks = [0, 2, 2];
  for (const [i, phone] of phones.entries()) {
    await expect(phone.getByRole('heading', { name: `Question ${SINGLE} of` })).toBeVisible();
    await answer(phone, picks[i]!);
  }
  await expect(screen.getByTestId('answered-count')).toHaveText('3');
  const projected = (await chartCounts(screen).allTextContents()).map((text) => Number(/^(\d+)/.exec(text)![1]));

  const [csvFile] = await Promise.all([presenter.waitForEvent('download'), presenter.getByRole('button', { name: 'Download results (CSV)' }).click()]);
  expect(csvFile.suggestedFilename()).toMatch(new RegExp(`^frontline-${LESSON}-${code}\\.csv$`));
  const csv = readFileSync((await csvFile.path())!, 'utf8');
  const rows = parseCsv(csv).slice(1);
  // The CSV's rows for the question: A, B, C, D in the room's order, with the counts the projector showed.
  const mine = rows.filter((row) => row[2] === String(SINGLE));
  expect(mine.map((row) => row[4])).toEqual(['A', 'B', 'C', 'D']);
  expect(mine.map((row) => Number(row[7]))).toEqual(projected);
  expect(csv).not.toContain('Ana');

  const [summaryFile] = await Promise.all([presenter.waitForEvent('download'), presenter.getByRole('button', { name: 'Download summary to print' }).click()]);
  const html = readFileSync((await summaryFile.path())!, 'utf8');
  expect(html).toContain(`Question ${SINGLE}.`);
  expect(html).toContain('3 answered;');
  expect(html).not.toContain('Ana');
  const printPage = await (await browser.newContext()).newPage();
  await printPage.setContent(html);
  const pages = pdfPages(await printPage.pdf({ preferCSSPageSize: true }));
  // A4 is 595 × 842 points.
  expect(pages.length).toBeGreaterThan(0);
  for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
  await printPage.context().close();
});


test('the projected question with the live panel beside it stays readable from the back: 90 % or more, no text under 24 px', async ({ browser }) => {
  const { presenter, screen, code } = await startSession(browser, server.base);
  await screen.setViewportSize({ width: 1280, height: 720 });
  const phones = [await joinPhone(browser, server.base, code), await joinPhone(browser, server.base, code)];
  await openQuestion(presenter, SINGLE);
  await expect(screen).toHaveURL(new RegExp(`/present/${LESSON}/quiz/${SINGLE}$`));
  for (const [i, phone] of phones.entries()) {
    await expect(phone.getByRole('heading', { name: `Question ${SINGLE} of` })).toBeVisible();
    await answer(phone, i);
  }
  await expect(screen.getByTestId('answered-count')).toHaveText('2');
  await expect(chartCounts(screen)).toHaveCount(4);
  if (process.env.LIVE_SHOT) await screen.screenshot({ path: process.env.LIVE_SHOT });
  await expectReadable(screen, 'the live question with its tally');
  await presenter.getByRole('button', { name: 'Reveal answer' }).click();
  await expect(screen.getByRole('heading', { name: 'Answer' })).toBeVisible();
  if (process.env.LIVE_SHOT) await screen.screenshot({ path: process.env.LIVE_SHOT.replace(/\.png$/, '-revealed.png') });
  await expectReadable(screen, 'the revealed answer with its tally');
});


/** The star-method quiz's first two questions, read from the quiz file: an ordering and a sorting question. */
interface SortItem {
  id: string;
  text: string;
  category: string;
}
const starQuiz = (YAML.parse(readFileSync(`content/${LESSON}/quiz.yaml`, 'utf8')) as { questions: { id: string; kind: string; prompt: string }[] }).questions;
const ORDERING = 1;
const SORTING = 2;
const ordering = starQuiz[ORDERING - 1] as unknown as { kind: 'order'; prompt: string; items: { id: string; text: string }[] };
const sorting = starQuiz[SORTING - 1] as unknown as { kind: 'categorize'; prompt: string; categories: { id: string; label: string }[]; items: SortItem[] };

test('the content has the ordering and sorting questions these tests open', () => {
  expect([ordering.kind, sorting.kind]).toEqual(['order', 'categorize']);
  expect(sorting.categories.length).toBeGreaterThanOrEqual(2);
});

test('an ordering question reaches phones in the projector’s order, never the keyed one; a sorting question is answered from a 320 px phone by keyboard', async ({ browser }) => {
  test.slow();
  const { presenter, screen, code } = await startSession(browser, server.base);
  const keyboardPhone = await joinPhone(browser, server.base, code);
  await keyboardPhone.setViewportSize({ width: 320, height: 700 });
  const frames: string[] = [];
  keyboardPhone.on('websocket', (ws) => ws.on('framereceived', (frame) => frames.push(String(frame.payload))));
  await keyboardPhone.reload();
  await expect(keyboardPhone.getByText(/You’re in/)).toBeVisible();
  const otherPhone = await joinPhone(browser, server.base, code);

  // Ordering: what the phone was sent, and what it shows first, is the order the projector letters, not the key.
  await openQuestion(presenter, ORDERING);
  await expect(keyboardPhone.getByRole('heading', { name: `Question ${ORDERING} of` })).toBeVisible();
  await expect(screen.locator('.workshop__option-text')).toHaveCount(ordering.items.length);
  // Each projected item reads "A" (the letter), "Item A: " (for screen readers), then its text.
  const projected = (await screen.locator('.workshop__option-text').allTextContents()).map((text) => text.replace(/^[A-Z]Item [A-Z]: /, ''));
  const shown = await keyboardPhone.locator('.live-order__text').allTextContents();
  expect(shown).not.toEqual(ordering.items.map((item) => item.text));
  expect(shown).toEqual(projected);
  const sent = frames
    .filter((frame) => frame.includes('"participant-state"') && frame.includes('"phase":"open"'))
    .map((frame) => JSON.parse(frame) as { question: { id: string; items?: { id: string }[] } | null });
  const orderFrames = sent.filter((state) => state.question?.id === starQuiz[ORDERING - 1]!.id);
  expect(orderFrames.length).toBeGreaterThan(0);
  for (const state of orderFrames) {
    expect(state.question!.items!.map((item) => item.id)).not.toEqual(ordering.items.map((item) => item.id));
    expect(JSON.stringify(state.question)).not.toContain('"feedback"');
  }

  // Sorting: select-then-place, by keyboard on the 320 px phone, every item in its right category.
  await openQuestion(presenter, SORTING);
  const phone = keyboardPhone;
  await expect(phone.getByRole('heading', { name: `Question ${SORTING} of` })).toBeVisible();
  await expect(phone.getByRole('group', { name: sorting.prompt })).toBeVisible();
  await expect(phone.getByText('This one is for discussion')).toHaveCount(0);
  await expect(phone.getByRole('button', { name: 'Send answer' })).toBeDisabled();
  for (const [i, item] of sorting.items.entries()) {
    const category = sorting.categories.find((c) => c.id === item.category)!;
    const itemButton = phone.getByRole('button', { name: item.text, exact: true });
    await itemButton.focus();
    await phone.keyboard.press('Enter');
    await expect(itemButton).toHaveAttribute('aria-pressed', 'true');
    await phone.getByRole('button', { name: `Put in ${category.label}` }).focus();
    await phone.keyboard.press('Enter');
    if (i < sorting.items.length - 1) await expect(phone.getByText(`To sort (${sorting.items.length - i - 1} left)`)).toBeVisible();
  }
  await expect(phone.getByText('Every item is placed: send your answer.')).toBeVisible();
  if (process.env.LIVE_SHOT) await phone.screenshot({ path: process.env.LIVE_SHOT.replace(/\.png$/, '-phone-sorting.png'), fullPage: true });
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axeViolations(phone)).toEqual([]);
  await phone.getByRole('button', { name: 'Send answer' }).focus();
  await phone.keyboard.press('Enter');
  await expect(phone.getByText('Answer received')).toBeVisible();

  // The other phone puts everything in the first category.
  const first = sorting.categories[0]!;
  await expect(otherPhone.getByRole('heading', { name: `Question ${SORTING} of` })).toBeVisible();
  for (const item of sorting.items) {
    await otherPhone.getByRole('button', { name: item.text, exact: true }).click();
    await otherPhone.getByRole('button', { name: `Put in ${first.label}` }).click();
  }
  await otherPhone.getByRole('button', { name: 'Send answer' }).click();
  await expect(otherPhone.getByText('Answer received')).toBeVisible();

  // The speaker view: one row per item, counting the category most of the room chose (the first on a tie). The
  // projector shows how many answered and holds the nine rows until the reveal, so the items keep their size.
  await expect(screen.getByTestId('answered-count')).toHaveText('2');
  const expectCounts = async (page: Page) => {
    await expect(chartCounts(page)).toHaveCount(sorting.items.length);
    for (const item of sorting.items) {
      const count = item.category === first.id ? 2 : 1;
      await expect(page.locator(`.live-chart__count[data-key="${item.id}"]`)).toHaveText(`${count} ${count === 1 ? 'answer' : 'answers'}, ${count * 50} %`);
    }
  };
  await expectCounts(presenter);
  await expect(presenter.locator('.live-chart__best')).toHaveCount(0);
  await expect(chartCounts(screen)).toHaveCount(0);
  if (process.env.LIVE_SHOT) await screen.screenshot({ path: process.env.LIVE_SHOT.replace(/\.png$/, '-sorting.png') });
  await expectReadable(screen, 'a sorting question, open');

  await presenter.getByRole('button', { name: 'Reveal answer' }).click();
  await expect(screen.getByRole('heading', { name: 'Answer' })).toBeVisible();
  await expectCounts(screen);
  if (process.env.LIVE_SHOT) await screen.screenshot({ path: process.env.LIVE_SHOT.replace(/\.png$/, '-sorting-revealed.png') });
  await expectReadable(screen, 'a sorting question revealed, with its tally');
  await expect(phone.locator('.live-verdict__line')).toHaveText('You were right.');
  const firstOnly = sorting.items.filter((item) => item.category === first.id).length;
  await expect(otherPhone.locator('.live-verdict__line')).toHaveText(firstOnly > 0 ? 'Partly right: there was a better answer.' : 'Not this time.');
  for (const category of sorting.categories) await expect(phone.locator('.live-keyed-categories dt', { hasText: category.label })).toBeVisible();
});
