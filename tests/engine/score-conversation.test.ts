import { describe, expect, it } from 'vitest';
import type { ConversationQuestion } from '../../src/engine/index.ts';
import { bestConversationPath, scoreConversation, walkConversation } from '../../src/engine/index.ts';
import { wrongOrder } from '../fixtures/questions.ts';

const answer = (...path: string[]) => scoreConversation({ kind: 'conversation', path }, wrongOrder);

describe('scoreConversation', () => {
  it('gives the best path full credit', () => {
    expect(answer('r1', 'r3')).toEqual({ kind: 'points', earned: 4, total: 4 });
  });

  it('gives an acceptable path partial credit', () => {
    // r2 earns 1 of the 2 on offer at the first step, r5 the 1 on offer at the second: 2 of 3.
    expect(answer('r2', 'r5')).toEqual({ kind: 'points', earned: 2, total: 3 });
    // Half the points on offer, and an escalation (capped at two thirds): 2 of 4.
    expect(answer('r1', 'r4')).toEqual({ kind: 'points', earned: 2, total: 4 });
  });

  it('gives a harmful path nothing', () => {
    expect(answer('r7')).toEqual({ kind: 'points', earned: 0, total: 2 });
  });

  it.each([
    ['an empty path', [], 'not answered'],
    ['a path that stops before an ending', ['r1'], 'has not reached an ending'],
    ['a reply from another node', ['r1', 'r5'], '"r5" is not a reply available at step 2'],
    ['an unknown reply', ['zz'], '"zz" is not a reply'],
    ['a path that continues past an ending', ['r7', 'r1'], 'past an ending'],
  ])('is invalid for %s', (_label, path, reason) => {
    expect(scoreConversation({ kind: 'conversation', path }, wrongOrder)).toEqual({
      kind: 'invalid',
      reason: expect.stringContaining(reason),
    });
  });

  it('is invalid for malformed responses', () => {
    expect(scoreConversation({ kind: 'conversation', path: 'r1,r3' }, wrongOrder).kind).toBe('invalid');
    expect(scoreConversation({ kind: 'conversation', path: [1, 3] }, wrongOrder).kind).toBe('invalid');
    expect(scoreConversation({ kind: 'rewrite', text: 'hi' }, wrongOrder).kind).toBe('invalid');
  });
});

describe('walkConversation', () => {
  it('replays a complete path with its ending', () => {
    const walk = walkConversation(wrongOrder, ['r2', 'r6']);
    expect(walk.valid).toBe(true);
    expect(walk.steps.map((step) => [step.node.id, step.response.id])).toEqual([
      ['n1', 'r2'],
      ['n3', 'r6'],
    ]);
    expect(walk.ending?.outcome).toBe('lost');
  });

  it('keeps the valid prefix of a broken path so the UI can show the dialogue so far', () => {
    const walk = walkConversation(wrongOrder, ['r1', 'nope']);
    expect(walk.valid).toBe(false);
    expect(walk.steps.map((step) => step.response.id)).toEqual(['r1']);
    expect(walk.ending).toBeUndefined();
  });

  it('reports an in-progress path as not (yet) valid', () => {
    expect(walkConversation(wrongOrder, ['r1'])).toMatchObject({ valid: false, steps: [{ node: { id: 'n1' } }] });
  });
});

describe('bestConversationPath', () => {
  it('finds the highest-scoring path', () => {
    expect(bestConversationPath(wrongOrder)).toEqual({ path: ['r1', 'r3'], points: 4 });
  });

  it('solves shared sub-dialogues once (a long diamond chain stays fast)', () => {
    // 40 diamonds in a row: 2^40 paths, so only a memoised search finishes.
    const depth = 40;
    const nodes = Array.from({ length: depth }, (_, i) => ({
      id: `n${i}`,
      customer: '…',
      responses: [
        { id: `a${i}`, text: 'a', points: 1, feedback: '', next: i + 1 < depth ? `n${i + 1}` : 'end' },
        { id: `b${i}`, text: 'b', points: 2, feedback: '', next: i + 1 < depth ? `n${i + 1}` : 'end' },
      ],
    }));
    const question: ConversationQuestion = {
      ...wrongOrder,
      start: 'n0',
      nodes,
      endings: [{ id: 'end', outcome: 'recovered', text: '' }],
    };
    const best = bestConversationPath(question);
    expect(best.points).toBe(2 * depth);
    expect(best.path).toHaveLength(depth);
    expect(scoreConversation({ kind: 'conversation', path: best.path }, question)).toEqual({
      kind: 'points',
      earned: 2 * depth,
      total: 2 * depth,
    });
  });

  it('does not loop forever on a cyclic graph that slipped past validation', () => {
    const cyclic: ConversationQuestion = {
      ...wrongOrder,
      nodes: [
        {
          id: 'n1',
          customer: '…',
          responses: [
            { id: 'loop', text: '', points: 5, feedback: '', next: 'n1' },
            { id: 'out', text: '', points: 1, feedback: '', next: 'lost' },
          ],
        },
      ],
    };
    expect(bestConversationPath(cyclic)).toEqual({ path: ['loop'], points: 5 });
  });

  it('returns an empty path when no ending can be reached', () => {
    expect(bestConversationPath({ ...wrongOrder, start: 'missing' })).toEqual({ path: [], points: 0 });
  });
});

describe('scoring by outcome', () => {
  it('caps a path that loses the customer at a third, and one that escalates at two thirds', () => {
    const lost = scoreConversation({ kind: 'conversation', path: ['r2', 'r6'] }, wrongOrder);
    expect(lost.kind === 'points' && lost.earned / lost.total).toBeLessThanOrEqual(1 / 3);
    const escalated = scoreConversation({ kind: 'conversation', path: ['r1', 'r4'] }, wrongOrder);
    expect(escalated.kind === 'points' && escalated.earned / escalated.total).toBeLessThanOrEqual(2 / 3);
  });

  it('never lets a path with a weaker reply equal the best path, even when a detour collects as many points', () => {
    const detour: ConversationQuestion = {
      ...wrongOrder,
      nodes: [
        { id: 'n1', customer: 'Hello?', responses: [
          { id: 'r1', text: 'Welcome!', points: 2, feedback: '', next: 'n3' },
          { id: 'r2', text: 'One minute.', points: 1, feedback: '', next: 'n2' },
        ] },
        { id: 'n2', customer: 'I have been waiting.', responses: [{ id: 'r3', text: 'Sorry for the wait.', points: 1, feedback: '', next: 'n3' }] },
        { id: 'n3', customer: 'My room is wrong.', responses: [{ id: 'r4', text: 'Let me fix it now.', points: 2, feedback: '', next: 'recovered' }] },
      ],
    };
    const best = scoreConversation({ kind: 'conversation', path: ['r1', 'r4'] }, detour);
    const weakStart = scoreConversation({ kind: 'conversation', path: ['r2', 'r3', 'r4'] }, detour);
    expect(best).toEqual({ kind: 'points', earned: 4, total: 4 });
    expect(weakStart).toEqual({ kind: 'points', earned: 4, total: 5 });
  });
});
