import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  certificateStatus,
  courseStatus,
  courseSteps,
  FINAL_ASSESSMENT_ID,
  lessonStatus,
  passMarkOf,
  passPercentOf,
  remainingLessons,
  type CourseData,
} from '../../src/progress/course-rules.ts';
import { lessons } from '../../src/content/course.ts';
import { quizIds } from '../../src/content/quizzes.ts';
import { loadQuiz } from '../../src/content/load-quiz.ts';
import type { AttemptRecord, LessonRecord } from '../../src/progress/types.ts';
import { attemptRecord } from '../fixtures/attempts.ts';

const T0 = '2026-01-01T00:00:00.000Z';
const attempt = (id: string, quizId: string, patch: Partial<AttemptRecord> = {}): AttemptRecord => attemptRecord(id, quizId, T0, patch);
const finished = (id: string, quizId: string, percent: number, passed = percent >= 80, finishedAt = T0) =>
  attempt(id, quizId, { finishedAt, score: { earned: percent, total: 100, percent, passed, perSkill: {} } });
const byId = (...records: AttemptRecord[]) => Object.fromEntries(records.map((record) => [record.id, record]));
const ids = ['a', 'b', 'c'];
const allDone = (lessonIds: readonly string[]) => Object.fromEntries(lessonIds.map((id) => [id, { visitedAt: T0, completedAt: T0 }]));

describe('course rules: the final assessment and pass marks', () => {
  it('names the final assessment once, and it is one of the quizzes', () => {
    expect(FINAL_ASSESSMENT_ID).toBe('final-assessment');
    expect(quizIds).toContain(FINAL_ASSESSMENT_ID);
  });

  it("reads every quiz's pass mark from its own file, without loading the quiz", async () => {
    for (const id of quizIds) {
      const quiz = await loadQuiz(id);
      expect(passMarkOf(id), id).toBe(quiz!.passMark);
      expect(passPercentOf(id), id).toBe(Math.round(quiz!.passMark * 100));
    }
    expect(passPercentOf(FINAL_ASSESSMENT_ID)).toBe(80);
    expect(passMarkOf('no-such-quiz')).toBeUndefined();
    expect(passPercentOf('no-such-quiz')).toBeUndefined();
  });
});

describe('course rules: a lesson\u2019s status', () => {
  const data = (lessonRecords: Record<string, LessonRecord>, attempts: Record<string, AttemptRecord> = {}): CourseData => ({ lessons: lessonRecords, attempts });

  it('not started, then in progress once visited, then done once completed', () => {
    expect(lessonStatus(data({}), 'a')).toBe('not-started');
    expect(lessonStatus(data({ a: { visitedAt: T0 } }), 'a')).toBe('in-progress');
    expect(lessonStatus(data({ a: { visitedAt: T0, completedAt: T0 } }), 'a')).toBe('done');
  });

  it('is in progress once its quiz was attempted, even if the lesson was never opened', () => {
    expect(lessonStatus(data({}, byId(attempt('x', 'a'))), 'a')).toBe('in-progress');
    expect(lessonStatus(data({}, byId(finished('x', 'a', 40))), 'a')).toBe('in-progress');
    expect(lessonStatus(data({}, byId(attempt('x', 'a', { kind: 'practice' }))), 'a')).toBe('in-progress');
    // Another lesson's quiz, or the final assessment, starts nothing here.
    expect(lessonStatus(data({}, byId(attempt('x', 'b'), finished('f', FINAL_ASSESSMENT_ID, 90))), 'a')).toBe('not-started');
  });

  it('done wins over everything else', () => {
    expect(lessonStatus(data({ a: { completedAt: T0 } }, byId(attempt('x', 'a'))), 'a')).toBe('done');
  });
});

describe('course rules: the course as a whole', () => {
  it('nothing done: not completed, the final assessment unknown, no score', () => {
    expect(courseStatus({ lessons: {}, attempts: {} }, ids)).toEqual({ lessonsDone: 0, lessonsTotal: 3, completed: false, success: 'unknown' });
  });

  it('the final assessment: failed while every attempt fell short, passed once one passed; the score is the best', () => {
    const failing = byId(finished('f1', FINAL_ASSESSMENT_ID, 60), attempt('open', FINAL_ASSESSMENT_ID));
    expect(courseStatus({ lessons: {}, attempts: failing }, ids)).toMatchObject({ success: 'failed', score: 60 });
    const passing = { ...failing, ...byId(finished('f2', FINAL_ASSESSMENT_ID, 85), finished('f3', FINAL_ASSESSMENT_ID, 70)) };
    expect(courseStatus({ lessons: {}, attempts: passing }, ids)).toMatchObject({ success: 'passed', score: 85 });
    // A practice round of the final assessment is not a result.
    const practice = byId(finished('p', FINAL_ASSESSMENT_ID, 100, true));
    expect(courseStatus({ lessons: {}, attempts: { p: { ...practice.p!, kind: 'practice' } } }, ids)).toMatchObject({ success: 'unknown' });
  });

  it('home counts each lesson done plus the final assessment passed, out of the lessons and one', () => {
    const attempts = byId(finished('f', FINAL_ASSESSMENT_ID, 90));
    expect(courseSteps({ lessons: { a: { completedAt: T0 } }, attempts: {} }, ids)).toEqual({ done: 1, total: 4 });
    expect(courseSteps({ lessons: { a: { completedAt: T0 } }, attempts }, ids)).toEqual({ done: 2, total: 4 });
    expect(courseSteps({ lessons: allDone(ids), attempts }, ids)).toEqual({ done: 4, total: 4 });
  });

  it('the certificate: what remains, then unlocked with the best passing attempt', () => {
    const list = ids.map((id) => ({ id, title: id.toUpperCase() }));
    const locked = certificateStatus({ lessons: { b: { completedAt: T0 } }, attempts: byId(finished('f1', FINAL_ASSESSMENT_ID, 60)) }, list);
    expect(locked).toMatchObject({ unlocked: false, finalBest: 60, passPercent: 80 });
    expect(locked.remaining.map((lesson) => lesson.title)).toEqual(['A', 'C']);
    expect(locked.bestPass).toBeUndefined();

    const attempts = byId(finished('f1', FINAL_ASSESSMENT_ID, 60), finished('f2', FINAL_ASSESSMENT_ID, 92, true, '2026-02-01T00:00:00.000Z'), finished('f3', FINAL_ASSESSMENT_ID, 85));
    const passedOnly = certificateStatus({ lessons: { b: { completedAt: T0 } }, attempts }, list);
    expect(passedOnly.unlocked).toBe(false);
    expect(passedOnly.bestPass?.id).toBe('f2');

    const unlocked = certificateStatus({ lessons: allDone(ids), attempts }, list);
    expect(unlocked).toMatchObject({ unlocked: true, remaining: [], finalBest: 92 });
    expect(unlocked.bestPass).toMatchObject({ id: 'f2', finishedAt: '2026-02-01T00:00:00.000Z', score: { percent: 92 } });
  });

  it('the real course: the certificate lists every lesson until they are done', () => {
    expect(certificateStatus({ lessons: {}, attempts: {} }, lessons).remaining).toEqual([...lessons]);
    expect(remainingLessons({ lessons: allDone(lessons.map((lesson) => lesson.id)), attempts: {} }, lessons)).toEqual([]);
  });
});

describe('course rules: properties', () => {
  const lessonIds = ['l1', 'l2', 'l3', 'l4'];
  const lessonRecord = fc.record({ visitedAt: fc.constant(T0), completedAt: fc.constant(T0), lastPart: fc.constant('intro') }, { requiredKeys: [] });
  const progress = fc.record({
    lessons: fc.dictionary(fc.constantFrom(...lessonIds, 'gone'), lessonRecord),
    attempts: fc
      .array(
        fc.record({
          quizId: fc.constantFrom(...lessonIds, FINAL_ASSESSMENT_ID),
          kind: fc.constantFrom('scored' as const, 'practice' as const),
          percent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        }),
        { maxLength: 8 },
      )
      .map((list) => byId(...list.map(({ quizId, kind, percent }, i) => ({ ...(percent === undefined ? attempt(`a${i}`, quizId) : finished(`a${i}`, quizId, percent)), kind })))),
  });

  it('completed iff every lesson is done; lessons done counts exactly the lessons whose status is done', () => {
    fc.assert(
      fc.property(progress, (data) => {
        const status = courseStatus(data, lessonIds);
        const statuses = lessonIds.map((id) => lessonStatus(data, id));
        expect(status.lessonsDone).toBe(statuses.filter((s) => s === 'done').length);
        expect(status.completed).toBe(statuses.every((s) => s === 'done'));
        expect(remainingLessons(data, lessonIds.map((id) => ({ id }))).map((lesson) => lesson.id)).toEqual(lessonIds.filter((id) => lessonStatus(data, id) !== 'done'));
      }),
    );
  });

  it('a lesson is in progress exactly when it is not done and was visited or its quiz attempted', () => {
    fc.assert(
      fc.property(progress, fc.constantFrom(...lessonIds), (data, id) => {
        const touched = Boolean(data.lessons[id]?.visitedAt) || Object.values(data.attempts).some((a) => a.quizId === id);
        const expected = data.lessons[id]?.completedAt ? 'done' : touched ? 'in-progress' : 'not-started';
        expect(lessonStatus(data, id)).toBe(expected);
      }),
    );
  });

  it('the certificate unlocks exactly when the course is completed and the final assessment passed', () => {
    fc.assert(
      fc.property(progress, (data) => {
        const status = courseStatus(data, lessonIds);
        const certificate = certificateStatus(data, lessonIds.map((id) => ({ id })));
        expect(certificate.unlocked).toBe(status.completed && status.success === 'passed');
        expect(certificate.finalBest).toBe(status.score);
        if (certificate.bestPass) expect(certificate.bestPass.score.passed).toBe(true);
        expect(courseSteps(data, lessonIds).done).toBe(status.lessonsDone + (status.success === 'passed' ? 1 : 0));
      }),
    );
  });
});
