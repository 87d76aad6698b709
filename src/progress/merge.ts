import type { AttemptRecord, LessonRecord, ProgressData, Reflection } from './types.ts';

/**
 * Merges two copies of a learner's progress (another tab's, or an imported file) without losing work:
 * attempts by id (the one updated last wins, a finished one beats an unfinished one), lesson completions as a
 * union, reflections by id (last edit wins), and settings from whichever copy changed last.
 */
export function mergeProgress(ours: ProgressData, theirs: ProgressData): ProgressData {
  const newer = theirs.updatedAt > ours.updatedAt ? theirs : ours;
  return {
    lessons: mergeRecords(ours.lessons, theirs.lessons, mergeLesson),
    attempts: mergeRecords(ours.attempts, theirs.attempts, pickAttempt),
    reflections: mergeRecords(ours.reflections, theirs.reflections, pickReflection),
    prefs: { ...newer.prefs },
    learnerName: newer.learnerName || ours.learnerName || theirs.learnerName,
    lastRoute: newer.lastRoute ?? ours.lastRoute ?? theirs.lastRoute,
    updatedAt: newer.updatedAt,
  };
}

function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, pick: (x: T, y: T) => T): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const existing = out[key];
    out[key] = existing === undefined ? value : pick(existing, value);
  }
  return out;
}

const earliest = (x?: string, y?: string) => (x && y ? (x < y ? x : y) : (x ?? y));
const latest = (x?: string, y?: string) => (x && y ? (x > y ? x : y) : (x ?? y));

function mergeLesson(a: LessonRecord, b: LessonRecord): LessonRecord {
  const merged: LessonRecord = {};
  const visitedAt = earliest(a.visitedAt, b.visitedAt);
  const completedAt = earliest(a.completedAt, b.completedAt);
  const lastPart = b.lastPart ?? a.lastPart;
  if (visitedAt) merged.visitedAt = visitedAt;
  if (completedAt) merged.completedAt = completedAt;
  if (lastPart) merged.lastPart = latest(a.visitedAt, b.visitedAt) === b.visitedAt ? lastPart : (a.lastPart ?? lastPart);
  return merged;
}

function pickAttempt(a: AttemptRecord, b: AttemptRecord): AttemptRecord {
  if (a.finishedAt && !b.finishedAt) return a;
  if (b.finishedAt && !a.finishedAt) return b;
  return b.updatedAt > a.updatedAt ? b : a;
}

function pickReflection(a: Reflection, b: Reflection): Reflection {
  return b.updatedAt > a.updatedAt ? b : a;
}
