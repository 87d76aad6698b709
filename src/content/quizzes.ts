import type { Question, QuestionPool } from '../engine/index.ts';
import type { FinalAssessmentData, QuizData } from './quiz-types.ts';

/**
 * Quizzes load lazily (one chunk each), already validated at build time. A lesson quiz's `review` pools are
 * assembled here from the earlier lesson quizzes they name; the final assessment brings its own questions,
 * one pool per lesson objective.
 */
const quizModules = import.meta.glob<QuizData | FinalAssessmentData>('@content/*/quiz.{yaml,yml,json}', { import: 'default' });

const FINAL = 'final-assessment';
const idFromPath = (file: string) => /([^/]+)\/quiz\.\w+$/.exec(file)?.[1] ?? file;
const loaders = new Map(Object.entries(quizModules).map(([file, load]) => [idFromPath(file), load]));

/** Quiz ids: the lesson ids that have a quiz, then the final assessment. */
export const quizIds: readonly string[] = [...loaders.keys()].sort((a, b) => Number(a === FINAL) - Number(b === FINAL));

export function hasQuiz(id: string | undefined): boolean {
  return id !== undefined && loaders.has(id);
}

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

async function loadFile(id: string) {
  const load = loaders.get(id);
  if (!load) return undefined;
  return load();
}

export async function loadQuiz(id: string): Promise<LoadedQuiz | undefined> {
  const file = await loadFile(id);
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
    (file.review ?? []).map(async (pool) => ({ pool, quiz: (await loadFile(pool.from)) as QuizData | undefined })),
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
