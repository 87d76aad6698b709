// Takes docs/live-tally.png (the README's picture of a live workshop): the workshop server on 127.0.0.1, the
// trainer's speaker view and projector in Chromium, and a room of 24 simulated phones answering over WebSocket.
// Run after `npx vite build`: node scripts/live-screenshot.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import WebSocket from 'ws';
import { chromiumPath, CHROMIUM_ARGS } from './chromium-path.mjs';

const LESSON = 'star-method';
const QUESTION = 3;
const VOTES = [3, 14, 5, 2];

const dataDir = mkdtempSync(path.join(tmpdir(), 'frontline-live-shot-'));
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--host', '127.0.0.1', '--port', '0', '--data', dataDir, '--quiet'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const port = await new Promise((resolve) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const match = /listening (\d+)/.exec(out);
    if (match) resolve(Number(match[1]));
  });
});
const base = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const phones = [];
try {
  const trainer = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const presenter = await trainer.newPage();
  await presenter.goto(`${base}/presenter/${LESSON}/1`);
  await presenter.getByRole('button', { name: 'Start live session' }).click();
  const room = (await presenter.getByTestId('room-code').textContent()).trim();
  const screen = await trainer.newPage();
  await screen.goto(`${base}/present/${LESSON}/quiz/1`);
  await screen.getByTestId('room-code').waitFor();

  await presenter.getByLabel('Question', { exact: true }).selectOption(String(QUESTION));
  await presenter.getByRole('button', { name: 'Open question' }).click();
  await screen.waitForURL(new RegExp(`/quiz/${QUESTION}$`));

  // The choices in the room's order, as the projector letters them.
  const optionIds = await screen.locator('.live-chart__count').evaluateAll((els) => els.map((el) => el.dataset.key));
  let n = 0;
  for (const [index, votes] of VOTES.entries()) {
    for (let v = 0; v < votes; v++) {
      const socket = new WebSocket(`ws://127.0.0.1:${port}/live/ws`);
      phones.push(socket);
      await new Promise((resolve) => socket.once('open', resolve));
      const questionId = await new Promise((resolve) => {
        socket.on('message', (data) => {
          const message = JSON.parse(String(data));
          if (message.type === 'participant-state' && message.question) resolve(message.question.id);
        });
        socket.send(JSON.stringify({ type: 'join', room }));
      });
      socket.send(JSON.stringify({ type: 'answer', questionId, answerId: `shot-answer-${n++}`, response: { kind: 'single', choice: optionIds[index] } }));
    }
  }
  const total = VOTES.reduce((a, b) => a + b, 0);
  await screen.getByTestId('answered-count').filter({ hasText: String(total) }).waitFor();
  await presenter.getByRole('button', { name: 'Close answering' }).click();
  await screen.getByText('answering is closed').waitFor();
  await screen.waitForTimeout(400); // let the bars finish their short transition
  await screen.screenshot({ path: 'docs/live-tally.png' });
  console.log('wrote docs/live-tally.png');
} finally {
  for (const socket of phones) socket.terminate();
  await browser.close();
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
