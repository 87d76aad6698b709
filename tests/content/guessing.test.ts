import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllQuizzes } from '../../vite-plugins/content-plugin.ts';
import {
  displayOrder,
  gradeAttempt,
  planAttempt,
  replyOrder,
  type ConversationQuestion,
  type Question,
  type QuestionPool,
  type Response,
} from '../../src/engine/index.ts';

/**
 * A score must be earned with the skill: a learner who always takes the first thing on screen — the top
 * option, the top reply at every step of a conversation, every item in the first category — or who nudges
 * the first ordering item down once, or pastes the original sentence back as a rewrite, never passes.
 */
const { quizzes, finalAssessment } = loadAllQuizzes(path.resolve('content'));

function firstChoice(question: Question, seed: number): Response {
  const order = displayOrder(question, seed);
  switch (question.kind) {
    case 'single':
      return { kind: 'single', choice: order[0]! };
    case 'multiple':
      return { kind: 'multiple', choices: [order[0]!] };
    case 'order':
      return { kind: 'order', order: [order[1]!, order[0]!, ...order.slice(2)] };
    case 'categorize':
      return { kind: 'categorize', placements: Object.fromEntries(order.map((id) => [id, question.categories[0]!.id])) };
    case 'conversation':
      return { kind: 'conversation', path: topReplies(question, seed) };
    case 'rewrite':
      return { kind: 'rewrite', text: question.original };
    case 'spot':
      return { kind: 'spot', marked: [question.phrases[0]!.id] };
  }
}

function topReplies(question: ConversationQuestion, seed: number): string[] {
  const nodes = new Map(question.nodes.map((node) => [node.id, node]));
  const path: string[] = [];
  for (let node = nodes.get(question.start); node; ) {
    const reply = replyOrder(question, node, seed)[0]!;
    path.push(reply.id);
    node = nodes.get(reply.next);
  }
  return path;
}

interface Plannable {
  id: string;
  passMark: number;
  pools: QuestionPool[];
}

const lessonQuizzes: Plannable[] = quizzes.map((quiz) => ({ id: quiz.id, passMark: quiz.passMark, pools: [{ questions: quiz.questions }] }));
const final = finalAssessment as unknown as { passMark: number; pools: { questions?: Question[]; draw?: number }[] } | undefined;
const all: Plannable[] = [
  ...lessonQuizzes,
  ...(final?.pools.every((pool) => Array.isArray(pool.questions))
    ? [{ id: 'final-assessment', passMark: final.passMark, pools: final.pools as QuestionPool[] }]
    : []),
];

describe('guessing never passes', () => {
  it.each(all.map((quiz) => [quiz.id, quiz] as const))('%s: always taking the first choice fails on 300 retakes', (_id, quiz) => {
    let best = 0;
    for (let seed = 1; seed <= 300; seed += 1) {
      const plan = planAttempt(quiz.pools, seed);
      const questions = plan.questionIds.map((id) => quiz.pools.flatMap((pool) => pool.questions).find((q) => q.id === id)!);
      const responses = Object.fromEntries(questions.map((question) => [question.id, firstChoice(question, seed)]));
      const result = gradeAttempt(questions, responses, quiz.passMark);
      expect(result.passed).toBe(false);
      best = Math.max(best, result.percent);
    }
    expect(best).toBeLessThan(quiz.passMark * 100);
  });
});
