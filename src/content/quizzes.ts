import { FINAL_ASSESSMENT_ID, type FinalAssessmentData, type QuizData, type QuizMeta } from './quiz-types.ts';

/**
 * Quizzes load lazily (one chunk each), already validated at build time. This module says which quizzes exist (home,
 * lessons and progress need only that) and each one's pass mark (a few bytes each, bundled eagerly); load-quiz.ts
 * assembles one to take.
 */
const quizModules = import.meta.glob<QuizData | FinalAssessmentData>('@content/*/quiz.{yaml,yml,json}', { import: 'default' });
// A quiz of a lesson the course leaves out (course.yaml's `lessons`) is null.
const metaModules = import.meta.glob<QuizMeta | null>('@content/*/quiz.{yaml,yml,json}', { query: '?meta', import: 'default', eager: true });

const idFromPath = (file: string) => /([^/]+)\/quiz\.\w+$/.exec(file)?.[1] ?? file;
const metas = new Map(Object.values(metaModules).flatMap((meta) => (meta ? [[meta.id, meta] as const] : [])));
const loaders = new Map(Object.entries(quizModules).flatMap(([file, load]) => (metas.has(idFromPath(file)) ? [[idFromPath(file), load] as const] : [])));

/** Quiz ids: the lesson ids that have a quiz, then the final assessment. */
export const quizIds: readonly string[] = [...loaders.keys()].sort((a, b) => Number(a === FINAL_ASSESSMENT_ID) - Number(b === FINAL_ASSESSMENT_ID));

export function hasQuiz(id: string | undefined): boolean {
  return id !== undefined && loaders.has(id);
}

/** What is known of a quiz without loading it (its pass mark), if there is such a quiz. */
export function quizMeta(id: string): QuizMeta | undefined {
  return metas.get(id);
}

/** A quiz's file as built (validated, with hashes); `load-quiz.ts` assembles it into a quiz to take. */
export async function loadQuizFile(id: string) {
  const load = loaders.get(id);
  if (!load) return undefined;
  return load();
}
