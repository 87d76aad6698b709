/**
 * The course's rules, in one place, for every page and every LMS standard:
 * - the final assessment is the quiz `FINAL_ASSESSMENT_ID`; each quiz's pass mark is the one its file declares;
 * - a lesson is done once marked complete, in progress once visited or once its quiz was attempted (any attempt,
 *   finished or not, practice or scored: the learner has started on it), else not started;
 * - the course is completed when every lesson is done; the final assessment is passed once any scored attempt passed,
 *   failed while every finished one fell short, unknown before the first; the score is its best percent;
 * - the certificate unlocks when the course is completed and the final assessment passed.
 * Home, /progress, the certificate, the score charts and the LMS reports read these; none has a copy of its own.
 */
import { FINAL_ASSESSMENT_ID } from '../content/quiz-types.ts';
import { quizMeta } from '../content/quizzes.ts';
import { quizSummary } from './attempt-records.ts';
import type { AttemptRecord, ProgressData } from './types.ts';

export { FINAL_ASSESSMENT_ID };

/** What the rules read of the learner's progress. */
export type CourseData = Pick<ProgressData, 'lessons' | 'attempts'>;

/** A quiz's pass mark as its file declares it, a fraction (0–1); undefined when there is no such quiz. */
export function passMarkOf(quizId: string): number | undefined {
  return quizMeta(quizId)?.passMark;
}

/** A quiz's pass mark as the pages show it, a whole percent (80 for 0.8), rounded as grading rounds it. */
export function passPercentOf(quizId: string): number | undefined {
  const passMark = passMarkOf(quizId);
  return passMark === undefined ? undefined : Math.round(passMark * 100);
}

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

/** Each status's words, the same on every page (home's pills, /progress's list). */
export const LESSON_STATUS_LABEL: Readonly<Record<LessonStatus, string>> = { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Completed' };

export function isLessonDone(data: CourseData, lessonId: string): boolean {
  return Boolean(data.lessons[lessonId]?.completedAt);
}

/** Done once marked complete; in progress once visited or once its quiz was attempted; else not started. */
export function lessonStatus(data: CourseData, lessonId: string): LessonStatus {
  if (isLessonDone(data, lessonId)) return 'done';
  if (data.lessons[lessonId]?.visitedAt || Object.values(data.attempts).some((attempt) => attempt.quizId === lessonId)) return 'in-progress';
  return 'not-started';
}

/** The lessons not yet done, in the order given (course order). */
export function remainingLessons<L extends { id: string }>(data: CourseData, lessons: readonly L[]): L[] {
  return lessons.filter((lesson) => !isLessonDone(data, lesson.id));
}

export interface CourseStatus {
  lessonsDone: number;
  lessonsTotal: number;
  /** Every lesson done (a course without lessons is never completed). */
  completed: boolean;
  /** The final assessment: passed once any attempt passed, failed while every finished attempt fell short. */
  success: 'passed' | 'failed' | 'unknown';
  /** Best final-assessment percent (0–100), once there is one. */
  score?: number;
}

export function courseStatus(data: CourseData, lessonIds: readonly string[]): CourseStatus {
  const lessonsDone = lessonIds.filter((id) => isLessonDone(data, id)).length;
  const final = quizSummary(data.attempts, FINAL_ASSESSMENT_ID);
  return {
    lessonsDone,
    lessonsTotal: lessonIds.length,
    completed: lessonIds.length > 0 && lessonsDone === lessonIds.length,
    success: final.passed ? 'passed' : final.count > 0 ? 'failed' : 'unknown',
    ...(final.best !== undefined ? { score: final.best } : {}),
  };
}

/** Course progress in steps, as home shows it: each lesson done, plus the final assessment passed. */
export function courseSteps(data: CourseData, lessonIds: readonly string[]): { done: number; total: number } {
  const status = courseStatus(data, lessonIds);
  return { done: status.lessonsDone + (status.success === 'passed' ? 1 : 0), total: status.lessonsTotal + 1 };
}

export interface CertificateStatus<L> {
  /** Lessons still to complete, in course order. */
  remaining: L[];
  /** The passing final-assessment attempt with the best score (its percent and date go on the certificate). */
  bestPass?: AttemptRecord & { score: NonNullable<AttemptRecord['score']>; finishedAt: string };
  /** Best final-assessment percent so far, passed or not. */
  finalBest?: number;
  /** The final assessment's pass mark as a whole percent. */
  passPercent?: number;
  /** Every lesson done and the final assessment passed. */
  unlocked: boolean;
}

export function certificateStatus<L extends { id: string }>(data: CourseData, lessons: readonly L[]): CertificateStatus<L> {
  const status = courseStatus(data, lessons.map((lesson) => lesson.id));
  const bestPass = quizSummary(data.attempts, FINAL_ASSESSMENT_ID)
    .finished.filter((attempt): attempt is NonNullable<CertificateStatus<L>['bestPass']> => Boolean(attempt.score?.passed && attempt.finishedAt))
    .reduce<CertificateStatus<L>['bestPass']>((top, attempt) => (!top || attempt.score.percent > top.score.percent ? attempt : top), undefined);
  const passPercent = passPercentOf(FINAL_ASSESSMENT_ID);
  return {
    remaining: remainingLessons(data, lessons),
    ...(bestPass ? { bestPass } : {}),
    ...(status.score !== undefined ? { finalBest: status.score } : {}),
    ...(passPercent !== undefined ? { passPercent } : {}),
    unlocked: status.completed && bestPass !== undefined,
  };
}
