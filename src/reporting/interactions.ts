/**
 * One interaction per answered question of a finished attempt, in the vocabulary each standard has:
 * single and select-all → choice, ordering → sequencing, categorizing → matching, rewriting a sentence →
 * long-fill-in (SCORM 1.2 has only fill-in, 255 characters), a branching conversation → other (SCORM 1.2 has
 * no "other": performance, the path of steps taken). SCORM 2004 and xAPI share one response format; SCORM 1.2
 * answers with single characters (a, b, c…) as its data model asks.
 */
import { creditFraction, gradeAttempt, isAnswered, readResponse, type Question, type Response } from '../engine/index.ts';
import type { LoadedQuiz } from '../content/load-quiz.ts';
import type { AttemptRecord } from '../progress/types.ts';

export interface AnsweredQuestion {
  question: Question;
  response: Response;
  /** Share of the question's credit earned, 0–1. */
  credit: number;
}

/** The answered questions of an attempt, graded, in the order they were asked. */
export function answeredQuestions(attempt: AttemptRecord, quiz: LoadedQuiz): AnsweredQuestion[] {
  const questions = attempt.questionIds.map((id) => quiz.questions[id]).filter((q): q is Question => q !== undefined);
  const grade = gradeAttempt(questions, attempt.responses, quiz.passMark);
  return questions.flatMap((question) => {
    const response = readResponse(question, attempt.responses[question.id]);
    if (!response || !isAnswered(question, response)) return [];
    return [{ question, response: response as Response, credit: creditFraction(grade.perQuestion[question.id]!) }];
  });
}

export type InteractionType = 'choice' | 'sequencing' | 'matching' | 'long-fill-in' | 'fill-in' | 'performance' | 'other';

export interface FormattedInteraction {
  type: InteractionType;
  response: string;
  /** The correct response pattern, where the question has one. */
  correct?: string;
}

const letter = (index: number) => (index >= 0 && index < 36 ? index.toString(36) : '?');
const toLetters = (ids: readonly string[], all: readonly string[]) => ids.map((id) => letter(all.indexOf(id)));

function bestChoice(question: Question): string[] {
  if (question.kind === 'single') {
    const top = Math.max(...question.options.map((o) => o.credit));
    return question.options.filter((o) => o.credit === top).slice(0, 1).map((o) => o.id);
  }
  if (question.kind === 'multiple') return question.options.filter((o) => o.correct).map((o) => o.id);
  return [];
}

/** SCORM 2004 and xAPI (cmi5): identifiers joined by `[,]`, pairs by `[.]`. */
export function formatInteraction2004(question: Question, response: Response): FormattedInteraction {
  switch (response.kind) {
    case 'single':
      return { type: 'choice', response: response.choice, correct: bestChoice(question).join('[,]') };
    case 'multiple':
      return { type: 'choice', response: response.choices.join('[,]'), correct: bestChoice(question).join('[,]') };
    case 'order':
      return {
        type: 'sequencing',
        response: response.order.join('[,]'),
        ...(question.kind === 'order' ? { correct: question.items.map((i) => i.id).join('[,]') } : {}),
      };
    case 'categorize':
      return {
        type: 'matching',
        response: Object.entries(response.placements).map(([item, category]) => `${item}[.]${category}`).join('[,]'),
        ...(question.kind === 'categorize' ? { correct: question.items.map((i) => `${i.id}[.]${i.category}`).join('[,]') } : {}),
      };
    case 'conversation':
      return { type: 'other', response: response.path.join(' ').slice(0, 4000) };
    case 'rewrite':
      // Line breaks collapsed: scorm-again (and LMSs built the same way) reject them in a long-fill-in response.
      return { type: 'long-fill-in', response: response.text.replace(/\s+/g, ' ').trim().slice(0, 4000) };
  }
}

/** SCORM 1.2: options and items as single characters by their place in the question, 255 characters at most. */
export function formatInteraction12(question: Question, response: Response): FormattedInteraction {
  const options = question.kind === 'single' || question.kind === 'multiple' ? question.options.map((o) => o.id) : [];
  const items = question.kind === 'order' || question.kind === 'categorize' ? question.items.map((i) => i.id) : [];
  switch (response.kind) {
    case 'single':
      return { type: 'choice', response: letter(options.indexOf(response.choice)), correct: toLetters(bestChoice(question), options).join(',') };
    case 'multiple':
      return { type: 'choice', response: toLetters(response.choices, options).join(','), correct: toLetters(bestChoice(question), options).join(',') };
    case 'order':
      return { type: 'sequencing', response: toLetters(response.order, items).join(','), correct: items.map((_, i) => letter(i)).join(',') };
    case 'categorize': {
      const categories = question.kind === 'categorize' ? question.categories.map((c) => c.id) : [];
      const pair = (item: string, category: string) => `${letter(items.indexOf(item))}.${letter(categories.indexOf(category))}`;
      return {
        type: 'matching',
        response: Object.entries(response.placements).map(([item, category]) => pair(item, category)).join(','),
        ...(question.kind === 'categorize' ? { correct: question.items.map((i) => pair(i.id, i.category)).join(',') } : {}),
      };
    }
    case 'conversation':
      return { type: 'performance', response: response.path.join(',').slice(0, 255) };
    case 'rewrite':
      return { type: 'fill-in', response: response.text.replace(/\s+/g, ' ').trim().slice(0, 255) };
  }
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
