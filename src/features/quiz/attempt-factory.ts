import { displayOrder, planAttempt, type Question } from '../../engine/index.ts';
import type { LoadedQuiz } from '../../content/load-quiz.ts';
import type { AttemptRecord } from '../../progress/types.ts';

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

function newId(): string {
  return `${Date.now().toString(36)}-${randomSeed().toString(36).slice(0, 5)}`;
}

/**
 * Starts a scored attempt or a practice round of given questions, with a new seed: the engine plans the
 * draw and every display order from it, so a retake is reshuffled throughout while resume and review (same
 * seed) show exactly what the learner saw.
 */
export function createAttempt(quiz: LoadedQuiz, options: { practiceOf?: readonly string[] } = {}): AttemptRecord {
  const seed = randomSeed();
  const pools = options.practiceOf
    ? [{ questions: options.practiceOf.map((id) => quiz.questions[id]).filter((q): q is Question => q !== undefined) }]
    : quiz.pools;
  const plan = planAttempt(pools, seed);
  const time = new Date().toISOString();
  return {
    id: newId(),
    quizId: quiz.id,
    kind: options.practiceOf ? 'practice' : 'scored',
    seed,
    questionIds: [...plan.questionIds],
    hashes: Object.fromEntries(plan.questionIds.map((id) => [id, quiz.hashes[id] ?? ''])),
    responses: {},
    answeredAt: {},
    checked: [],
    current: 0,
    startedAt: time,
    updatedAt: time,
  };
}

/** The display order of a question's options or items in an attempt (see the engine's `displayOrder`). */
export function orderIn(question: Question, attempt: Pick<AttemptRecord, 'seed'>): string[] {
  return displayOrder(question, attempt.seed);
}
