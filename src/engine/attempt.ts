/**
 * Planning and grading a whole quiz attempt. Pure functions of their inputs, so the store persists only
 * the plan (seed + ids) and the responses, and results can always be recomputed from them.
 */
import { createRng, deriveSeed, sample, shuffle } from './random.ts';
import { creditFraction, scoreQuestion } from './score.ts';
import type { Question, Score } from './types.ts';

export interface QuestionPool {
  readonly questions: readonly Question[];
  /** Questions to draw from this pool; all of them when absent. */
  readonly draw?: number;
}

export interface AttemptPlan {
  readonly seed: number;
  /** The questions of this attempt, in the order they are asked. */
  readonly questionIds: readonly string[];
  /**
   * Display order per question id: option ids (single, multiple) or item ids (order, categorize).
   * Conversation and rewrite questions have no entry: replies stay in file order.
   */
  readonly optionOrder: Readonly<Record<string, readonly string[]>>;
}

export interface PlanOptions {
  /** Shuffle the order of questions (exam mode); practice keeps the file's order. */
  readonly shuffleQuestions: boolean;
}

/**
 * Plans an attempt: draws `draw` questions from each pool (keeping file order within the draw), optionally
 * shuffles the question order, and fixes a display order for options and items. The same pools and seed
 * always give the same plan. A question id seen in an earlier pool is skipped, so a question shared by two
 * pools is asked once.
 */
export function planAttempt(
  pools: readonly QuestionPool[],
  seed: number,
  opts: PlanOptions,
): AttemptPlan {
  const chosen: Question[] = [];
  const seen = new Set<string>();
  pools.forEach((pool, index) => {
    for (const question of drawFromPool(pool, deriveSeed(seed, `pool:${index}`))) {
      if (seen.has(question.id)) continue;
      seen.add(question.id);
      chosen.push(question);
    }
  });
  const ordered = opts.shuffleQuestions ? shuffle(chosen, createRng(deriveSeed(seed, 'questions'))) : chosen;

  const optionOrder: Record<string, readonly string[]> = {};
  for (const question of ordered) {
    const display = displayOrder(question, createRng(deriveSeed(seed, `options:${question.id}`)));
    if (display) optionOrder[question.id] = display;
  }
  return { seed, questionIds: ordered.map((question) => question.id), optionOrder };
}

function drawFromPool(pool: QuestionPool, poolSeed: number): readonly Question[] {
  const { questions, draw } = pool;
  if (draw === undefined || draw >= questions.length) return questions;
  const picked = new Set(sample(questions, draw, createRng(poolSeed)));
  // Keep the authored order: practice mode reads like the trainer wrote it, only shorter.
  return questions.filter((question) => picked.has(question));
}

function displayOrder(question: Question, rng: () => number): readonly string[] | undefined {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return shuffle<{ readonly id: string }>(question.options, rng).map((option) => option.id);
    case 'categorize':
      return shuffle(question.items, rng).map((item) => item.id);
    case 'order':
      return scrambled(question.items.map((item) => item.id), rng);
    default:
      return undefined;
  }
}

/** A shuffle that is never the correct order when there are 2+ items: presenting the answer is a giveaway. */
function scrambled(correct: readonly string[], rng: () => number): string[] {
  const out = shuffle(correct, rng);
  if (correct.length >= 2 && out.every((id, index) => id === correct[index])) {
    // Rotating by one is deterministic and always differs from the identity.
    out.push(out.shift() as string);
  }
  return out;
}

export interface SkillResult {
  readonly earned: number;
  readonly total: number;
  /** 0–100, rounded to one decimal. */
  readonly percent: number;
}

export interface AttemptResult {
  /** Sum of each question's credit share (each question is worth 1). */
  readonly earned: number;
  /** Number of questions. */
  readonly total: number;
  /** 0–100, rounded to one decimal. */
  readonly percent: number;
  readonly passed: boolean;
  readonly perQuestion: Readonly<Record<string, Score>>;
  readonly perSkill: Readonly<Record<string, SkillResult>>;
}

/**
 * Grades an attempt. Every question weighs 1 whatever its own total (a 6-item sort is not worth six
 * single-choice questions): it contributes its earned/total share, and an invalid or missing response
 * contributes 0 of 1. A question counts once towards each of its skills.
 *
 * `passed` compares the rounded percent the learner sees with the pass mark, so a screen showing "80%"
 * never says "not passed" at an 0.8 pass mark; the pass mark is rounded the same way so float noise
 * (0.7 × 100 = 70.00000000000001) cannot fail an exact 70 %.
 */
export function gradeAttempt(
  questions: readonly Question[],
  responses: Readonly<Record<string, unknown>>,
  passMark: number,
): AttemptResult {
  const perQuestion: Record<string, Score> = {};
  const skills = new Map<string, { earned: number; total: number }>();
  let earned = 0;
  for (const question of questions) {
    const response = Object.hasOwn(responses, question.id) ? responses[question.id] : undefined;
    const score = scoreQuestion(response, question);
    perQuestion[question.id] = score;
    const credit = creditFraction(score);
    earned += credit;
    for (const skill of new Set(question.skills)) {
      const tally = skills.get(skill) ?? { earned: 0, total: 0 };
      tally.earned += credit;
      tally.total += 1;
      skills.set(skill, tally);
    }
  }
  const total = questions.length;
  const percent = toPercent(earned, total);
  const perSkill: Record<string, SkillResult> = {};
  for (const [skill, tally] of skills) {
    perSkill[skill] = { earned: tally.earned, total: tally.total, percent: toPercent(tally.earned, tally.total) };
  }
  return { earned, total, percent, passed: percent >= round1(passMark * 100), perQuestion, perSkill };
}

function toPercent(earned: number, total: number): number {
  return total > 0 ? round1((earned / total) * 100) : 0;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
