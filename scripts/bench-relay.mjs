// Load test of the live workshop relay (npm run bench, not npm test): 300 simulated phones on 127.0.0.1 join a
// room, answer one question within a few seconds, and we time each answer until the presenter's tally includes
// it (p50 / p95), then read the server's memory (RSS). Bounded: gives up after 60 s.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 300);
const SPREAD_MS = 3000;
const DEADLINE_MS = 60_000;

const question = {
  id: 'bench-q',
  kind: 'single',
  skills: ['empathy'],
  prompt: 'What do you say first?',
  options: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, text: `Option ${id}`, credit: i === 1 ? 1 : 0, feedback: 'f' })),
};

const dataDir = mkdtempSync(path.join(tmpdir(), 'frontline-bench-relay-'));
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--host', '127.0.0.1', '--port', '0', '--data', dataDir, '--quiet'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const deadline = setTimeout(() => finish(new Error(`relay bench did not finish within ${DEADLINE_MS / 1000} s`)), DEADLINE_MS);
const sockets = [];

function finish(error) {
  clearTimeout(deadline);
  for (const socket of sockets) socket.terminate();
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
  if (error) {
    console.log(`  relay: ${error.message}`);
    process.exit(1);
  }
}

const port = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const match = /listening (\d+)/.exec(out);
    if (match) resolve(Number(match[1]));
  });
  server.once('exit', (code) => reject(new Error(`server exited (${code})`)));
});

/** A connected socket whose messages can be awaited by predicate. */
function client() {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/live/ws`);
  sockets.push(socket);
  const waiters = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    for (const w of [...waiters]) {
      if (w.match(message)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(message);
      }
    }
    socket.emit('json', message);
  });
  const next = (match) => new Promise((resolve) => waiters.push({ match, resolve }));
  const opened = new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { socket, next, opened, send: (m) => socket.send(JSON.stringify(m)) };
}

const presenter = client();
await presenter.opened;
const created = presenter.next((m) => m.type === 'created');
presenter.send({ type: 'create', lessonId: 'star-method' });
const { room } = await created;

const phones = [];
for (let i = 0; i < PARTICIPANTS; i += 50) {
  const batch = Array.from({ length: Math.min(50, PARTICIPANTS - i) }, async () => {
    const phone = client();
    await phone.opened;
    const welcome = phone.next((m) => m.type === 'welcome');
    phone.send({ type: 'join', room });
    await welcome;
    return phone;
  });
  phones.push(...(await Promise.all(batch)));
}

const opened = Promise.all(phones.map((phone) => phone.next((m) => m.type === 'participant-state' && m.phase === 'open')));
presenter.send({ type: 'open', question, position: 1, count: 1 });
await opened;

// Answers go out spread over a few seconds, like a room; each is timed until a tally counts it.
const sentAt = [];
const latencies = [];
let counted = 0;
const allCounted = new Promise((resolve) => {
  presenter.socket.on('json', (message) => {
    if (message.type !== 'presenter-state' || !message.current) return;
    const now = performance.now();
    const order = [...sentAt].sort((a, b) => a - b);
    while (counted < message.current.answered && counted < order.length) latencies.push(now - order[counted++]);
    if (counted >= PARTICIPANTS) resolve();
  });
});
phones.forEach((phone, i) => {
  setTimeout(() => {
    sentAt.push(performance.now());
    phone.send({ type: 'answer', questionId: question.id, answerId: `bench-answer-${i}`, response: { kind: 'single', choice: 'abcd'[i % 4] } });
  }, Math.random() * SPREAD_MS);
});
await allCounted;

const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? NaN);
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
console.log(
  `  ${PARTICIPANTS} phones on 127.0.0.1: answer → tally p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms; server RSS ${(rssKb / 1024).toFixed(0)} MB`,
);
finish();
