import type { LessonMeta } from '../../content/lesson-schema.ts';
import { paths } from '../../config/paths.ts';
import { inProgressAttempt } from '../../progress/attempt-records.ts';
import { courseStatus, FINAL_ASSESSMENT_ID, isLessonDone, remainingLessons } from '../../progress/course-rules.ts';
import type { AttemptRecord, LessonRecord } from '../../progress/types.ts';

/**
 * Where "Continue" goes — always a next useful step, never a dead end:
 * 1. an unfinished quiz attempt the learner was last in (it must still be saved);
 * 2. the lesson they were last reading, if not yet complete, at the part they reached;
 * 3. else the first lesson not yet complete;
 * 4. with every lesson complete, the final assessment until it is passed (resuming an open attempt);
 * 5. then the certificate.
 */
export function continueTarget(
  lessons: readonly LessonMeta[],
  records: Record<string, LessonRecord>,
  lastRoute: string | undefined,
  attempts: Record<string, AttemptRecord> = {},
) {
  const started = Object.keys(records).length > 0 || lastRoute !== undefined || Object.keys(attempts).length > 0;
  const atPart = (lesson: LessonMeta) => {
    const part = records[lesson.id]?.lastPart;
    return { started, to: part ? `${paths.lesson(lesson.id)}#part-${part}` : paths.lesson(lesson.id), label: `Lesson ${lesson.order}: ${lesson.title}` };
  };
  const attemptRoute = lastRoute && /^\/quizzes\/([^/?#]+)\?attempt=([^&#]+)/.exec(lastRoute);
  if (attemptRoute) {
    const attempt = attempts[attemptRoute[2]!];
    if (attempt && !attempt.finishedAt && attempt.quizId === attemptRoute[1]) return { started, to: lastRoute!, label: 'Back to your quiz' };
  }
  const lessonRoute = lastRoute && /^\/lessons\/([^/#?]+)/.exec(lastRoute);
  const lastLesson = lessonRoute ? lessons.find((l) => l.id === lessonRoute[1]) : undefined;
  const data = { lessons: records, attempts };
  if (lastLesson && !isLessonDone(data, lastLesson.id)) return atPart(lastLesson);
  const next = remainingLessons(data, lessons)[0];
  if (next) return atPart(next);
  if (courseStatus(data, lessons.map((lesson) => lesson.id)).success !== 'passed') {
    const open = inProgressAttempt(attempts, FINAL_ASSESSMENT_ID);
    const to = paths.quiz(FINAL_ASSESSMENT_ID);
    return { started, to: open ? `${to}?attempt=${open.id}` : to, label: 'The final assessment' };
  }
  return { started, to: paths.certificate(), label: 'Your certificate' };
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
