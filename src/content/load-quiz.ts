import type { Question, QuestionPool } from '../engine/index.ts';
import type { QuizData } from './quiz-types.ts';
import { loadQuizFile } from './quizzes.ts';

/*
 * A lesson quiz's `review` pools are assembled here from the earlier lesson quizzes they name; the final assessment
 * brings its own questions, one pool per lesson objective. (Apart from quizzes.ts, so pages that only list quizzes
 * do not load this.)
 */

/** A quiz ready to take: questions by id, the pools to draw from, and a content hash per question. */
export interface LoadedQuiz {
  id: string;
  title: string;
  mode: 'practice' | 'exam';
  passMark: number;
  pools: QuestionPool[];
  questions: Record<string, Question>;
  hashes: Record<string, string>;
  /** Lesson quizzes: the lesson they belong to. */
  lessonId?: string;
  /**
   * Ids of the questions that come back from earlier lessons (spaced retrieval). The quiz's own questions are
   * always `pools[0]`; a workshop quiz shows only those.
   */
  reviewIds: readonly string[];
  /** How many questions an attempt asks. */
  length: number;
}

export async function loadQuiz(id: string): Promise<LoadedQuiz | undefined> {
  const file = await loadQuizFile(id);
  if (!file) return undefined;
  if ('pools' in file) {
    const questions = file.pools.flatMap((pool) => pool.questions);
    return {
      id: file.id,
      title: file.title,
      mode: file.mode,
      passMark: file.passMark,
      pools: file.pools.map((pool) => ({ questions: pool.questions, draw: pool.draw })),
      questions: Object.fromEntries(questions.map((question) => [question.id, question])),
      hashes: file.hashes,
      reviewIds: [],
      length: file.pools.reduce((sum, pool) => sum + pool.draw, 0),
    };
  }
  const reviews = await Promise.all(
    (file.review ?? []).map(async (pool) => ({ pool, quiz: (await loadQuizFile(pool.from)) as QuizData | undefined })),
  );
  const sources = reviews.filter((source): source is { pool: (typeof reviews)[number]['pool']; quiz: QuizData } => source.quiz !== undefined);
  const reviewQuestions = sources.flatMap(({ quiz }) => quiz.questions);
  const own = file.draw ?? file.questions.length;
  return {
    id: file.id,
    title: file.title,
    mode: file.mode,
    passMark: file.passMark,
    pools: [
      { questions: file.questions, ...(file.draw ? { draw: file.draw } : {}) },
      ...sources.map(({ pool, quiz }) => ({ questions: quiz.questions, draw: pool.draw })),
    ],
    questions: Object.fromEntries([...file.questions, ...reviewQuestions].map((question) => [question.id, question])),
    hashes: Object.assign({}, ...sources.map(({ quiz }) => quiz.hashes), file.hashes),
    lessonId: file.id,
    reviewIds: reviewQuestions.map((question) => question.id),
    length: own + sources.reduce((sum, { pool }) => sum + pool.draw, 0),
  };
}
