/**
 * Planning an attempt: which questions, in which order, and the display order of everything inside them
 * (options, items, conversation replies at every step). Every order is a pure function of the attempt's
 * stored seed, so resume and review show exactly what the learner saw while the store keeps only the seed
 * and the question ids (compact enough for an LMS's suspend_data).
 */
import { isKnownKind, rulesFor } from '../kinds/registry.ts';
import { createRng, deriveSeed, sample, shuffle } from '../random.ts';
import type { ConversationNode, ConversationQuestion, ConversationReply, Question } from '../types.ts';

export interface QuestionPool {
  readonly questions: readonly Question[];
  /** Questions to draw from this pool; all of them when absent. */
  readonly draw?: number;
}

export interface AttemptPlan {
  readonly seed: number;
  /** The questions of this attempt, in the order they are asked. */
  readonly questionIds: readonly string[];
}

/**
 * Plans an attempt: draws `draw` questions from each pool, then shuffles the whole list, so every retake
 * asks its questions in a new order. A question id seen in an earlier pool is skipped, so a question shared
 * by two pools is asked once. The same pools and seed always give the same plan.
 */
export function planAttempt(pools: readonly QuestionPool[], seed: number): AttemptPlan {
  const chosen: Question[] = [];
  const seen = new Set<string>();
  pools.forEach((pool, index) => {
    for (const question of drawFromPool(pool, deriveSeed(seed, `pool:${index}`))) {
      if (seen.has(question.id)) continue;
      seen.add(question.id);
      chosen.push(question);
    }
  });
  const ordered = shuffle(chosen, createRng(deriveSeed(seed, 'questions')));
  return { seed, questionIds: ordered.map((question) => question.id) };
}

function drawFromPool(pool: QuestionPool, poolSeed: number): readonly Question[] {
  const { questions, draw } = pool;
  if (draw === undefined || draw >= questions.length) return questions;
  return sample(questions, draw, createRng(poolSeed));
}

/**
 * The seed of a workshop room's attempt: fixed, so the projected quiz, the speaker view, every reload and the
 * phones of a live room all show the same order ("B" on a phone is "B" on the wall). The engine plans it like any
 * attempt (options shuffled, ordering items never in the answer order).
 */
export const ROOM_SEED = 20_24;

/**
 * The display order of a question's options (single, multiple) or items (order, categorize) in the attempt
 * with this seed, by its kind's rule (engine/kinds/). Order questions are never shown already in the correct order.
 * Conversation and rewrite questions have nothing to order here (see `replyOrder`) and give `[]`.
 */
export function displayOrder(question: Question, seed: number): string[] {
  if (!isKnownKind(question.kind)) return [];
  return rulesFor(question).displayOrder(question, createRng(deriveSeed(seed, `order:${question.id}`)));
}

/**
 * The replies of one conversation node in the order this attempt shows them. Each node has its own stream,
 * so the best reply's position is independent from step to step and from attempt to attempt.
 */
export function replyOrder(question: ConversationQuestion, node: ConversationNode, seed: number): ConversationReply[] {
  return shuffle(node.responses, createRng(deriveSeed(seed, `replies:${question.id}:${node.id}`)));
}
