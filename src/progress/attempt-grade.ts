/**
 * A finished attempt is graded once, when the learner finishes it: `gradeFinishingAttempt` scores every question with
 * the engine, and the store's `finish` keeps the result on the record — the attempt's grade as `score`, each
 * question's score as `questionScores`. Everything after that (the results page and its review, the course rules,
 * the LMS's interactions) reads what was kept; `questionScoresOf` is how the per-question part is read.
 *
 * Apart from attempt-records.ts on purpose: every page loads that at start-up, and grading needs the engine's
 * scorers, which only the quiz pages and the LMS session load.
 */
import { gradeAttempt, type AttemptResult, type Question, type Score } from '../engine/index.ts';
import type { LoadedQuiz } from '../content/load-quiz.ts';
import type { AttemptRecord } from './types.ts';

/** What grading reads of a quiz: its questions and its pass mark. */
export type GradedQuiz = Pick<LoadedQuiz, 'questions' | 'passMark'>;

/** The attempt's questions that the quiz still has, in the order they were asked. */
export function attemptQuestions(quiz: Pick<LoadedQuiz, 'questions'>, attempt: Pick<AttemptRecord, 'questionIds'>): Question[] {
  return attempt.questionIds.map((id) => quiz.questions[id]).filter((q): q is Question => q !== undefined);
}

/** Grades an attempt from its stored answers, with the quiz's pass mark: called once, as the attempt finishes. */
export function gradeFinishingAttempt(quiz: GradedQuiz, attempt: Pick<AttemptRecord, 'questionIds' | 'responses'>): AttemptResult {
  return gradeAttempt(attemptQuestions(quiz, attempt), attempt.responses, quiz.passMark);
}

/** Scores worked out for records that have none kept, once per record (records are never changed in place). */
const derived = new WeakMap<AttemptRecord, Readonly<Record<string, Score>>>();

/**
 * Each question's score in a finished attempt, by question id: the ones kept when it finished. A record without them
 * (saved before they were kept, or restored from an LMS, whose compact copy leaves them out) is graded here from its
 * answers against the quiz as it is now — what every page did for such a record before — the one place that falls
 * back, once per record.
 */
export function questionScoresOf(attempt: AttemptRecord, quiz: GradedQuiz): Readonly<Record<string, Score>> {
  if (attempt.questionScores) return attempt.questionScores;
  let scores = derived.get(attempt);
  if (!scores) {
    scores = gradeFinishingAttempt(quiz, attempt).perQuestion;
    derived.set(attempt, scores);
  }
  return scores;
}
