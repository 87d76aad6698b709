/**
 * A finished attempt is graded once: the grade and each question's score are kept on its record as it finishes, and
 * read back from there. Records saved before per-question scores were kept (and those restored from an LMS) still
 * load, and are graded from their answers in one place, to the same scores.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readResponse, scoreQuestion, type Question } from '../../src/engine/index.ts';
import { attemptQuestions, gradeFinishingAttempt, questionScoresOf } from '../../src/progress/attempt-grade.ts';
import { recordFinish } from '../../src/progress/attempt-records.ts';
import { normalizeProgress } from '../../src/progress/schema.ts';
import { exportProgress, parseImport } from '../../src/progress/transfer.ts';
import { emptyProgress, type AttemptRecord } from '../../src/progress/types.ts';
import { anyQuestion, validResponse } from '../engine/arbitraries.ts';
import { attemptRecord } from '../fixtures/attempts.ts';

const T = '2026-03-01T10:00:00.000Z';
const DONE = '2026-03-01T10:20:00.000Z';

/** Questions with distinct ids, each answered (a valid answer of its kind) or left unanswered, and a pass mark. */
const answeredQuiz = fc
  .uniqueArray(anyQuestion, { minLength: 1, maxLength: 8, selector: (question) => question.id })
  .chain((questions) =>
    fc.record({
      questions: fc.constant(questions),
      responses: fc.tuple(...questions.map((question) => fc.option(validResponse(question), { nil: undefined }))),
      passMark: fc.constantFrom(0.5, 0.7, 0.8, 1),
    }),
  )
  .map(({ questions, responses, passMark }) => {
    const quiz = { passMark, questions: Object.fromEntries(questions.map((q) => [q.id, q])) as Record<string, Question> };
    const answers = Object.fromEntries(questions.flatMap((q, i) => (responses[i] === undefined ? [] : [[q.id, responses[i]]])));
    // What the store holds is saved data: read the answers as a reload would.
    const attempt = normalizeProgress({ attempts: { a1: attemptRecord('a1', 'q', T, { questionIds: questions.map((q) => q.id), responses: answers as AttemptRecord['responses'] }) } }).attempts.a1!;
    return { quiz, questions, attempt };
  });

/** Saved, then read back (a reload, another tab, an exported file): JSON and the progress schema. */
const reloaded = (attempt: AttemptRecord): AttemptRecord =>
  normalizeProgress(JSON.parse(JSON.stringify({ attempts: { [attempt.id]: attempt } }))).attempts[attempt.id]!;

/** The same record as saved before per-question scores were kept. */
const withoutScores = ({ questionScores: _scores, ...attempt }: AttemptRecord): AttemptRecord => attempt;

describe('an attempt graded once, as it finishes', () => {
  it('keeps each question’s score as scoring that question gives it, and the grade beside it', () => {
    fc.assert(
      fc.property(answeredQuiz, ({ quiz, questions, attempt }) => {
        const result = gradeFinishingAttempt(quiz, attempt);
        const finished = reloaded(recordFinish(attempt, result, DONE));
        for (const question of questions) {
          expect(finished.questionScores![question.id]).toEqual(scoreQuestion(readResponse(question, attempt.responses[question.id]), question));
        }
        expect(Object.keys(finished.questionScores!)).toHaveLength(questions.length);
        const { perQuestion: _perQuestion, ...grade } = result;
        expect(finished.score).toEqual(grade);
        expect(questionScoresOf(finished, quiz)).toBe(finished.questionScores);
      }),
    );
  });

  it('an old record without per-question scores still loads, with the same grade and the same scores', () => {
    fc.assert(
      fc.property(answeredQuiz, ({ quiz, attempt }) => {
        const finished = reloaded(recordFinish(attempt, gradeFinishingAttempt(quiz, attempt), DONE));
        const old = reloaded(withoutScores(finished));
        expect(old.questionScores).toBeUndefined();
        expect(old.score).toEqual(finished.score);
        expect(questionScoresOf(old, quiz)).toEqual(finished.questionScores);
      }),
    );
  });

  it('works the scores of an old record out once per record, not on every read', () => {
    const quiz = { passMark: 0.8, questions: {} };
    const old = attemptRecord('a1', 'q', T, { finishedAt: DONE, score: { earned: 0, total: 0, percent: 0, passed: false, perSkill: {} } });
    expect(questionScoresOf(old, quiz)).toBe(questionScoresOf(old, quiz));
  });

  it('reads the attempt’s questions the quiz still has, in the order asked', () => {
    const q = (id: string) => ({ id }) as Question;
    expect(attemptQuestions({ questions: { b: q('b'), a: q('a') } }, { questionIds: ['a', 'gone', 'b'] }).map((x) => x.id)).toEqual(['a', 'b']);
  });
});

describe('per-question scores in saved progress', () => {
  const finished = attemptRecord('a1', 'star-method', T, {
    questionIds: ['q1', 'q2'],
    responses: { q1: { kind: 'single', choice: 'a' } },
    finishedAt: DONE,
    score: { earned: 1, total: 2, percent: 50, passed: false, perSkill: {} },
    questionScores: { q1: { kind: 'points', earned: 1, total: 1 }, q2: { kind: 'invalid', reason: 'not answered' } },
  });
  const read = (patch: Partial<AttemptRecord> | Record<string, unknown>) => normalizeProgress({ attempts: { a1: { ...finished, ...patch } } }).attempts.a1!;

  it('are kept with a finished attempt', () => {
    expect(read({}).questionScores).toEqual(finished.questionScores);
  });

  it.each([
    ['one is unreadable', { q1: { kind: 'points', earned: 'one', total: 1 }, q2: { kind: 'invalid', reason: 'not answered' } }],
    ['one is missing', { q1: { kind: 'points', earned: 1, total: 1 } }],
    ['one is for a question the attempt did not ask', { q1: { kind: 'points', earned: 1, total: 1 }, q9: { kind: 'points', earned: 1, total: 1 } }],
    ['they are not a record', 'full marks'],
  ])('are dropped whole when %s (the answers are graded instead), the grade kept', (_what, questionScores) => {
    const attempt = read({ questionScores });
    expect(attempt.questionScores).toBeUndefined();
    expect(attempt).toMatchObject({ finishedAt: DONE, score: { percent: 50 } });
  });

  it('go with the grade: an attempt that can be resumed has none', () => {
    const open = read({ finishedAt: undefined });
    expect(open.finishedAt).toBeUndefined();
    expect(open.questionScores).toBeUndefined();
  });

  it('travel in exported files, and files exported before them still import', () => {
    const data = { ...emptyProgress(), attempts: { a1: finished } };
    const now = parseImport(exportProgress(data).json);
    expect(now.ok && now.progress.attempts.a1!.questionScores).toEqual(finished.questionScores);
    const before = parseImport(exportProgress({ ...data, attempts: { a1: withoutScores(finished) } }).json);
    expect(before.ok && before.progress.attempts.a1).toMatchObject({ finishedAt: DONE, score: { percent: 50 } });
    expect(before.ok && before.progress.attempts.a1!.questionScores).toBeUndefined();
  });
});
