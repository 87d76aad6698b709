import type { FinalAssessmentFile, QuizFile } from './quiz-schema.ts';

/**
 * The final assessment's id: its folder under content/ and its URL (/quizzes/final-assessment). Named once here,
 * where the build (vite-plugins/content-plugin.ts) can read it too; the app takes it from src/progress/course-rules.ts.
 */
export const FINAL_ASSESSMENT_ID = 'final-assessment';

/** A lesson quiz as the app receives it: the validated file plus its id and a content hash per question. */
export type QuizData = QuizFile & { id: string; hashes: Record<string, string> };

/** The final assessment file: its own questions in one pool per lesson objective, plus a content hash per question. */
export type FinalAssessmentData = FinalAssessmentFile & { id: typeof FINAL_ASSESSMENT_ID; hashes: Record<string, string> };

/**
 * What every page may know about a quiz without loading it (`quiz.yaml?meta`, bundled eagerly and tiny): the
 * course rules read a quiz's pass mark from here.
 */
export interface QuizMeta {
  id: string;
  /** The fraction (0–1) of the marks an attempt needs to pass, from the quiz file. */
  passMark: number;
}
