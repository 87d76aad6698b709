/**
 * Statements an ended cmi5 session could not send go in the next session as that session's: re-stamped with its
 * context template (session id, context activities) and registration, their id, timestamp and result kept; the
 * ended session's own initialized / terminated left out; the new session's "initialized" always first.
 */
import { describe, expect, it } from 'vitest';
import type { QueuedStatement } from '../../src/reporting/cmi5/outbox.ts';
import { carriedOver, forThisSession, restamp, SESSION_ID, sessionOf, verbOf, type ThisSession } from '../../src/reporting/cmi5/sessions.ts';

const PUBLISHER = 'https://frontline.example/xapi/course';
const CMI5 = { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' };
const MOVEON = { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' };

const template = (session: string, grouping = PUBLISHER) => ({
  contextActivities: { grouping: [{ objectType: 'Activity', id: grouping }] },
  extensions: { [SESSION_ID]: session },
});
const now: ThisSession = { registration: 'reg-2', contextTemplate: template('session-2'), normal: true };

let n = 0;
function statement(verb: string, session: string, extra: { defined?: boolean; registration?: string } = {}): QueuedStatement {
  n += 1;
  const context = template(session);
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    actor: { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner' } },
    verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
    object: { objectType: 'Activity', id: `https://lms.example/au/${verb}` },
    result: { success: true },
    timestamp: `2026-01-0${Math.min(9, n)}T10:00:00.000Z`,
    context: {
      ...context,
      registration: extra.registration ?? 'reg-1',
      contextActivities: { ...context.contextActivities, ...(extra.defined ? { category: [CMI5, ...(verb === 'terminated' || verb === 'initialized' ? [] : [MOVEON])] } : {}) },
      extensions: { ...context.extensions, 'https://frontline.example/xapi/extensions/attempt': 'attempt-1' },
    },
  };
}

describe('an earlier session’s statement, re-stamped', () => {
  it('takes this session’s id, registration and context activities, and keeps everything else', () => {
    const old = statement('passed', 'session-1', { defined: true });
    const stamped = restamp(old, { ...now, contextTemplate: template('session-2', 'https://frontline.example/xapi/other') });
    expect(sessionOf(stamped)).toBe('session-2');
    const context = stamped.context as Record<string, Record<string, unknown>>;
    expect(context.registration).toBe('reg-2');
    // The template's grouping first, the statement's own kept; its categories kept.
    expect(context.contextActivities!.grouping).toEqual([
      { objectType: 'Activity', id: 'https://frontline.example/xapi/other' },
      { objectType: 'Activity', id: PUBLISHER },
    ]);
    expect(context.contextActivities!.category).toEqual([CMI5, MOVEON]);
    expect(context.extensions!['https://frontline.example/xapi/extensions/attempt']).toBe('attempt-1');
    for (const key of ['id', 'actor', 'verb', 'object', 'result', 'timestamp'] as const) expect(stamped[key]).toEqual(old[key]);
    // The queued statement itself is left as it was.
    expect(sessionOf(old)).toBe('session-1');
  });

  it('a grouping the template already names is not repeated', () => {
    const stamped = restamp(statement('answered', 'session-1'), now);
    expect((stamped.context as { contextActivities: { grouping: unknown[] } }).contextActivities.grouping).toEqual([{ objectType: 'Activity', id: PUBLISHER }]);
  });
});

describe('a batch as this session sends it', () => {
  it('drops the ended session’s initialized and terminated, re-stamps the rest, and puts this session’s initialized first', () => {
    const oldInit = statement('initialized', 'session-1', { defined: true });
    const oldAnswer = statement('answered', 'session-1');
    const oldTerminated = statement('terminated', 'session-1', { defined: true });
    const init = statement('initialized', 'session-2', { defined: true });
    const answer = statement('answered', 'session-2');
    const { body, withheld } = forThisSession([oldInit, oldAnswer, oldTerminated, init, answer], now);
    expect(withheld).toEqual([]);
    expect(body.map((s) => s.id)).toEqual([init.id, oldAnswer.id, answer.id]);
    expect(body.map(sessionOf)).toEqual(['session-2', 'session-2', 'session-2']);
    expect(body[1]!.timestamp).toBe(oldAnswer.timestamp);
  });

  it('has this session’s initialized go ahead of carried statements while it waits in the queue, and not once it has gone', () => {
    const oldAnswer = statement('answered', 'session-1');
    const init = statement('initialized', 'session-2', { defined: true });
    // A split batch: the carried statement alone, this session's initialized still queued behind it: it goes ahead.
    const split = forThisSession([oldAnswer], now, [oldAnswer, init]);
    expect(split.body.map((s) => s.id)).toEqual([oldAnswer.id]);
    expect(split.ahead).toBe(init);
    // Already sent (no longer queued): the carried statement goes alone.
    expect(forThisSession([oldAnswer], now, [oldAnswer]).ahead).toBeUndefined();
    // In the batch itself: moved to its head, nothing ahead.
    expect(forThisSession([oldAnswer, init], now, [oldAnswer, init])).toEqual({ body: [init, restamp(oldAnswer, now)], withheld: [] });
    // This session's own statements need no initialized ahead of them (it went first, in order).
    const answer = statement('answered', 'session-2');
    expect(forThisSession([answer], now, [answer, init])).toEqual({ body: [answer], withheld: [] });
  });

  it('holds back completed / passed / failed of an earlier session in a launch that is not Normal', () => {
    const passed = statement('passed', 'session-1', { defined: true });
    const answer = statement('answered', 'session-1');
    const { body, withheld } = forThisSession([passed, answer], { ...now, normal: false });
    expect(withheld).toEqual([passed]);
    expect(body.map((s) => s.id)).toEqual([answer.id]);
  });

  it('takes over at most what one session may hold: one completed, a pass rather than a fail', () => {
    const failed = statement('failed', 'session-1', { defined: true });
    const completed = statement('completed', 'session-1', { defined: true });
    const passed = statement('passed', 'session-3', { defined: true });
    const completedAgain = statement('completed', 'session-3', { defined: true });
    const answer = statement('answered', 'session-3');
    const carried = carriedOver([failed, completed, answer, passed, completedAgain]);
    expect(carried.verbs).toEqual(['completed', 'passed']);
    expect([...carried.drop]).toEqual([failed.id, completedAgain.id]);
    const { body } = forThisSession([failed, completed, answer, passed, completedAgain], now, [], carried.drop);
    expect(body.map(verbOf)).toEqual(['completed', 'answered', 'passed']);
  });

  it('leaves everything as it is when the launch names no session', () => {
    const old = statement('answered', 'session-1');
    expect(forThisSession([old], { ...now, contextTemplate: {} }).body).toEqual([old]);
  });
});
