import type { FinalAssessmentData, QuizData } from './quiz-types.ts';

/**
 * Quizzes load lazily (one chunk each), already validated at build time. This module says which quizzes exist (home,
 * lessons and progress need only that); load-quiz.ts assembles one to take.
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

/** A quiz's file as built (validated, with hashes); `load-quiz.ts` assembles it into a quiz to take. */
export async function loadQuizFile(id: string) {
  const load = loaders.get(id);
  if (!load) return undefined;
  return load();
}
