import { appendFileSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkAnswer, presenterQuestion } from '../../server/rooms.ts';
import { liveQuestionSchema } from '../../src/protocol/live.ts';
import { openStore } from '../../server/journal.ts';
import { liveSingle } from '../fixtures/questions.ts';
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
});

describe('answers', () => {
  it('takes a conversation’s first reply only', () => {
    const question = liveQuestionSchema.parse({
      id: 'c',
      kind: 'conversation',
      prompt: 'p',
      start: 'n1',
      nodes: [{ id: 'n1', customer: 'Hi', responses: [{ id: 'r1', text: 'A' }, { id: 'r2', text: 'B' }] }],
    });
    expect(checkAnswer(question, { kind: 'conversation', path: ['r2'] })).toEqual({ kind: 'conversation', path: ['r2'] });
    expect(checkAnswer(question, { kind: 'conversation', path: ['r2', 'r1'] })).toBeNull();
    expect(checkAnswer(question, { kind: 'conversation', path: ['nope'] })).toBeNull();
  });
});
