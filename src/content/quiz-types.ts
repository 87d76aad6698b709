import type { FinalAssessmentFile, QuizFile } from './quiz-schema.ts';

/** A lesson quiz as the app receives it: the validated file plus its id and a content hash per question. */
export type QuizData = QuizFile & { id: string; hashes: Record<string, string> };

/** The final assessment file: its own questions in one pool per lesson objective, plus a content hash per question. */
export type FinalAssessmentData = FinalAssessmentFile & { id: 'final-assessment'; hashes: Record<string, string> };
