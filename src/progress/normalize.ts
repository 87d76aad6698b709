import { emptyProgress, type AttemptRecord, type ProgressData } from './types.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback);

/**
 * Coerces saved data into the current shape, keeping every record that can be read and dropping only
 * fields that cannot. Hand-written (not zod) to keep the first download small; imports use the zod schema.
 */
export function normalizeProgress(input: unknown): ProgressData {
  const base = emptyProgress();
  if (!isObject(input)) return base;
  const out: ProgressData = { ...base, learnerName: str(input.learnerName), updatedAt: str(input.updatedAt, base.updatedAt) };
  if (typeof input.lastRoute === 'string') out.lastRoute = input.lastRoute;
  if (isObject(input.prefs)) {
    const p = input.prefs;
    out.prefs = {
      showTrainerNotes: p.showTrainerNotes === true,
      textSize: typeof p.textSize === 'number' ? p.textSize : 1,
      slideTextSize: typeof p.slideTextSize === 'number' ? p.slideTextSize : 1,
    };
  }
  if (isObject(input.lessons)) {
    for (const [id, record] of Object.entries(input.lessons)) {
      if (!isObject(record)) continue;
      out.lessons[id] = {};
      if (typeof record.visitedAt === 'string') out.lessons[id].visitedAt = record.visitedAt;
      if (typeof record.completedAt === 'string') out.lessons[id].completedAt = record.completedAt;
      if (typeof record.lastPart === 'string') out.lessons[id].lastPart = record.lastPart;
    }
  }
  if (isObject(input.reflections)) {
    for (const [id, note] of Object.entries(input.reflections)) {
      if (isObject(note) && typeof note.text === 'string') out.reflections[id] = { text: note.text, updatedAt: str(note.updatedAt) };
    }
  }
  if (isObject(input.attempts)) {
    for (const [id, attempt] of Object.entries(input.attempts)) {
      const normalized = normalizeAttempt(attempt);
      if (normalized && normalized.id === id) out.attempts[id] = normalized;
    }
  }
  return out;
}

function normalizeAttempt(value: unknown): AttemptRecord | undefined {
  if (!isObject(value)) return undefined;
  const { id, quizId, seed, questionIds } = value;
  if (typeof id !== 'string' || typeof quizId !== 'string' || typeof seed !== 'number' || !Array.isArray(questionIds)) {
    return undefined;
  }
  const attempt: AttemptRecord = {
    id,
    quizId,
    kind: value.kind === 'practice' ? 'practice' : 'scored',
    seed,
    questionIds: questionIds.filter((q): q is string => typeof q === 'string'),
    optionOrder: isObject(value.optionOrder) ? (value.optionOrder as Record<string, string[]>) : {},
    hashes: isObject(value.hashes) ? (value.hashes as Record<string, string>) : {},
    responses: isObject(value.responses) ? value.responses : {},
    checked: Array.isArray(value.checked) ? value.checked.filter((q): q is string => typeof q === 'string') : [],
    current: typeof value.current === 'number' ? value.current : 0,
    startedAt: str(value.startedAt),
    updatedAt: str(value.updatedAt),
  };
  if (typeof value.finishedAt === 'string') attempt.finishedAt = value.finishedAt;
  if (isObject(value.score) && typeof value.score.percent === 'number') attempt.score = value.score as unknown as AttemptRecord['score'];
  return attempt;
}
