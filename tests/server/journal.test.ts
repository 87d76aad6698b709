import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkAnswer, presenterQuestion } from '../../server/rooms.ts';
import { liveQuestionSchema } from '../../src/protocol/live.ts';
import { openStore, WorkshopStartError, type JournalDisk } from '../../server/journal.ts';
import { breakdownSigns, liveSingle, wrongOrder } from '../fixtures/questions.ts';
import { tempDirs } from './helpers.ts';

/** The journal on disk, and the pure rules of the room. */

let dirs: ReturnType<typeof tempDirs> | undefined;
afterEach(() => dirs?.remove());

describe('the journal', () => {
  it('survives a torn last line and comes back compacted, with the same state', () => {
    dirs = tempDirs();
    const store = openStore(dirs.dataDir);
    const question = liveQuestionSchema.parse(liveSingle);
    store.commit({ e: 'room', room: 'ABCDEF', lessonId: 'star-method', secretHash: 'h', at: 1 });
    store.commit({ e: 'join', room: 'ABCDEF', participantId: 'p1', tokenHash: 't', name: '' });
    store.commit({ e: 'open', room: 'ABCDEF', question, position: 1, count: 8 });
    for (const choice of ['a', 'b', 'c', 'b']) {
      store.commit({ e: 'answer', room: 'ABCDEF', questionId: 'q-single', participantId: 'p1', answerId: `id-${choice}`, response: { kind: 'single', choice } });
    }
    store.close();
    // A crash in the middle of a write.
    appendFileSync(store.file, '{"e":"answer","room":"ABC');

    const reopened = openStore(dirs.dataDir);
    const room = reopened.rooms.get('ABCDEF')!;
    expect(presenterQuestion(room)).toMatchObject({ answered: 1, tally: { b: 1 }, phase: 'open' });
    // Compacted: one answer line for the one participant, no torn line.
    const lines = readFileSync(reopened.file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(4);
    reopened.close();
  });

  const room = { e: 'room', room: 'ABCDEF', lessonId: 'star-method', secretHash: 'h', at: 1 } as const;
  const answer = (choice: string) =>
    ({ e: 'answer', room: 'ABCDEF', questionId: 'q-single', participantId: 'p1', answerId: `id-${choice}`, response: { kind: 'single', choice } }) as const;

  it('is one server’s: a second store on the same folder refuses before reading or writing, naming the first', () => {
    dirs = tempDirs();
    const first = openStore(dirs.dataDir);
    first.commit(room);
    const before = readFileSync(first.file, 'utf8');
    // The second "server" is this same process under another id: pretend the lock is held by a live process.
    const lock = path.join(dirs.dataDir, 'live-journal.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, startedAt: '2026-12-04T09:00:00.000Z' }));
    expect(() => openStore(dirs!.dataDir)).toThrow(WorkshopStartError);
    expect(() => openStore(dirs!.dataDir)).toThrow(new RegExp(`process ${process.ppid}, started 2026-12-04T09:00:00.000Z.*--data`));
    // Nothing was rewritten: the first server keeps appending to the journal it opened.
    expect(readFileSync(first.file, 'utf8')).toBe(before);
    first.commit({ e: 'join', room: 'ABCDEF', participantId: 'p1', tokenHash: 't', name: '' });
    expect(readFileSync(first.file, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('takes over a lock left by a process that is gone, and releases its own on close', () => {
    dirs = tempDirs();
    mkdirSync(dirs.dataDir, { recursive: true });
    const lock = path.join(dirs.dataDir, 'live-journal.lock');
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 12345, startedAt: 'yesterday' }));
    const store = openStore(dirs.dataDir);
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    store.close();
    expect(existsSync(lock)).toBe(false);
  });

  it('on a full disk refuses the event, cuts the torn line back off, and keeps every event it confirmed', () => {
    dirs = tempDirs();
    let bytesLeft = Infinity;
    // A disk that takes some bytes of a write, then refuses the rest.
    const disk: JournalDisk = {
      writeSync: (fd, data, offset, length) => {
        if (bytesLeft <= 0) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        const n = Math.min(length, bytesLeft);
        bytesLeft -= n;
        return writeSync(fd, data, offset, n);
      },
    };
    const store = openStore(dirs.dataDir, disk);
    store.commit(room);
    store.commit({ e: 'join', room: 'ABCDEF', participantId: 'p1', tokenHash: 't', name: '' });
    store.commit({ e: 'open', room: 'ABCDEF', question: liveQuestionSchema.parse(liveSingle), position: 1, count: 8 });
    store.commit(answer('a'));
    bytesLeft = 20;
    expect(() => store.commit(answer('b'))).toThrow(/ENOSPC/);
    // Not applied, and the journal ends on a whole line.
    expect(presenterQuestion(store.rooms.get('ABCDEF')!)).toMatchObject({ answered: 1, tally: { a: 1 } });
    expect(readFileSync(store.file, 'utf8').endsWith('}\n')).toBe(true);
    // Space again: the next answer goes in whole, and a restart has every confirmed event.
    bytesLeft = Infinity;
    store.commit(answer('c'));
    store.close();
    const reopened = openStore(dirs.dataDir);
    expect(reopened.damaged).toBeNull();
    expect(presenterQuestion(reopened.rooms.get('ABCDEF')!)).toMatchObject({ answered: 1, tally: { c: 1 } });
    reopened.close();
  });

  it('reports damaged lines by number and keeps the untouched original before compacting', () => {
    dirs = tempDirs();
    const store = openStore(dirs.dataDir);
    store.commit(room);
    store.close();
    appendFileSync(store.file, 'not json\n' + JSON.stringify({ e: 'join', room: 'ABCDEF', participantId: 'p1', tokenHash: 't', name: '' }) + '\n{"e":\n');
    const original = readFileSync(store.file, 'utf8');
    const reopened = openStore(dirs.dataDir);
    expect(reopened.damaged?.lines).toEqual([2, 4]);
    expect(readFileSync(reopened.damaged!.copy, 'utf8')).toBe(original);
    expect(reopened.rooms.get('ABCDEF')?.participants.size).toBe(1);
    reopened.close();
  });

  it('an unusable journal stops the start with a reason, and leaves no lock behind', () => {
    dirs = tempDirs();
    // A folder where the journal file should be: it can be neither read nor rewritten.
    mkdirSync(path.join(dirs.dataDir, 'live-journal.ndjson'), { recursive: true });
    expect(() => openStore(dirs!.dataDir)).toThrow(/Cannot read and rewrite the journal .*live-journal\.ndjson: a folder is in the way/);
    expect(existsSync(path.join(dirs.dataDir, 'live-journal.lock'))).toBe(false);
  });
});

describe('answers', () => {
  it('come only to a whole question, as quiz.yaml has it, within the room’s limits', () => {
    expect(liveQuestionSchema.parse(liveSingle)).toEqual(liveSingle);
    const refused = (question: unknown) => !liveQuestionSchema.safeParse(question).success;
    // Without its key, or with a field no question has.
    expect(refused({ ...liveSingle, options: liveSingle.options.map(({ credit: _credit, ...option }) => option) })).toBe(true);
    expect(refused({ ...liveSingle, colour: 'red' })).toBe(true);
    // Longer than the room takes: an id, a list of options.
    expect(refused({ ...liveSingle, id: 'q'.repeat(101) })).toBe(true);
    const options = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `o${i}`, text: 'An option.', correct: i === 0, feedback: 'Why.' }));
    expect(refused({ ...breakdownSigns, options: options(20) })).toBe(false);
    expect(refused({ ...breakdownSigns, options: options(21) })).toBe(true);
  });

  it('takes a conversation’s first reply only', () => {
    // The first node offers r1, r2 and r7.
    const question = liveQuestionSchema.parse(wrongOrder);
    expect(checkAnswer(question, { kind: 'conversation', path: ['r2'] })).toEqual({ kind: 'conversation', path: ['r2'] });
    expect(checkAnswer(question, { kind: 'conversation', path: ['r2', 'r1'] })).toBeNull();
    expect(checkAnswer(question, { kind: 'conversation', path: ['nope'] })).toBeNull();
  });
});
