/**
 * What an LMS is told about the course as a whole, from the learner's progress: completion (every lesson
 * marked complete), success (the final assessment: passed once any attempt passed, failed while every attempt
 * so far fell short) and the score (the best final-assessment percent). One rule for every standard, and the same
 * one the pages show: it lives in src/progress/course-rules.ts.
 */
import type { AttemptRecord, ProgressData } from '../progress/types.ts';

export { courseStatus, type CourseStatus } from '../progress/course-rules.ts';

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
