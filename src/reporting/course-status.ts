/**
 * What an LMS is told about the course as a whole, from the learner's progress: completion (every lesson
 * marked complete), success (the final assessment: passed once any attempt passed, failed while every attempt
 * so far fell short) and the score (the best final-assessment percent). One rule for every standard.
 */
import { quizSummary } from '../progress/attempt-records.ts';
import type { AttemptRecord, ProgressData } from '../progress/types.ts';

export const FINAL_QUIZ = 'final-assessment';
/** The pass mark the manifests declare (content/final-assessment/quiz.yaml has the same). */
export const MASTERY = 0.8;

export interface CourseStatus {
  lessonsDone: number;
  lessonsTotal: number;
  completed: boolean;
  success: 'passed' | 'failed' | 'unknown';
  /** Best final-assessment percent (0–100), once there is one. */
  score?: number;
}

export function courseStatus(data: Pick<ProgressData, 'lessons' | 'attempts'>, lessonIds: readonly string[]): CourseStatus {
  const lessonsDone = lessonIds.filter((id) => data.lessons[id]?.completedAt).length;
  const final = quizSummary(data.attempts, FINAL_QUIZ);
  return {
    lessonsDone,
    lessonsTotal: lessonIds.length,
    completed: lessonIds.length > 0 && lessonsDone === lessonIds.length,
    success: final.passed ? 'passed' : final.count > 0 ? 'failed' : 'unknown',
    ...(final.best !== undefined ? { score: final.best } : {}),
  };
}

/** What changed between two snapshots of progress, as the events an LMS hears about. */
export interface ProgressEvents {
  lessonsCompleted: string[];
  attemptsFinished: AttemptRecord[];
}

export function progressEvents(before: Pick<ProgressData, 'lessons' | 'attempts'>, after: Pick<ProgressData, 'lessons' | 'attempts'>): ProgressEvents {
  const lessonsCompleted = Object.entries(after.lessons)
    .filter(([id, lesson]) => lesson.completedAt && !before.lessons[id]?.completedAt)
    .map(([id]) => id);
  const attemptsFinished = Object.values(after.attempts).filter(
    (attempt) => attempt.finishedAt && attempt.score && !before.attempts[attempt.id]?.finishedAt,
  );
  return { lessonsCompleted, attemptsFinished };
}
