/**
 * The course's rules, in one place, for every page and every LMS standard:
 * - the final assessment is the quiz `FINAL_ASSESSMENT_ID`; each quiz's pass mark is the one its file declares, but
 *   the final assessment's is the LMS's where the LMS launched the course with one (`passMarkFor`: the one place
 *   that says which mark applies);
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
import { lmsPassMark } from './lms-pass-mark.ts';
import type { AttemptRecord, ProgressData } from './types.ts';

export { FINAL_ASSESSMENT_ID };

/** What the rules read of the learner's progress. */
export type CourseData = Pick<ProgressData, 'lessons' | 'attempts'>;

/** The pass mark that applies to a quiz, and who set it. */
export interface PassMark {
  /** A fraction (0–1). */
  mark: number;
  /**
   * As the pages show it and as attempts are held against it, a whole percent: the course's rounded as grading rounds
   * it (80 for 0.8); the LMS's the lowest whole percent that reaches it (81 for 0.805), since the LMS compares the
   * score it is sent (percent / 100) with its mark exactly.
   */
  percent: number;
  /** `lms`: the LMS launched the course with a mark of its own (the final assessment only); `course`: the quiz file's. */
  setBy: 'course' | 'lms';
}

/**
 * The pass mark that applies to a quiz: for the final assessment, the LMS's where the launch gives one (cmi5
 * masteryScore, SCORM mastery_score / scaled_passing_score; `lms` defaults to this launch's, lms-pass-mark.ts),
 * else the mark its file declares. Undefined when there is no such quiz. Lesson quizzes always keep their own: the
 * LMS's mark is for what it tracks, the course's one score.
 */
export function passMarkFor(quizId: string, lms: number | undefined = lmsPassMark()): PassMark | undefined {
  const own = quizMeta(quizId)?.passMark;
  if (own === undefined) return undefined;
  if (quizId === FINAL_ASSESSMENT_ID && lms !== undefined) return { mark: lms, percent: Math.max(0, Math.ceil(lms * 100 - 1e-9)), setBy: 'lms' };
  return { mark: own, percent: Math.round(own * 100), setBy: 'course' };
}

/** The pass mark that applies to a quiz (`passMarkFor`), a fraction (0–1); undefined when there is no such quiz. */
export function passMarkOf(quizId: string): number | undefined {
  return passMarkFor(quizId)?.mark;
}

/** The pass mark that applies to a quiz as the pages show it, a whole percent (80 for 0.8). */
export function passPercentOf(quizId: string): number | undefined {
  return passMarkFor(quizId)?.percent;
}

/**
 * Whether a finished attempt passed, by the mark that applies: the verdict kept when it finished (by its quiz's own
 * mark), unless the LMS's mark applies to its quiz, when its percent is held against that mark instead.
 */
export function attemptPassed(attempt: Pick<AttemptRecord, 'quizId' | 'score'>, lms: number | undefined = lmsPassMark()): boolean {
  if (!attempt.score) return false;
  const applied = passMarkFor(attempt.quizId, lms);
  return applied?.setBy === 'lms' ? attempt.score.percent >= applied.percent : attempt.score.passed;
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

/** The course status; the final assessment judged by the mark that applies (`passMarkFor`; `lms` as there). */
export function courseStatus(data: CourseData, lessonIds: readonly string[], lms: number | undefined = lmsPassMark()): CourseStatus {
  const lessonsDone = lessonIds.filter((id) => isLessonDone(data, id)).length;
  const final = quizSummary(data.attempts, FINAL_ASSESSMENT_ID);
  const passed = final.finished.some((attempt) => attemptPassed(attempt, lms));
  return {
    lessonsDone,
    lessonsTotal: lessonIds.length,
    completed: lessonIds.length > 0 && lessonsDone === lessonIds.length,
    success: passed ? 'passed' : final.count > 0 ? 'failed' : 'unknown',
    ...(final.best !== undefined ? { score: final.best } : {}),
  };
}

/** Course progress in steps, as home shows it: each lesson done, plus the final assessment passed. */
export function courseSteps(data: CourseData, lessonIds: readonly string[], lms: number | undefined = lmsPassMark()): { done: number; total: number } {
  const status = courseStatus(data, lessonIds, lms);
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
  /** The final assessment's pass mark and who set it (the course or the LMS). */
  passMark?: PassMark;
  /** Every lesson done and the final assessment passed. */
  unlocked: boolean;
}

export function certificateStatus<L extends { id: string }>(
  data: CourseData,
  lessons: readonly L[],
  lms: number | undefined = lmsPassMark(),
): CertificateStatus<L> {
  const status = courseStatus(data, lessons.map((lesson) => lesson.id), lms);
  const bestPass = quizSummary(data.attempts, FINAL_ASSESSMENT_ID)
    .finished.filter((attempt): attempt is NonNullable<CertificateStatus<L>['bestPass']> => Boolean(attempt.finishedAt && attemptPassed(attempt, lms)))
    .reduce<CertificateStatus<L>['bestPass']>((top, attempt) => (!top || attempt.score.percent > top.score.percent ? attempt : top), undefined);
  const passMark = passMarkFor(FINAL_ASSESSMENT_ID, lms);
  return {
    remaining: remainingLessons(data, lessons),
    ...(bestPass ? { bestPass } : {}),
    ...(status.score !== undefined ? { finalBest: status.score } : {}),
    ...(passMark !== undefined ? { passPercent: passMark.percent, passMark } : {}),
    unlocked: status.completed && bestPass !== undefined,
  };
}
