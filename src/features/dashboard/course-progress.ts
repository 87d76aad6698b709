import type { LessonMeta } from '../../content/lesson-schema.ts';
import { paths } from '../../config/paths.ts';
import { quizSummary } from '../../progress/attempt-records.ts';
import type { AttemptRecord, LessonRecord } from '../../progress/types.ts';

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

export function lessonStatus(record: LessonRecord | undefined, attempts: Record<string, AttemptRecord>, lessonId: string): LessonStatus {
  if (record?.completedAt) return 'done';
  if (record?.visitedAt || Object.values(attempts).some((a) => a.quizId === lessonId)) return 'in-progress';
  return 'not-started';
}

/** Course progress in steps: each lesson completed, plus the final assessment passed. */
export function courseProgress(lessons: readonly LessonMeta[], records: Record<string, LessonRecord>, attempts: Record<string, AttemptRecord>) {
  const done = lessons.filter((lesson) => records[lesson.id]?.completedAt).length + (quizSummary(attempts, 'final-assessment').passed ? 1 : 0);
  return { done, total: lessons.length + 1 };
}

/** Where "Continue" goes: the last page the learner was on, else the first unfinished lesson at its last part. */
export function continueTarget(lessons: readonly LessonMeta[], records: Record<string, LessonRecord>, lastRoute: string | undefined) {
  const started = Object.keys(records).length > 0 || lastRoute !== undefined;
  const lessonRoute = lastRoute && /^\/lessons\/([^/#]+)/.exec(lastRoute);
  if (lessonRoute) {
    const lesson = lessons.find((l) => l.id === lessonRoute[1]);
    if (lesson) {
      const part = records[lesson.id]?.lastPart;
      return { started, to: part ? `${paths.lesson(lesson.id)}#part-${part}` : paths.lesson(lesson.id), label: `Lesson ${lesson.order}: ${lesson.title}` };
    }
  }
  if (lastRoute && lastRoute.startsWith('/quizzes/')) return { started, to: lastRoute, label: 'Back to your quiz' };
  const next = lessons.find((lesson) => !records[lesson.id]?.completedAt) ?? lessons[0]!;
  return { started, to: paths.lesson(next.id), label: `Lesson ${next.order}: ${next.title}` };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Spaced retrieval on the home page: the lesson finished longest ago (at least `afterDays` days ago) whose quiz
 * hasn't been practised since then either. Coming back to it after a gap helps it stick.
 */
export function reviewSuggestion(
  lessons: readonly LessonMeta[],
  records: Record<string, LessonRecord>,
  attempts: Record<string, AttemptRecord>,
  now: Date,
  afterDays = 3,
): { lesson: LessonMeta; days: number } | undefined {
  const due = lessons.flatMap((lesson) => {
    const completed = Date.parse(records[lesson.id]?.completedAt ?? '');
    if (Number.isNaN(completed)) return [];
    const lastQuiz = Math.max(
      ...Object.values(attempts)
        .filter((attempt) => attempt.quizId === lesson.id)
        .map((attempt) => Date.parse(attempt.finishedAt ?? attempt.startedAt) || 0),
      0,
    );
    const last = Math.max(completed, lastQuiz);
    const days = Math.floor((now.getTime() - last) / DAY_MS);
    return days >= afterDays ? [{ lesson, days }] : [];
  });
  return due.sort((a, b) => b.days - a.days)[0];
}
