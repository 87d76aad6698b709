/**
 * One interaction per answered question of a finished attempt, in the vocabulary each standard has:
 * single and select-all → choice, ordering → sequencing, categorizing → matching, rewriting a sentence →
 * long-fill-in (SCORM 1.2 has only fill-in, 255 characters), a branching conversation → other (SCORM 1.2 has
 * no "other": performance, the path of steps taken). SCORM 2004 and xAPI share one response format; SCORM 1.2
 * answers with single characters (a, b, c…) as its data model asks.
 */
import {
  creditFraction,
  isAnswered,
  readResponse,
  rulesFor,
  type FormattedInteraction,
  type InteractionType,
  type Question,
  type Response,
} from '../engine/index.ts';
import type { LoadedQuiz } from '../content/load-quiz.ts';
import { attemptQuestions, questionScoresOf } from '../progress/attempt-grade.ts';
import type { AttemptRecord } from '../progress/types.ts';

export interface AnsweredQuestion {
  question: Question;
  response: Response;
  /** Share of the question's credit earned, 0–1. */
  credit: number;
}

/**
 * The answered questions of a finished attempt, in the order they were asked, each with the credit it was given
 * when the attempt finished (kept on the record: nothing is scored again here).
 */
export function answeredQuestions(attempt: AttemptRecord, quiz: LoadedQuiz): AnsweredQuestion[] {
  const scores = questionScoresOf(attempt, quiz);
  return attemptQuestions(quiz, attempt).flatMap((question) => {
    const response = readResponse(question, attempt.responses[question.id]);
    const score = scores[question.id];
    if (!response || !isAnswered(question, response)) return [];
    return [{ question, response: response as Response, credit: score ? creditFraction(score) : 0 }];
  });
}

export type { FormattedInteraction, InteractionType };

/** SCORM 2004 and xAPI (cmi5): identifiers joined by `[,]`, pairs by `[.]` (each kind's format: engine/kinds/). */
export function formatInteraction2004(question: Question, response: Response): FormattedInteraction {
  return rulesFor(question).lms.format2004(question, response);
}

/** SCORM 1.2: options and items as single characters by their place in the question, 255 characters at most. */
export function formatInteraction12(question: Question, response: Response): FormattedInteraction {
  return rulesFor(question).lms.format12(question, response);
}

/** The result word of each standard: full credit is correct, none is wrong, partial credit is the fraction. */
export function resultOf(credit: number, wrong: 'wrong' | 'incorrect'): string {
  if (credit >= 1) return 'correct';
  if (credit <= 0) return wrong;
  return String(Math.round(credit * 100) / 100);
}

/** An identifier unique to this question in this attempt: a retake adds new interactions, never overwrites. */
export function interactionId(attempt: Pick<AttemptRecord, 'id' | 'quizId'>, questionId: string, separator = '.'): string {
  return [attempt.quizId, attempt.id, questionId].join(separator).replace(/\s+/g, '_');
}
