import type { AttemptRecord, LessonRecord, ProgressData, ProgressEvent, Reflection } from './types.ts';

/**
 * Merges two copies of a learner's progress (another tab's, or an imported file) without losing work:
 * attempts by id, answer by answer (see `mergeAttempt`), lesson completions as a union, reflections by id
 * (last edit wins), and settings from whichever copy changed last. Copies from different generations
 * (a reset or a replace happened in between) are not merged: the newer generation wins whole.
 */
export function mergeProgress(ours: ProgressData, theirs: ProgressData): ProgressData {
  if (ours.generation !== theirs.generation) return newerGeneration(ours, theirs);
  const newer = theirs.updatedAt > ours.updatedAt ? theirs : ours;
  return {
    lessons: mergeRecords(ours.lessons, theirs.lessons, mergeLesson),
    attempts: mergeRecords(ours.attempts, theirs.attempts, mergeAttempt),
    reflections: mergeRecords(ours.reflections, theirs.reflections, pickReflection),
    prefs: { ...newer.prefs },
    learnerName: newer.learnerName || ours.learnerName || theirs.learnerName,
    lastRoute: newer.lastRoute ?? ours.lastRoute ?? theirs.lastRoute,
    generation: ours.generation,
    updatedAt: newer.updatedAt,
  };
}

/**
 * Copies from different generations: the newer wins whole — except an attempt it kept through its replace (the
 * same attempt id in both, "Keep the quiz in progress"), which keeps, answer by answer, what the older copy added
 * meanwhile (a tab that checked an answer while another tab replaced the progress).
 */
function newerGeneration(ours: ProgressData, theirs: ProgressData): ProgressData {
  const [older, newer] = theirs.generation > ours.generation ? [ours, theirs] : [theirs, ours];
  const kept = Object.keys(newer.attempts).filter((id) => older.attempts[id] !== undefined);
  if (kept.length === 0) return newer;
  const attempts = { ...newer.attempts };
  for (const id of kept) attempts[id] = mergeAttempt(older.attempts[id]!, newer.attempts[id]!);
  return { ...newer, attempts };
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
  const lastPart = b.lastPart ?? a.lastPart;
  if (visitedAt) merged.visitedAt = visitedAt;
  if (lastPart) merged.lastPart = latest(a.visitedAt, b.visitedAt) === b.visitedAt ? lastPart : (a.lastPart ?? lastPart);
  // Completion: the copy the learner marked by hand last decides (so "not complete" sticks); without any
  // mark, completions are united and the earliest time kept.
  const markedAt = latest(a.markedAt, b.markedAt);
  const completedAt = markedAt
    ? (markedAt === b.markedAt ? b : a).completedAt
    : earliest(a.completedAt, b.completedAt);
  if (completedAt) merged.completedAt = completedAt;
  if (markedAt) merged.markedAt = markedAt;
  return merged;
}

/**
 * Two copies of one attempt (two tabs answering at once): a finished copy wins whole (its grade and each
 * question's score were computed from its answers as it finished); otherwise every answer is kept — per question,
 * the one changed last (a cleared answer counts as a change) — checks are united, and the plan and position come
 * from the copy updated last.
 */
export function mergeAttempt(a: AttemptRecord, b: AttemptRecord): AttemptRecord {
  if (a.finishedAt && !b.finishedAt) return a;
  if (b.finishedAt && !a.finishedAt) return b;
  const [older, newer] = b.updatedAt > a.updatedAt ? [a, b] : [b, a];
  if (newer.finishedAt) return newer;
  const responses = { ...newer.responses };
  const answeredAt = { ...newer.answeredAt };
  for (const [id, at] of Object.entries(older.answeredAt)) {
    if (answeredAt[id] !== undefined && answeredAt[id] >= at) continue;
    answeredAt[id] = at;
    const response = older.responses[id];
    if (response === undefined) delete responses[id];
    else responses[id] = response;
  }
  // Answers saved before per-answer times existed: keep any the newer copy lacks.
  for (const [id, response] of Object.entries(older.responses)) {
    if (!(id in responses) && older.answeredAt[id] === undefined && newer.answeredAt[id] === undefined) responses[id] = response;
  }
  const checked = [...new Set([...newer.checked, ...older.checked])];
  return { ...newer, responses, answeredAt, checked };
}

function pickReflection(a: Reflection, b: Reflection): Reflection {
  return b.updatedAt > a.updatedAt ? b : a;
}

type Journaled = Pick<ProgressData, 'lessons' | 'attempts'>;

/**
 * What data taken in from elsewhere (another tab's save, an imported file, the LMS's copy) brings that `before` did
 * not have: attempts finished and lessons completed elsewhere, as the store's events. Only the store's merging
 * actions and the tab merge ask: what happens in this tab is journaled by the action that does it.
 */
export function arrivals(before: Journaled, after: Journaled): ProgressEvent[] {
  const events: ProgressEvent[] = Object.values(after.attempts)
    .flatMap((attempt) =>
      attempt.finishedAt && attempt.score && !before.attempts[attempt.id]?.finishedAt
        ? [{ type: 'attempt-finished', attemptId: attempt.id, finishedAt: attempt.finishedAt } as const]
        : [],
    )
    // In the order they finished, as if heard at the time.
    .sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
  for (const [lessonId, lesson] of Object.entries(after.lessons)) {
    if (lesson.completedAt && !before.lessons[lessonId]?.completedAt) events.push({ type: 'lesson-completed', lessonId, completedAt: lesson.completedAt });
  }
  return events;
}
