import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Lesson ids as the build sees them: every content folder with a lesson.mdx. */
export const lessonIds = readdirSync('content', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join('content', entry.name, 'lesson.mdx')))
  .map((entry) => entry.name);

/** Runs axe with the WCAG 2.x A/AA rules and returns the violations (ids and targets, for readable failures). */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
}

/** Gzip bytes of every script and stylesheet a page downloads while it loads. */
export async function measureFirstVisit(page: Page, url: string) {
  const bodies: { url: string; type: 'js' | 'css'; gzip: number }[] = [];
  const pending: Promise<void>[] = [];
  let lastResponse = Date.now();
  page.on('response', (response) => {
    lastResponse = Date.now();
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    pending.push(
      response
        .body()
        .then((body) => {
          bodies.push({ url: response.url(), type: type === 'script' ? 'js' : 'css', gzip: gzipSync(body).length });
        })
        // A response that comes in as the page closes has no body to read any more.
        .catch(() => undefined),
    );
  });
  await page.goto(url);
  // A prerendered page asks for the app's script only after its first paint, which on a busy machine can come after
  // the network has been quiet for a while: wait for the page to be live, then for nothing more to arrive.
  await appLive(page);
  await expect.poll(() => Date.now() - lastResponse, { message: 'the network settles', timeout: 15_000 }).toBeGreaterThanOrEqual(700);
  await Promise.all(pending);
  const sum = (type: 'js' | 'css') => bodies.filter((b) => b.type === type).reduce((total, b) => total + b.gzip, 0) / 1024;
  return { jsKB: sum('js'), cssKB: sum('css'), files: bodies };
}

/** Lesson ids in course order (the `order` in each lesson's frontmatter), as the home page lists them. */
export const lessonsInOrder = [...lessonIds].sort((a, b) => lessonOrder(a) - lessonOrder(b));
function lessonOrder(id: string): number {
  const frontmatter = readFileSync(path.join('content', id, 'lesson.mdx'), 'utf8').split('---')[1] ?? '';
  return Number(/^order:\s*(\d+)/m.exec(frontmatter)?.[1] ?? 99);
}

// ── Saved progress, read and edited as the tests' "hand on the storage" ────────────────────────────────

export const PROGRESS_KEY = 'frontline-progress';

// Loose JSON shapes: the tests read what the app saved, whatever it is.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type SavedAttempt = Record<string, any> & { id: string; questionIds: string[]; responses: Record<string, any>; hashes: Record<string, string> };
export type Saved = { version: number; state: Record<string, any> & { attempts: Record<string, SavedAttempt>; lessons: Record<string, any> } };
/* eslint-enable @typescript-eslint/no-explicit-any */

/** What localStorage holds now (null when nothing is saved). */
export async function saved(page: Page): Promise<Saved | null> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as Saved | null, PROGRESS_KEY);
}

/**
 * Waits until the saved progress satisfies `ready` (writes are batched, so a change reaches storage a moment
 * after the screen shows it), and returns it.
 */
export async function savedWhen(page: Page, ready: (data: Saved) => boolean, message = 'saved progress'): Promise<Saved> {
  let last: Saved | null = null;
  await expect
    .poll(async () => {
      last = await saved(page);
      return last !== null && ready(last);
    }, { message, timeout: 15_000 })
    .toBe(true);
  return last!;
}

/** The attempt open in the quiz page's URL (waits for it: the page puts it there just after the quiz starts). */
export async function attemptIdOf(page: Page): Promise<string> {
  await expect(page).toHaveURL(/[?&]attempt=/);
  const id = new URL(page.url()).searchParams.get('attempt');
  if (!id) throw new Error(`no attempt in ${page.url()}`);
  return id;
}

/**
 * Edits the open attempt in storage, as a content update or another device would, once everything the page
 * did so far is saved; then reloads (or goes to `goTo`) so the page reads it. The edit carries a later `updatedAt`, so if the page
 * still had a write pending its merge keeps the edited plan.
 */
export async function editAttemptAndReload(
  page: Page,
  edit: (attempt: SavedAttempt) => void,
  ready: (attempt: SavedAttempt) => boolean = () => true,
  /** Where to go instead of reloading (the page is left either way, which flushes any pending write). */
  goTo?: string,
) {
  const id = await attemptIdOf(page);
  const data = await savedWhen(page, (d) => !!d.state.attempts[id] && String(d.state.lastRoute ?? '').includes(id) && ready(d.state.attempts[id]), `attempt ${id} saved`);
  const attempt = data.state.attempts[id]!;
  const original = structuredClone(attempt);
  edit(attempt);
  attempt.updatedAt = new Date(Date.parse(attempt.updatedAt as string) + 1000).toISOString();
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, JSON.stringify(data)]);
  await (goTo ? page.goto(goTo) : page.reload());
  return { original, edited: attempt };
}

/** The pages of a PDF and their sizes (points), read from its page objects' MediaBoxes. */
export function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Type\s*\/Page[^s][\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[3]) - Number(m[1]),
    height: Number(m[4]) - Number(m[2]),
  }));
}

/**
 * Waits until the app is live on the page (hydrated, or rendered). A prerendered page shows its text before that:
 * a test that only checks what is visible may move on while the page's script is still loading.
 */
export async function appLive(page: Page) {
  await expect(page.locator('html[data-app-ready]')).toBeAttached();
}

/**
 * What the back of the room sees on one slide: the fit-to-screen factor, the smallest text on it (SVG text at the
 * size it is drawn), and overflow.
 */
export function readability(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector<HTMLElement>('[data-slide-frame]')!;
    let smallest = Infinity;
    let smallestText = '';
    const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const element = node.parentElement!;
      if (!node.textContent?.trim() || element.closest('.visually-hidden') || element.getClientRects().length === 0) continue;
      const svg = element.closest('svg');
      const scale = svg?.viewBox.baseVal?.width ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
      const size = parseFloat(getComputedStyle(element).fontSize) * scale;
      if (size < smallest) [smallest, smallestText] = [size, node.textContent.trim().slice(0, 40)];
    }
    return { fit: Number(frame.dataset.fit), smallest: Math.round(smallest * 10) / 10, smallestText, overflow: frame.scrollHeight - frame.clientHeight - 1 };
  });
}

export async function expectReadable(page: Page, where: string) {
  const seen = await readability(page);
  expect(seen.fit, `${where}: scaled to ${seen.fit}`).toBeGreaterThanOrEqual(0.9);
  expect(seen.smallest, `${where}: "${seen.smallestText}" is ${seen.smallest} px`).toBeGreaterThanOrEqual(24);
  expect(seen.overflow, `${where}: overflows`).toBeLessThanOrEqual(0);
}

/**
 * Saves a finished course in the page's storage, as if studied over several sittings: `lessons` complete and the final
 * assessment passed at 85 % on 20 November 2026 (the page reads it at its next load).
 */
export async function seedFinishedCourse(page: Page, lessons: readonly string[]): Promise<void> {
  await page.evaluate(
    ([key, ids]) => {
      const now = '2026-11-20T10:00:00.000Z';
      const state = {
        lessons: Object.fromEntries((ids as string[]).map((id) => [id, { visitedAt: now, completedAt: now }])),
        attempts: {
          fa1: {
            id: 'fa1', quizId: 'final-assessment', kind: 'scored', seed: 1, questionIds: [], optionOrder: {}, hashes: {}, responses: {},
            checked: [], current: 0, startedAt: now, updatedAt: now, finishedAt: now,
            score: { earned: 17, total: 20, percent: 85, passed: true, perSkill: {} },
          },
        },
        reflections: {}, prefs: { showTrainerNotes: false, textSize: 1, slideTextSize: 1 }, learnerName: '', updatedAt: now,
      };
      localStorage.setItem(key as string, JSON.stringify({ state, version: 1 }));
    },
    [PROGRESS_KEY, [...lessons]] as const,
  );
}

/**
 * Starts a quiz, waits until its attempt is saved where the page is, then fills the storage: the page's init script
 * (the test's own) refuses writes once the session flag `e2e-full` is set. Returns the attempt's id.
 */
export async function startQuizThenFillStorage(page: Page, quiz: string): Promise<string> {
  await page.goto(`/quizzes/${quiz}`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  const id = await attemptIdOf(page);
  await savedWhen(page, (d) => !!d.state.attempts[id] && String(d.state.lastRoute).includes(id));
  await page.evaluate(() => sessionStorage.setItem('e2e-full', '1'));
  return id;
}
