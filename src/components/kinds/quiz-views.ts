/** Every kind's quiz view (input, feedback, nudge), registered once; see view-types.ts. */
import type { Question, QuestionKind } from '../../engine/index.ts';
import { quiz as categorize } from './categorize/quiz.tsx';
import { quiz as conversation } from './conversation/quiz.tsx';
import { quiz as multiple } from './multiple/quiz.tsx';
import { quiz as order } from './order/quiz.tsx';
import { quiz as rewrite } from './rewrite/quiz.tsx';
import { quiz as single } from './single/quiz.tsx';
import { quiz as spot } from './spot/quiz.tsx';
import type { QuizView } from './view-types.ts';

export const QUIZ_VIEWS = { single, multiple, order, categorize, conversation, rewrite, spot } satisfies { readonly [K in QuestionKind]: QuizView<K> };

/** A question's quiz view (one cast: a table indexed by `question.kind` cannot be tied to the kind of `question`). */
export function quizView(question: Question): QuizView<QuestionKind> {
  return QUIZ_VIEWS[question.kind] as unknown as QuizView<QuestionKind>;
}
