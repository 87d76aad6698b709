import { isKnownKind, percentOf, readResponse, scoreQuestion, type Question, type Response, type Score } from '../../engine/index.ts';
import { quizView } from '../../components/kinds/quiz-views.ts';

export function scorePercent(score: Score): number {
  return score.kind === 'points' ? percentOf(score.earned, score.total) : 0;
}

export function scoreLine(score: Score): string {
  if (score.kind === 'invalid') return `Not answered (${score.reason}).`;
  const percent = scorePercent(score);
  if (percent === 100) return 'Full credit.';
  if (percent === 0) return 'No credit.';
  return `Partial credit: ${percent}%.`;
}

/** What the learner gave, what was best and why: shown after "Check answer" and in the review. */
interface FeedbackProps {
  question: Question;
  response: Response | undefined;
  /** Display order of options/items in the attempt. */
  order: readonly string[];
  /** The attempt's seed (conversation replies are ordered from it). */
  seed: number;
}

/**
 * `score`: in a finished attempt's review, the question's score kept when it finished (never worked out again);
 * without it — "Check answer" in practice, before the attempt finishes — the answer is scored now.
 */
export function QuestionFeedback({ question, response, order, seed, score: kept }: FeedbackProps & { score?: Score }) {
  const score = kept ?? scoreQuestion(response, question);
  return (
    <div className="feedback">
      <p className={`feedback__score feedback__score--${scorePercent(score) === 100 ? 'full' : scorePercent(score) > 0 ? 'partial' : 'none'}`}>
        <strong>{scoreLine(score)}</strong>
      </p>
      {isKnownKind(question.kind) ? <KindFeedback question={question} response={readResponse(question, response)} order={order} seed={seed} /> : null}
    </div>
  );
}

/** The kind's own feedback (engine/kinds and components/kinds say what each kind shows). */
function KindFeedback(props: FeedbackProps) {
  const { Feedback } = quizView(props.question);
  return <Feedback {...props} />;
}
