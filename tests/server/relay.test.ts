import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkshopServer } from '../../server/workshop-server.ts';
import { cueSort, liveSingle, policyRewrite, starSteps } from '../fixtures/questions.ts';
import { displayOrder, placementKey, ROOM_SEED, type OrderQuestion } from '../../src/engine/index.ts';
import { Client, start, tempDirs } from './helpers.ts';

/** The relay over a real WebSocket on 127.0.0.1: the room, one answer per phone, refusals, restarts. */

let dirs: ReturnType<typeof tempDirs>;
let server: WorkshopServer;
const clients: Client[] = [];

/** The relay's clock: it stands still unless a test moves it, so no test waits on the real one. */
let clock = 0;
const now = () => clock;

async function connect() {
  const client = await Client.connect(server.port);
  clients.push(client);
  return client;
}

async function createRoom() {
  const presenter = await connect();
  const created = await presenter.ask({ type: 'create', lessonId: 'star-method' }, 'created');
  return { presenter, room: created.room, secret: created.secret };
}

async function join(room: string, name = '') {
  const phone = await connect();
  const welcome = await phone.ask({ type: 'join', room, name }, 'welcome');
  if (welcome.role !== 'participant') throw new Error('expected a participant');
  return { phone, welcome };
}

beforeEach(async () => {
  clock = Date.UTC(2026, 0, 5, 9, 0);
  dirs = tempDirs();
  server = await start(dirs, { now });
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server.close();
  dirs.remove();
});

describe('the room', () => {
  it('counts one answer per phone, changeable until closed, and never twice for a resend', async () => {
    const { presenter, room, secret } = await createRoom();
    expect(room).toMatch(/^[A-Z2-9]{6}$/);
    expect(secret.length).toBeGreaterThanOrEqual(16);

    const phones = await Promise.all([join(room, 'Ana'), join(room), join(room)]);
    const opened = phones.map(({ phone }) => phone.next('participant-state', (s) => s.phase === 'open'));
    presenter.send({ type: 'open', question: liveSingle, position: 1, count: 8 });
    const states = await Promise.all(opened);
    expect(states[0]!.question?.id).toBe('q-single');

    const answer = (i: number, answerId: string, choice: string) =>
      phones[i]!.phone.ask({ type: 'answer', questionId: 'q-single', answerId, response: { kind: 'single', choice } }, 'answer-received', (m) => m.answerId === answerId);
    await answer(0, 'answer-0001', 'b');
    await answer(1, 'answer-0002', 'b');
    await answer(2, 'answer-0003', 'a');
    // The same answer again (after a reconnect): acknowledged, not counted again.
    await answer(2, 'answer-0003', 'a');
    // A new answer from the same phone replaces its last one.
    await answer(2, 'answer-0004', 'c');

    const tally = await presenter.next('presenter-state', (s) => s.current?.answered === 3 && s.current.tally.c === 1);
    expect(tally.current?.tally).toEqual({ b: 2, c: 1 });
    expect(tally.joined).toBe(3);

    const closed = phones[0]!.phone.next('participant-state', (s) => s.phase === 'closed');
    presenter.send({ type: 'close' });
    await closed;
    const refused = await phones[0]!.phone.ask({ type: 'answer', questionId: 'q-single', answerId: 'answer-0005', response: { kind: 'single', choice: 'a' } }, 'refused');
    expect(refused.code).toBe('not-open');

    const revealed = phones[0]!.phone.next('participant-state', (s) => s.phase === 'revealed');
    presenter.send({ type: 'reveal' });
    expect((await revealed).yours).toEqual({ answerId: 'answer-0001', response: { kind: 'single', choice: 'b' } });
  });

  it('knows a phone that reconnects with its token: counted once, its answer kept', async () => {
    const { presenter, room } = await createRoom();
    const { phone, welcome } = await join(room, 'Bo');
    if (welcome.role !== 'participant') throw new Error();
    presenter.send({ type: 'open', question: liveSingle, position: 1, count: 1 });
    await phone.next('participant-state', (s) => s.phase === 'open');
    await phone.ask({ type: 'answer', questionId: 'q-single', answerId: 'answer-1111', response: { kind: 'single', choice: 'c' } }, 'answer-received');
    phone.close();

    const again = await connect();
    const state = again.next('participant-state');
    const back = await again.ask({ type: 'join', room, participantId: welcome.participantId, token: welcome.token }, 'welcome');
    expect(back).toMatchObject({ participantId: welcome.participantId, name: 'Bo' });
    expect((await state).yours?.answerId).toBe('answer-1111');
    const seen = await presenter.next('presenter-state', (s) => s.connected === 1);
    expect(seen.joined).toBe(1);
    expect(seen.current?.answered).toBe(1);

    // A stolen participant id without its token is a new participant, not the same one.
    const other = await connect();
    const stranger = await other.ask({ type: 'join', room, participantId: welcome.participantId, token: 'wrong-token' }, 'welcome');
    expect(stranger).not.toMatchObject({ participantId: welcome.participantId });
  });

  it('checks answers against the question', async () => {
    const { presenter, room } = await createRoom();
    const { phone } = await join(room);
    const order = { id: 'q-order', kind: 'order', skills: [], prompt: 'Order', items: [{ id: 'x', text: 'X' }, { id: 'y', text: 'Y' }, { id: 'z', text: 'Z' }], feedback: 'f' };
    presenter.send({ type: 'open', question: order, position: 2, count: 8 });
    await phone.next('participant-state', (s) => s.question?.id === 'q-order');
    const bad = [
      { kind: 'order', order: ['x', 'y'] },
      { kind: 'order', order: ['x', 'x', 'y'] },
      { kind: 'order', order: ['x', 'y', 'w'] },
      { kind: 'single', choice: 'x' },
      'x,y,z',
    ];
    for (const [i, response] of bad.entries()) {
      const refused = await phone.ask({ type: 'answer', questionId: 'q-order', answerId: `bad-answer-${i}`, response }, 'refused');
      expect(refused.code).toBe('invalid-answer');
    }
    await phone.ask({ type: 'answer', questionId: 'q-order', answerId: 'good-answer', response: { kind: 'order', order: ['y', 'x', 'z'] } }, 'answer-received');
    const state = await presenter.next('presenter-state', (s) => s.current?.answered === 1);
    expect(state.current?.tally).toEqual({ 'y,x,z': 1 });
  });

  it('keeps free-text rewrites for the trainer and shows only the one picked', async () => {
    const { presenter, room } = await createRoom();
    const { phone } = await join(room, 'Cy');
    presenter.send({ type: 'open', question: { ...policyRewrite, id: 'q-rw' }, position: 3, count: 8 });
    await phone.next('participant-state', (s) => s.phase === 'open');
    await phone.ask({ type: 'answer', questionId: 'q-rw', answerId: 'rewrite-001', response: { kind: 'rewrite', text: '  I will sort it out now.  ' } }, 'answer-received');
    const listed = await presenter.next('presenter-state', (s) => (s.current?.texts.length ?? 0) === 1);
    expect(listed.current?.texts).toEqual([{ answerId: 'rewrite-001', text: 'I will sort it out now.', name: 'Cy' }]);
    expect(listed.current?.spotlight).toBeNull();
    presenter.send({ type: 'spotlight', answerId: 'rewrite-001' });
    const shown = await presenter.next('presenter-state', (s) => s.current?.spotlight !== null);
    expect(shown.current?.spotlight).toEqual({ answerId: 'rewrite-001', text: 'I will sort it out now.' });
  });
});

describe('trust and safety', () => {
  it('refuses malformed, unknown, invalid, binary and oversized messages with a reason, and keeps serving', async () => {
    const client = await connect();
    const cases: [unknown, string][] = [
      ['{not json', 'malformed'],
      ['null', 'unknown-type'],
      [{ type: 'shout' }, 'unknown-type'],
      [{ type: 'join' }, 'invalid'],
      [{ type: 'join', room: 'ABCDEF', extra: 1 }, 'invalid'],
      [{ type: 'create', lessonId: '../../etc' }, 'invalid'],
      [{ type: 'join', room: 'ABCDEF', name: 'x'.repeat(41) }, 'invalid'],
      [{ type: 'join', room: 'ABCDEF', name: 'y'.repeat(5000) }, 'too-large'],
    ];
    for (const [message, code] of cases) {
      const refused = await client.ask(message, 'refused');
      expect(refused.code, JSON.stringify(message).slice(0, 60)).toBe(code);
      expect(refused.reason.length).toBeGreaterThan(5);
    }
    const binary = client.next('refused');
    client.socket.send(Buffer.from([1, 2, 3]));
    expect((await binary).code).toBe('binary');

    // Past the hard limit the WebSocket layer hangs up (1009), and only on that connection.
    const huge = await connect();
    const closed = new Promise<number>((resolve) => huge.socket.on('close', (code) => resolve(code)));
    huge.send('x'.repeat(200 * 1024));
    expect(await closed).toBe(1009);

    const { room } = await createRoom();
    await join(room);
  });

  it('lets only the presenter run the room, and only with the room code and the secret', async () => {
    const { room, secret } = await createRoom();
    const { phone } = await join(room);
    for (const message of [{ type: 'open', question: liveSingle, position: 1, count: 1 }, { type: 'close' }, { type: 'reveal' }, { type: 'end' }]) {
      expect((await phone.ask(message, 'refused')).code).toBe('not-allowed');
    }
    const stranger = await connect();
    expect((await stranger.ask({ type: 'close' }, 'refused')).code).toBe('not-joined');
    expect((await stranger.ask({ type: 'answer', questionId: 'q', answerId: 'answer-xyz1', response: {} }, 'refused')).code).toBe('not-joined');
    expect((await stranger.ask({ type: 'join', room: 'ZZZZZZ' }, 'refused')).code).toBe('unknown-room');
    expect((await stranger.ask({ type: 'present', room, secret: 'x'.repeat(32) }, 'refused')).code).toBe('bad-secret');
    expect((await stranger.ask({ type: 'present', room, secret }, 'welcome')).role).toBe('presenter');
  });

  it('locks out an address that keeps guessing room codes', async () => {
    const guesser = await connect();
    let last = '';
    for (let i = 0; i < 22; i++) {
      // Stay under the message rate: this test is about wrong codes, not floods.
      if (i % 15 === 14) clock += 1100;
      last = (await guesser.ask({ type: 'join', room: `GUESS${i}` }, 'refused')).code;
    }
    expect(last).toBe('too-many-attempts');
  });

  it('rate-limits each connection', async () => {
    const client = await connect();
    const refused = client.next('refused', (m) => m.code === 'rate-limited');
    for (let i = 0; i < 60; i++) client.send({ type: 'shout' });
    expect((await refused).reason).toMatch(/slow down/i);
    // Others are not affected.
    const { room } = await createRoom();
    await join(room);
  });

  it('starts rooms only for the laptop itself, and refuses pages from other sites', async () => {
    await server.close();
    server = await start(dirs, { now, mayCreate: () => false });
    const client = await connect();
    expect((await client.ask({ type: 'create', lessonId: 'star-method' }, 'refused')).code).toBe('not-allowed');

    const foreign = new Client(server.port, { origin: 'http://evil.example' });
    await expect(foreign.opened).rejects.toThrow(/403/);
  });

  it('refuses a page whose own name was rebound to the laptop (DNS rebinding): Host must name the laptop', async () => {
    // The rebinding page is same-origin with itself: its Origin and Host agree, and neither is the laptop.
    const rebound = new Client(server.port, { host: `evil.example:${server.port}`, origin: `http://evil.example:${server.port}` });
    await expect(rebound.opened).rejects.toThrow(/403/);
    const noOrigin = new Client(server.port, { host: `evil.example:${server.port}` });
    await expect(noOrigin.opened).rejects.toThrow(/403/);
    // The laptop's own names still work.
    for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`]) {
      const own = new Client(server.port, { host, origin: `http://${host}` });
      await own.opened;
      own.close();
    }
  });

  it('never serves dotfiles from the course folder', async () => {
    writeFileSync(path.join(dirs.distDir, '.env'), 'SECRET=1');
    mkdirSync(path.join(dirs.distDir, '.git'), { recursive: true });
    writeFileSync(path.join(dirs.distDir, '.git', 'config'), '[core]');
    for (const url of ['/.env', '/.git/config', '/assets/../.env', '/%2eenv']) {
      const response = await fetch(`http://127.0.0.1:${server.port}${url}`);
      expect({ url, status: response.status, secret: (await response.text()).includes('SECRET') || false }).toEqual({ url, status: 404, secret: false });
    }
  });
});

describe('one device, one voice; rooms that end; no key before the reveal', () => {
  it('an address adds at most a few participants to a room; a rejoin with its token is the same one and is free', async () => {
    await server.close();
    server = await start(dirs, { now, unlimitedJoins: () => false });
    const { room } = await createRoom();
    const first = await join(room);
    await join(room);
    await join(room);
    const fourth = await connect();
    const refused = await fourth.ask({ type: 'join', room }, 'refused');
    expect(refused.code).toBe('device-limit');
    expect(refused.reason).toMatch(/already joined this session 3 times/);
    // The first phone coming back (a reload) is still itself.
    const again = await connect();
    const welcome = await again.ask({ type: 'join', room, participantId: first.welcome.participantId, token: first.welcome.token }, 'welcome');
    expect(welcome.role === 'participant' && welcome.participantId).toBe(first.welcome.participantId);
  });

  it('a phone gets the question without its key until the reveal, and with it after', async () => {
    const { presenter, room } = await createRoom();
    const { phone } = await join(room);
    const opened = phone.next('participant-state', (m) => m.phase === 'open');
    presenter.send({ type: 'open', question: liveSingle, position: 1, count: 8 });
    const before = JSON.stringify((await opened).question);
    expect(before).toContain('"text"');
    for (const key of ['credit', 'feedback']) expect(before).not.toContain(`"${key}"`);
    const revealed = phone.next('participant-state', (m) => m.phase === 'revealed');
    presenter.send({ type: 'reveal' });
    expect(JSON.stringify((await revealed).question)).toContain('"credit"');
  });

  it('an ordering question reaches phones in the room’s order, never the keyed one, until the reveal', async () => {
    const { presenter, room } = await createRoom();
    const { phone } = await join(room);
    const opened = phone.next('participant-state', (m) => m.phase === 'open');
    presenter.send({ type: 'open', question: starSteps, position: 1, count: 8 });
    const before = (await opened).question as OrderQuestion;
    const keyed = starSteps.items.map((item) => item.id);
    // The order the projector shows (the room's seed), which is never the keyed one.
    expect(before.items.map((item) => item.id)).toEqual(displayOrder(starSteps, ROOM_SEED));
    expect(before.items.map((item) => item.id)).not.toEqual(keyed);
    expect([...before.items.map((item) => item.id)].sort()).toEqual([...keyed].sort());
    expect(JSON.stringify(before)).not.toContain('"feedback"');
    const revealed = phone.next('participant-state', (m) => m.phase === 'revealed');
    presenter.send({ type: 'reveal' });
    expect(((await revealed).question as OrderQuestion).items.map((item) => item.id)).toEqual(keyed);
  });

  it('a sorting question is answered from phones: whole answers only, counted per placement, graded for the results', async () => {
    const { presenter, room } = await createRoom();
    const phones = await Promise.all([join(room), join(room)]);
    const opened = phones.map(({ phone }) => phone.next('participant-state', (m) => m.phase === 'open'));
    presenter.send({ type: 'open', question: cueSort, position: 2, count: 8 });
    const [state] = await Promise.all(opened);
    // Before the reveal a phone has the items and categories, not where each item belongs.
    expect(JSON.stringify(state!.question)).not.toMatch(/"category"|"feedback"/);
    const right = Object.fromEntries(cueSort.items.map((item) => [item.id, item.category]));
    const answer = (answerId: string, placements: Record<string, string>) =>
      ({ type: 'answer', questionId: 'cue-sort', answerId, response: { kind: 'categorize', placements } }) as const;
    // Not every item placed, or a category the question does not have: refused with the reason.
    expect((await phones[0]!.phone.ask(answer('answer-1001', { smile: 'pos' }), 'refused')).code).toBe('invalid-answer');
    expect((await phones[0]!.phone.ask(answer('answer-1002', { ...right, nod: 'meh' }), 'refused')).code).toBe('invalid-answer');
    await phones[0]!.phone.ask(answer('answer-1003', right), 'answer-received');
    await phones[1]!.phone.ask(answer('answer-1004', { smile: 'pos', nod: 'neg', arms: 'neg', phone: 'pos' }), 'answer-received');
    const tally = await presenter.next('presenter-state', (s) => s.current?.answered === 2);
    expect(tally.current?.tally).toEqual({
      [placementKey('smile', 'pos')]: 2,
      [placementKey('nod', 'pos')]: 1,
      [placementKey('nod', 'neg')]: 1,
      [placementKey('arms', 'neg')]: 2,
      [placementKey('phone', 'neg')]: 1,
      [placementKey('phone', 'pos')]: 1,
    });
    const results = await presenter.ask({ type: 'results' }, 'results');
    expect(results.questions[0]).toMatchObject({ questionId: 'cue-sort', answered: 2, right: 1 });
  });

  it('sessions older than a day close by themselves; the cap says what to do', async () => {
    const first = await createRoom();
    clock += 25 * 60 * 60 * 1000;
    await createRoom();
    const late = await connect();
    expect((await late.ask({ type: 'join', room: first.room }, 'refused')).code).toBe('unknown-room');
    // Fill the laptop: the refusal names the way out.
    for (let active = 1; active < 50; active++) await createRoom();
    const presenter = await connect();
    const refused = await presenter.ask({ type: 'create', lessonId: 'star-method' }, 'refused');
    expect(refused.code).toBe('too-many-rooms');
    expect(refused.reason).toMatch(/End live session/);
  });
});

describe('the results a trainer takes away', () => {
  it('the presenter gets every question opened: its tally, how many got it right by the quiz’s grading, and rewrites without names', async () => {
    const { presenter, room } = await createRoom();
    const phones = await Promise.all([join(room, 'Ana'), join(room, 'Ben'), join(room)]);
    presenter.send({ type: 'open', question: liveSingle, position: 3, count: 8 });
    await Promise.all(phones.map(({ phone }) => phone.next('participant-state', (m) => m.phase === 'open')));
    const best = liveSingle.options.find((o) => o.credit === 1)!.id;
    const other = liveSingle.options.find((o) => o.credit === 0)!.id;
    const picks = [best, best, other];
    await Promise.all(phones.map(({ phone }, i) => phone.ask({ type: 'answer', questionId: 'q-single', answerId: `res-${i}-answer`, response: { kind: 'single', choice: picks[i] } }, 'answer-received')));
    presenter.send({ type: 'open', question: { ...policyRewrite, id: 'q-rw' }, position: 5, count: 8 });
    await phones[0]!.phone.next('participant-state', (m) => m.question?.id === 'q-rw');
    await phones[0]!.phone.ask({ type: 'answer', questionId: 'q-rw', answerId: 'res-rw-answer', response: { kind: 'rewrite', text: 'I will sort it now.' } }, 'answer-received');

    const results = await presenter.ask({ type: 'results' }, 'results');
    expect(results.questions.map((q) => [q.questionId, q.position, q.answered])).toEqual([
      ['q-single', 3, 3],
      ['q-rw', 5, 1],
    ]);
    expect(results.questions[0]!.tally).toEqual({ [best]: 2, [other]: 1 });
    expect(results.questions[0]!.right).toBe(2);
    expect(results.questions[1]!.texts).toEqual(['I will sort it now.']);
    expect(JSON.stringify(results)).not.toContain('Ana');
    // Phones may not ask.
    expect((await phones[1]!.phone.ask({ type: 'results' }, 'refused')).code).toBe('not-allowed');
  });
});

describe('nothing lost', () => {
  it('a restart resumes the room with the same participants, answers and tallies', async () => {
    const { presenter, room, secret } = await createRoom();
    const phones = await Promise.all([join(room), join(room), join(room), join(room)]);
    presenter.send({ type: 'open', question: liveSingle, position: 1, count: 8 });
    await Promise.all(phones.map(({ phone }) => phone.next('participant-state', (s) => s.phase === 'open')));
    const choices = ['a', 'b', 'b', 'c'];
    await Promise.all(
      phones.map(({ phone }, i) =>
        phone.ask({ type: 'answer', questionId: 'q-single', answerId: `restart-${i}-answer`, response: { kind: 'single', choice: choices[i] } }, 'answer-received'),
      ),
    );

    for (const client of clients.splice(0)) client.close();
    await server.close();
    server = await start(dirs, { now });

    const back = await connect();
    const state = back.next('presenter-state');
    await back.ask({ type: 'present', room, secret }, 'welcome');
    const resumed = await state;
    expect(resumed).toMatchObject({ joined: 4, phase: 'open' });
    expect(resumed.current?.tally).toEqual({ a: 1, b: 2, c: 1 });

    const { welcome } = phones[1]!;
    if (welcome.role !== 'participant') throw new Error();
    const seen = back.next('presenter-state', (s) => s.connected === 1);
    const phone = await connect();
    const mine = phone.next('participant-state');
    await phone.ask({ type: 'join', room, participantId: welcome.participantId, token: welcome.token }, 'welcome');
    expect((await mine).yours?.answerId).toBe('restart-1-answer');
    // Resending the answer the phone was not sure about does not count it again.
    await phone.ask({ type: 'answer', questionId: 'q-single', answerId: 'restart-1-answer', response: { kind: 'single', choice: 'b' } }, 'answer-received');
    expect((await seen).current?.answered).toBe(4);
    expect(back.messages.at(-1)).toMatchObject({ type: 'presenter-state', joined: 4 });
  });
});

describe('the course', () => {
  it('serves the built site marked as live, with the relay allowed by its policy, and nothing outside it', async () => {
    const base = `http://127.0.0.1:${server.port}`;
    const page = await (await fetch(`${base}/presenter/star-method/1`)).text();
    expect(page).toContain('<meta name="frontline-live" content="1" />');
    expect(page).toContain(`connect-src &#39;self&#39; ws://127.0.0.1:${server.port}`);
    expect(await (await fetch(`${base}/live/config`)).json()).toEqual({ live: true, joinUrl: `${base}/join` });
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    // The static site's offline files are not served: the workshop's pages must not be cached without their marker.
    for (const file of ['sw.js', 'workbox-abc123.js', 'manifest.webmanifest']) expect((await fetch(`${base}/${file}`)).status, file).toBe(404);
    const escape = await fetch(`${base}/..%2fsecret.txt`);
    expect(await escape.text()).not.toContain('not for the web');
  });

  it('serves the app shell for every page, never a prerendered page without its live parts', async () => {
    const base = `http://127.0.0.1:${server.port}`;
    writeFileSync(path.join(dirs.distDir, 'index.html'), '<!doctype html><html><head></head><body><div id="root" data-prerendered="/">Home</div></body></html>');
    writeFileSync(path.join(dirs.distDir, 'shell.html'), '<!doctype html><html><head></head><body><div id="root"></div></body></html>');
    mkdirSync(path.join(dirs.distDir, 'lessons'));
    writeFileSync(path.join(dirs.distDir, 'lessons', 'star-method.html'), '<!doctype html><html><head></head><body><div id="root" data-prerendered="/lessons/star-method">Lesson</div></body></html>');
    for (const route of ['/', '/index.html', '/lessons/star-method', '/lessons/star-method.html', '/present/star-method/2']) {
      const page = await (await fetch(base + route)).text();
      expect(page, route).toContain('<div id="root"></div>');
      expect(page, route).toContain('<meta name="frontline-live" content="1" />');
    }
  });
});
