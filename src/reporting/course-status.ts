/**
 * What an LMS is told about the course as a whole, from the learner's progress: completion (every lesson
 * marked complete), success (the final assessment: passed once any attempt passed, failed while every attempt
 * so far fell short) and the score (the best final-assessment percent). One rule for every standard, and the same
 * one the pages show: it lives in src/progress/course-rules.ts.
 *
 * And what it is told as the learner goes: the attempts finished and lessons completed that the progress store
 * journals (`events`, progress/store.ts), each reported once.
 */
import type { AttemptRecord, ProgressData, ProgressEvent } from '../progress/types.ts';

export { courseStatus, type CourseStatus } from '../progress/course-rules.ts';

/** The events an LMS hears about at once. */
export interface ProgressEvents {
  lessonsCompleted: { lessonId: string; completedAt: string }[];
  attemptsFinished: AttemptRecord[];
}

/** What has been reported (or needs no report): attempt ids, and lesson completions as `lessonId@completedAt`. */
export interface Reported {
  readonly attempts: Set<string>;
  readonly completions: Set<string>;
}

const completion = (lessonId: string, completedAt: string) => `${lessonId}@${completedAt}`;

/**
 * Everything finished or completed in `data`, as already reported: what the session starts from, once the LMS's
 * copy is merged in (the LMS has heard of all of it, or it happened outside the LMS before this session).
 */
export function reportedIn(data: Pick<ProgressData, 'lessons' | 'attempts'>): Reported {
  return {
    attempts: new Set(Object.values(data.attempts).flatMap((attempt) => (attempt.finishedAt ? [attempt.id] : []))),
    completions: new Set(Object.entries(data.lessons).flatMap(([id, lesson]) => (lesson.completedAt ? [completion(id, lesson.completedAt)] : []))),
  };
}

/**
 * The journal's new events as what to report, each once: an attempt once (by id, however often it arrives: finished
 * here, then again in another tab's save or an imported file), a lesson once per completion (completed again after
 * being marked not complete is news). Read against `data`, the progress now: an attempt is reported as kept, with
 * its grade. Marks what it returns as reported.
 */
export function toReport(events: readonly ProgressEvent[], data: Pick<ProgressData, 'lessons' | 'attempts'>, reported: Reported): ProgressEvents {
  const out: ProgressEvents = { lessonsCompleted: [], attemptsFinished: [] };
  for (const event of events) {
    if (event.type === 'attempt-finished') {
      const attempt = data.attempts[event.attemptId];
      if (!attempt?.finishedAt || !attempt.score || reported.attempts.has(attempt.id)) continue;
      reported.attempts.add(attempt.id);
      out.attemptsFinished.push(attempt);
    } else {
      const completedAt = data.lessons[event.lessonId]?.completedAt;
      if (!completedAt || reported.completions.has(completion(event.lessonId, completedAt))) continue;
      reported.completions.add(completion(event.lessonId, completedAt));
      out.lessonsCompleted.push({ lessonId: event.lessonId, completedAt });
    }
  }
  return out;
}

/**
 * What `data` (this browser's progress) holds that the LMS's own copy does not: attempts finished and lessons
 * completed where the LMS could not hear of them (a page whose session had ended, a save that never reached it), as
 * journal events in the order they happened. Read only against a copy that keeps every attempt (cmi5's state
 * document); a lesson counts by id, since the copy keeps times to the second.
 */
export function notHeardBy(copy: Pick<ProgressData, 'lessons' | 'attempts'>, data: Pick<ProgressData, 'lessons' | 'attempts'>): ProgressEvent[] {
  const events: ProgressEvent[] = [];
  for (const attempt of Object.values(data.attempts)) {
    if (attempt.finishedAt && !copy.attempts[attempt.id]?.finishedAt) events.push({ type: 'attempt-finished', attemptId: attempt.id, finishedAt: attempt.finishedAt });
  }
  for (const [lessonId, lesson] of Object.entries(data.lessons)) {
    if (lesson.completedAt && !copy.lessons[lessonId]?.completedAt) events.push({ type: 'lesson-completed', lessonId, completedAt: lesson.completedAt });
  }
  const at = (event: ProgressEvent) => Date.parse(event.type === 'attempt-finished' ? event.finishedAt : event.completedAt);
  return events.sort((a, b) => at(a) - at(b));
}
