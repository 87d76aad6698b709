import { deriveSeed, planAttempt, shuffle, createRng, type Question } from '../../engine/index.ts';
import type { LoadedQuiz } from '../../content/quizzes.ts';
import type { AttemptRecord } from '../../progress/types.ts';

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

function newId(): string {
  return `${Date.now().toString(36)}-${randomSeed().toString(36).slice(0, 5)}`;
}

/**
 * Starts a scored attempt (a new seed: a retake is reshuffled) or a practice round of given questions.
 * The plan — questions, their order and every option order — is stored with the attempt, so resuming and
 * reviewing show exactly what the learner saw.
 */
export function createAttempt(quiz: LoadedQuiz, options: { practiceOf?: readonly string[] } = {}): AttemptRecord {
  const seed = randomSeed();
  const pools = options.practiceOf
    ? [{ questions: options.practiceOf.map((id) => quiz.questions[id]).filter((q): q is Question => q !== undefined) }]
    : quiz.pools;
  const plan = planAttempt(pools, seed, { shuffleQuestions: quiz.mode === 'exam' && !options.practiceOf });
  const time = new Date().toISOString();
  return {
    id: newId(),
    quizId: quiz.id,
    kind: options.practiceOf ? 'practice' : 'scored',
    seed,
    questionIds: [...plan.questionIds],
    optionOrder: Object.fromEntries(Object.entries(plan.optionOrder).map(([id, order]) => [id, [...order]])),
    hashes: Object.fromEntries(plan.questionIds.map((id) => [id, quiz.hashes[id] ?? ''])),
    responses: {},
    checked: [],
    current: 0,
    startedAt: time,
    updatedAt: time,
  };
}

/** Ids a question shows in a shuffled order (options or items); conversation and rewrite have none. */
function shuffledIds(question: Question): string[] | undefined {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return question.options.map((option) => option.id);
    case 'order':
    case 'categorize':
      return question.items.map((item) => item.id);
    default:
      return undefined;
  }
}

/**
 * The display order for a question in an attempt: the stored one while it still fits the question's ids
 * (content may have changed since), else a fresh shuffle from the attempt's seed.
 */
export function displayOrder(question: Question, attempt: AttemptRecord): string[] {
  const ids = shuffledIds(question) ?? [];
  const stored = attempt.optionOrder[question.id];
  if (stored && stored.length === ids.length && ids.every((id) => stored.includes(id))) return stored;
  return shuffle(ids, createRng(deriveSeed(attempt.seed, question.id)));
}
