import type { Question, QuestionPool } from '../engine/index.ts';
import type { FinalAssessmentData, QuizData } from './quiz-types.ts';

/**
 * Quizzes load lazily (one chunk each), already validated at build time. The final assessment is assembled
 * here from the lesson quizzes its pools name.
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
    const sources = await Promise.all(file.pools.map(async (pool) => ({ pool, quiz: (await loadFile(pool.from)) as QuizData })));
    const questions = sources.flatMap(({ quiz }) => quiz.questions);
    return {
      id: file.id,
      title: file.title,
      mode: file.mode,
      passMark: file.passMark,
      pools: sources.map(({ pool, quiz }) => ({ questions: quiz.questions, draw: pool.draw })),
      questions: Object.fromEntries(questions.map((question) => [question.id, question])),
      hashes: Object.assign({}, ...sources.map(({ quiz }) => quiz.hashes)),
      length: file.pools.reduce((sum, pool) => sum + pool.draw, 0),
    };
  }
  return {
    id: file.id,
    title: file.title,
    mode: file.mode,
    passMark: file.passMark,
    pools: [{ questions: file.questions, ...(file.draw ? { draw: file.draw } : {}) }],
    questions: Object.fromEntries(file.questions.map((question) => [question.id, question])),
    hashes: file.hashes,
    lessonId: file.id,
    length: file.draw ?? file.questions.length,
  };
}
