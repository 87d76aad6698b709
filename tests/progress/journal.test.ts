/**
 * The store's journal (`events`): each attempt finished and each lesson completed is appended by the action that does
 * it, and by the merge that brings it from elsewhere (another tab's save, an imported file); never saved.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { AttemptResult } from '../../src/engine/index.ts';
import { arrivals } from '../../src/progress/merge.ts';
import { useStorageStatus } from '../../src/progress/status.ts';
import { createProgressStore, pickData } from '../../src/progress/store.ts';
import { takeOtherTabSave } from '../../src/progress/tab-merge.ts';
import { emptyProgress, PROGRESS_KEY, PROGRESS_VERSION, type ProgressData } from '../../src/progress/types.ts';
import { attemptRecord, finishedRecord } from '../fixtures/attempts.ts';
import { fakeStorage } from './fake-storage.ts';

const T = '2026-03-01T10:00:00.000Z';
const result: AttemptResult = {
  earned: 1,
  total: 2,
  percent: 50,
  passed: false,
  perSkill: {},
  perQuestion: { q1: { kind: 'points', earned: 1, total: 1 }, q2: { kind: 'invalid', reason: 'not answered' } },
};
const newStore = () => createProgressStore(fakeStorage().backend);
const progress = (patch: Partial<ProgressData>): ProgressData => ({ ...emptyProgress(), ...patch });
// The app's own store, made on import, finds no localStorage here and says so: each test starts from a working one.
beforeEach(() => {
  useStorageStatus.setState({ mode: 'ok', unsaved: false, corrupted: false, backup: null, newer: null, lastSavedAt: null });
});

const types = (store: ReturnType<typeof newStore>) => store.getState().events.map((event) => event.type);

describe('the journal', () => {
  it('finishing an attempt appends one event, with the grade and each question’s score kept', () => {
    const store = newStore();
    store.getState().saveAttempt(attemptRecord('a1', 'star-method', T, { questionIds: ['q1', 'q2'] }));
    expect(store.getState().events).toEqual([]);
    store.getState().finish('a1', result);
    const attempt = store.getState().attempts.a1!;
    expect(store.getState().events).toEqual([{ type: 'attempt-finished', attemptId: 'a1', finishedAt: attempt.finishedAt }]);
    expect(attempt.score).toEqual({ earned: 1, total: 2, percent: 50, passed: false, perSkill: {} });
    expect(attempt.questionScores).toEqual(result.perQuestion);
    // Finishing again (a double tap) changes nothing and is not news.
    store.getState().finish('a1', { ...result, percent: 100 });
    expect(store.getState().events).toHaveLength(1);
    expect(store.getState().attempts.a1!.score!.percent).toBe(50);
  });

  it('answers, positions and reading are not journaled; completing a lesson is, again after "not complete"', () => {
    const store = newStore();
    store.getState().saveAttempt(attemptRecord('a1', 'star-method', T, { questionIds: ['q1'] }));
    store.getState().answer('a1', 'q1', { kind: 'single', choice: 'a' });
    store.getState().goTo('a1', 0);
    store.getState().visitLesson('star-method');
    store.getState().completeLesson('star-method');
    store.getState().completeLesson('star-method');
    expect(types(store)).toEqual(['lesson-completed']);
    store.getState().uncompleteLesson('star-method');
    store.getState().completeLesson('star-method');
    expect(types(store)).toEqual(['lesson-completed', 'lesson-completed']);
  });

  it('a merge journals what it brings, and only that', () => {
    const store = newStore();
    store.getState().mergeIn(progress({ attempts: { a1: finishedRecord('a1', 'star-method', 90, T) }, lessons: { 'star-method': { completedAt: T } } }));
    expect(store.getState().events).toEqual([
      { type: 'attempt-finished', attemptId: 'a1', finishedAt: T },
      { type: 'lesson-completed', lessonId: 'star-method', completedAt: T },
    ]);
    // The same again brings nothing new.
    store.getState().mergeIn(progress({ attempts: { a1: finishedRecord('a1', 'star-method', 90, T) }, lessons: { 'star-method': { completedAt: T } } }));
    expect(store.getState().events).toHaveLength(2);
    // A replace journals what the file has that this copy had not; a reset journals nothing.
    store.getState().replaceAll(progress({ attempts: { a1: finishedRecord('a1', 'star-method', 90, T), a2: finishedRecord('a2', 'star-method', 70, T) } }));
    expect(store.getState().events.slice(2)).toEqual([{ type: 'attempt-finished', attemptId: 'a2', finishedAt: T }]);
    store.getState().reset();
    expect(store.getState().events).toHaveLength(3);
  });

  it('another tab’s save journals the attempts finished and lessons completed there, once', () => {
    const other = newStore();
    const here = newStore();
    const open = attemptRecord('a1', 'star-method', T, { questionIds: ['q1', 'q2'] });
    other.getState().saveAttempt(open);
    here.getState().saveAttempt(open);
    other.getState().finish('a1', result);
    other.getState().completeLesson('star-method');
    const save = JSON.stringify({ state: pickData(other.getState()), version: PROGRESS_VERSION });
    const memory = { lastResaved: null };
    takeOtherTabSave(here, save, memory);
    expect(here.getState().events).toEqual(other.getState().events);
    expect(here.getState().attempts.a1!.questionScores).toEqual(result.perQuestion);
    takeOtherTabSave(here, save, memory);
    expect(here.getState().events).toHaveLength(2);
  });

  it('is never saved', () => {
    const { backend, data } = fakeStorage();
    const store = createProgressStore(backend);
    store.getState().completeLesson('star-method');
    expect(store.getState().events).toHaveLength(1);
    expect(JSON.parse(data.get(PROGRESS_KEY)!).state).not.toHaveProperty('events');
  });

  it('arrivals are in the order the attempts finished', () => {
    const later = finishedRecord('a1', 'q', 60, '2026-03-02T00:00:00.000Z');
    const earlier = finishedRecord('a2', 'q', 60, '2026-03-01T00:00:00.000Z');
    expect(arrivals(emptyProgress(), progress({ attempts: { a1: later, a2: earlier } })).map((event) => event.type === 'attempt-finished' && event.attemptId)).toEqual(['a2', 'a1']);
  });
});
