import { spawn, type ChildProcess } from 'node:child_process';
import { expect, type Browser, type Page } from '@playwright/test';

/**
 * The workshop server as the browser tests run it: the real `server/main.ts`, on 127.0.0.1 only, on the build the
 * rest of the run tests (playwright.config.ts's E2E_DIST), stopped by the test that started it.
 */
export interface LiveServer {
  process: ChildProcess;
  port: number;
  base: string;
}

const DIST = process.env.E2E_DIST ?? 'dist';

export function startServer(dataDir: string, port = 0): Promise<LiveServer> {
  const args = ['--import', 'tsx', 'server/main.ts', '--host', '127.0.0.1', '--port', String(port), '--data', dataDir, '--dist', DIST, '--quiet'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+)/.exec(out);
      if (match) resolve({ process: child, port: Number(match[1]), base: `http://127.0.0.1:${match[1]}` });
    });
    child.once('exit', (code) => reject(new Error(`workshop server exited (${code}): ${out}`)));
  });
}

export function stopServer(server: LiveServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.process.exitCode !== null || server.process.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.process.once('exit', () => resolve());
    server.process.kill(signal);
  });
}

/** A phone (its own browser context, 390 px wide) that joins the room by the link in the QR code. */
export async function joinPhone(browser: Browser, base: string, code: string, name = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${base}/join?room=${code}`);
  await expect(page.getByLabel('Room code')).toHaveValue(code);
  if (name) await page.getByLabel('Your first name (optional)').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByText(/You’re in|Question \d+ of/)).toBeVisible({ timeout: 30_000 });
  return page;
}

/**
 * The trainer starts a live session for `lesson` from the speaker view (a 1280×720 window) and opens its projector
 * screen, which shows the room code.
 */
export async function startSession(browser: Browser, base: string, lesson: string) {
  const trainer = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const presenter = await trainer.newPage();
  await presenter.goto(`${base}/presenter/${lesson}/1`);
  await presenter.getByRole('button', { name: 'Start live session' }).click();
  const code = (await presenter.getByTestId('room-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  const screen = await trainer.newPage();
  await screen.goto(`${base}/present/${lesson}/quiz/1`);
  await expect(screen.getByTestId('room-code')).toHaveText(code, { timeout: 30_000 });
  return { trainer, presenter, screen, code };
}
