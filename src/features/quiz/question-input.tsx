import { isKnownKind, readResponse, type Question, type Response } from '../../engine/index.ts';
import { quizView } from '../../components/kinds/quiz-views.ts';

interface QuestionInputProps {
  question: Question;
  /** Display order of options/items for this attempt (from the engine's plan). */
  order: readonly string[];
  /** The attempt's seed: conversation replies are ordered from it at every step. */
  seed: number;
  /** The stored response, read for the question's kind here. */
  response: unknown;
  onChange: (response: Response | undefined) => void;
  /** After "Check answer" in practice mode the answer is locked. */
  locked: boolean;
  /** The legend's id, so the question heading can take focus. */
  legendId: string;
}

/** The input for any question, from its kind's quiz view (components/kinds/). */
export function QuestionInput(props: QuestionInputProps) {
  if (!isKnownKind(props.question.kind)) return <p>This question needs a newer version of the course.</p>;
  const { Input } = quizView(props.question);
  return <Input {...props} response={readResponse(props.question, props.response)} />;
}

/** What to do before "Check answer" works, for this question's kind. */
export function nudgeFor(question: Question): string {
  return isKnownKind(question.kind) ? quizView(question).nudge : 'Answer the question first.';
}
