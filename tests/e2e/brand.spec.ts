import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { test, expect } from './fixtures.ts';
import { appLive, axeViolations, lessonIds, pdfPages, PROGRESS_KEY } from './helpers.ts';

/**
 * The course under another company's brand (tests/fixtures/brand-acme: its names, logo, colours and support line
 * over the course's own content), built into a folder of its own and served from 127.0.0.1 by the test.
 */
const FIXTURE = path.resolve('tests/fixtures/brand-acme');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

let site = '';
let content = '';
let server: Server | undefined;
let base = '';

test.beforeAll(async () => {
  test.setTimeout(300_000);
  // Inside the project, so the lessons' MDX finds React in node_modules.
  mkdirSync('.tmp', { recursive: true });
  content = mkdtempSync(path.resolve('.tmp', 'content-brand-'));
  cpSync('content', content, { recursive: true });
  for (const file of readdirSync(FIXTURE)) cpSync(path.join(FIXTURE, file), path.join(content, file));
  site = mkdtempSync(path.join(tmpdir(), 'frontline-brand-site-'));
  execFileSync('npx', ['vite', 'build', '--outDir', site, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, FRONTLINE_CONTENT_DIR: content },
    stdio: 'pipe',
  });
  server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(site, path.normalize(pathname));
    if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) {
      if (path.extname(pathname)) return void response.writeHead(404).end('Not found');
      const page = path.join(site, `${path.normalize(pathname)}.html`);
      file = page.startsWith(site) && existsSync(page) ? page : path.join(site, 'index.html');
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
  }
  for (const dir of [site, content]) if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the course carries the brand’s name, logo and colours, and passes axe in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${base}/`);
    await appLive(page);
    await expect(page).toHaveTitle(/^Acme Service Academy · /);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme Service Academy');
    const logo = page.getByRole('banner').getByRole('img', { name: 'Acme Bank' });
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
    expect(accent).toBe(colorScheme === 'light' ? '#7a1f5c' : '#f0a6d8');
    expect(await axeViolations(page), colorScheme).toEqual([]);
  }
});

test('page titles, the error pages and the app manifest name the brand', async ({ page, request }) => {
  await page.goto(`${base}/lessons/star-method`);
  await appLive(page);
  await expect(page).toHaveTitle('The STAR method · Acme Service Academy');
  await page.goto(`${base}/no-such-page`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found · Acme Service Academy');
  await expect(page.getByText('Need help? Contact the Acme training team, training@acme.example.')).toBeVisible();
  const manifest = (await (await request.get(`${base}/manifest.webmanifest`)).json()) as Record<string, string>;
  expect(manifest).toMatchObject({ name: 'Acme Service Academy', short_name: 'Acme Service Academy', theme_color: '#7a1f5c' });
});

test('the certificate names the issuer and the signatory, with the signature, and still prints on one page', async ({ page }) => {
  await page.goto(`${base}/certificate`);
  await appLive(page);
  // A finished course, as progress.spec.ts seeds it.
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
    [PROGRESS_KEY, lessonIds],
  );
  await page.reload();
  await page.getByLabel('Your name, as it should appear').fill('Amara Okafor');
  await expect(page).toHaveTitle('Certificate · Acme Service Academy');
  const certificate = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate).toContainText('has completed Acme Service Academy');
  await expect(certificate).toContainText('Awarded by the Acme Bank Academy');
  await expect(certificate).toContainText('Dana Okafor');
  await expect(certificate).toContainText('Head of Customer Service');
  const signature = certificate.getByRole('img', { name: 'Signature of Dana Okafor' });
  await expect(signature).toBeVisible();
  expect(await signature.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  const pages = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pages).toHaveLength(1);
});
