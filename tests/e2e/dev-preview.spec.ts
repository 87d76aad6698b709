import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { test, expect, type Locator, type Page } from './fixtures.ts';

/**
 * The live preview for whoever edits content/ (`npm start`, vite-plugins/content-preview.ts): the dev server starts
 * with a broken content file, every page shows the error (the file, the field, what was expected) in Vite's overlay,
 * and the page reloads by itself when a file is broken or fixed.
 *
 * The test runs its own dev server on 127.0.0.1 over a copy of content/ (inside the project, so the lessons' MDX
 * finds React in node_modules), and edits that copy. Its config is the project's with a cache folder of its own:
 * checkouts that share node_modules must not rewrite each other's pre-bundled dependencies.
 */

let folder = '';
let content = '';
let server: ChildProcess | undefined;
let output = '';
let base = '';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  mkdirSync('.tmp', { recursive: true });
  folder = mkdtempSync(path.resolve('.tmp', 'dev-preview-'));
  content = path.join(folder, 'content');
  cpSync('content', content, { recursive: true });
  // Broken before the server starts: it must start anyway, and the first page must show the error.
  edit('brand.yaml', (text) => text.replace(/(\n {4}primary: )"#[0-9a-f]{6}"/, '$1"#ffff00"'));
  const config = path.join(folder, 'vite.config.ts');
  writeFileSync(
    config,
    [
      `import config from ${JSON.stringify(path.resolve('vite.config.ts'))};`,
      `export default (env) => ({ ...config(env), cacheDir: ${JSON.stringify(path.join(folder, 'vite-cache'))} });`,
    ].join('\n'),
  );
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [path.resolve('node_modules/vite/bin/vite.js'), '--config', config, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { env: { ...process.env, FRONTLINE_CONTENT_DIR: content }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Up when it serves Vite's client (asking for a page would log the content error once more).
  await expect
    .poll(
      async () => {
        if (server?.exitCode !== null) throw new Error(`The dev server stopped (exit code ${server?.exitCode}):\n${output}`);
        return fetch(`${base}/@vite/client`).then((response) => response.status, () => 0);
      },
      { timeout: 120_000, intervals: [250] },
    )
    .toBe(200);
});

test.afterEach(async () => {
  const info = test.info();
  if (info.status !== info.expectedStatus) await info.attach('dev server output', { body: output, contentType: 'text/plain' });
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Rewrites a file of the test's content folder; fails when the change would not change it. */
function edit(file: string, change: (text: string) => string) {
  const target = path.join(content, file);
  const before = readFileSync(target, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`The edit of ${file} changed nothing`);
  writeFileSync(target, after);
}

/**
 * Puts a file of the test's content folder back as content/ has it, as some editors save: the file emptied, then
 * written (the watcher may see the empty file, or one change for both).
 */
function restore(file: string) {
  writeFileSync(path.join(content, file), '');
  writeFileSync(path.join(content, file), readFileSync(path.join('content', file)));
}

/**
 * Whether the page's current document has its connection to the dev server, which brings the reloads: the Vite
 * client says "connecting" when a document loads it and "connected" once the socket is open. A file changed before
 * then could reload nothing.
 */
function watchConnection(page: Page): () => Promise<void> {
  let connected = false;
  page.on('console', (message) => {
    if (message.text() === '[vite] connecting...') connected = false;
    if (message.text() === '[vite] connected.') connected = true;
  });
  return () => expect.poll(() => connected, { timeout: 60_000, message: 'the page connects to the dev server' }).toBe(true);
}

/** Vite's error overlay (its parts are in a shadow root, which locators pierce). */
const overlay = (page: Page) => ({
  message: page.locator('vite-error-overlay .message-body'),
  file: page.locator('vite-error-overlay .file'),
  frame: page.locator('vite-error-overlay .frame'),
});

/** The course's page, reloaded by the server (the test never reloads it), its heading and no overlay. */
async function showsCourse(page: Page, heading: Locator) {
  await expect(heading).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);
}

test('a broken content file shows as an overlay naming the file and the field, and the page reloads when it is fixed', async ({ page }) => {
  test.setTimeout(480_000);
  const connected = watchConnection(page);
  const home = page.getByRole('heading', { level: 1, name: 'Frontline' });

  await test.step('the server started with a broken brand.yaml: the first page shows the error', async () => {
    await page.goto(`${base}/`);
    const { message, file, frame } = overlay(page);
    await expect(message).toContainText('dev-preview-', { timeout: 60_000 });
    // The first line names the file; the field and what was expected follow.
    expect((await message.innerText()).split('\n')[0]).toMatch(/content\/brand\.yaml: /);
    await expect(message).toContainText('content/brand.yaml: colours.light.primary: "#ffff00" against the page background');
    await expect(message).toContainText('WCAG AA needs 4.5:1');
    await expect(file).toHaveText(new RegExp(`^${escapeRegExp(path.join(content, 'brand.yaml'))}:\\d+:5$`));
    await expect(frame).toContainText('primary: "#ffff00"');
    await expect(home).toHaveCount(0);
  });

  await test.step('brand.yaml fixed: the page reloads into the course', async () => {
    await connected();
    restore('brand.yaml');
    await showsCourse(page, home);
  });

  await test.step('a question of an unknown kind: the page reloads into the overlay naming the quiz file and the field', async () => {
    await connected();
    edit('star-method/quiz.yaml', (text) => text.replace('kind: order\n', 'kind: ordering\n'));
    const { message, file } = overlay(page);
    await expect(message).toContainText('content/star-method/quiz.yaml: questions[0].kind: kind must be single, multiple, order', { timeout: 60_000 });
    await expect(file).toContainText('/star-method/quiz.yaml:');
  });

  await test.step('a question without its prompt: the overlay follows the file', async () => {
    await connected();
    edit('star-method/quiz.yaml', (text) => text.replace('kind: ordering\n', 'kind: order\n').replace(/\n {4}prompt: [^\n]*/, ''));
    await expect(overlay(page).message).toContainText('content/star-method/quiz.yaml: questions[0].prompt:', { timeout: 60_000 });
  });

  await test.step('the quiz fixed: the course again', async () => {
    await connected();
    restore('star-method/quiz.yaml');
    await showsCourse(page, home);
  });

  const lesson = page.getByRole('heading', { level: 1, name: 'The STAR method' });
  await test.step('a lesson’s frontmatter broken while its page is open: the overlay names the lesson file and the field', async () => {
    await page.goto(`${base}/lessons/star-method`);
    await expect(lesson).toBeVisible({ timeout: 120_000 });
    await connected();
    edit('star-method/lesson.mdx', (text) => text.replace('\nminutes: 12\n', '\nminutes: twelve\n'));
    const { message, file, frame } = overlay(page);
    await expect(message).toContainText('content/star-method/lesson.mdx: frontmatter.minutes:', { timeout: 60_000 });
    await expect(message).toContainText('minutes is required: the study time in minutes, as a number');
    await expect(file).toHaveText(/\/star-method\/lesson\.mdx:5:1$/);
    await expect(frame).toContainText('minutes: twelve');
  });

  await test.step('the lesson fixed: the page reloads into the lesson', async () => {
    await connected();
    restore('star-method/lesson.mdx');
    await showsCourse(page, lesson);
  });

  await test.step('a new file of local scenarios with a misspelt field, and course.yaml naming no lesson: each shown, each fixed', async () => {
    await connected();
    mkdirSync(path.join(content, 'local'), { recursive: true });
    const local = path.join(content, 'local', 'branch.yaml');
    writeFileSync(local, readFileSync('tests/fixtures/brand-acme/local/acme-branch.yaml', 'utf8').replace('    use: practice\n', '    usage: practice\n'));
    await expect(overlay(page).message).toContainText('content/local/branch.yaml: questions[0].usage: unknown field', { timeout: 60_000 });
    await connected();
    rmSync(local);
    await showsCourse(page, lesson);
    await connected();
    edit('course.yaml', (text) => `${text.trimEnd()}\nlessons: [star-method, no-such-lesson]\n`);
    await expect(overlay(page).message).toContainText('content/course.yaml: lessons[1]: no lesson folder "no-such-lesson"', { timeout: 60_000 });
    await connected();
    restore('course.yaml');
    await showsCourse(page, lesson);
  });
});
