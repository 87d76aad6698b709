import {
  bestConversationPath,
  evaluateRewrite,
  HARMFUL_MOVE_INFO,
  rewriteDoubts,
  percentOf,
  readResponse,
  scoreQuestion,
  walkConversation,
  type ConversationQuestion,
  type ConversationStep,
  type Question,
  type Response,
  type Score,
} from '../../engine/index.ts';
import { creditLabel } from '../../components/ui/credit-label.ts';
import { byOrder } from './inputs/types.ts';

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

export function QuestionFeedback({ question, response, order, seed }: FeedbackProps) {
  const score = scoreQuestion(response, question);
  return (
    <div className="feedback">
      <p className={`feedback__score feedback__score--${scorePercent(score) === 100 ? 'full' : scorePercent(score) > 0 ? 'partial' : 'none'}`}>
        <strong>{scoreLine(score)}</strong>
      </p>
      <KindFeedback question={question} response={response} order={order} seed={seed} />
    </div>
  );
}

function KindFeedback({ question, response, order }: FeedbackProps) {
  switch (question.kind) {
    case 'single': {
      const r = { choice: readResponse(question, response)?.choice };
      const options = byOrder(question.options, order.length ? order : question.options.map((o) => o.id));
      return (
        <ul className="feedback__list">
          {options.map((option) => (
            <li key={option.id} className={option.id === r.choice ? 'feedback__item feedback__item--chosen' : 'feedback__item'}>
              <p>
                <span className={`tag tag--${creditLabel(option.credit).toLowerCase().replace(' ', '-')}`}>{creditLabel(option.credit)}</span>
                {option.id === r.choice ? <span className="tag tag--yours">Your answer</span> : null} {option.text}
              </p>
              <p className="feedback__why">{option.feedback}</p>
            </li>
          ))}
        </ul>
      );
    }
    case 'multiple': {
      const chosen = readResponse(question, response)?.choices ?? [];
      return (
        <ul className="feedback__list">
          {byOrder(question.options, order.length ? order : question.options.map((o) => o.id)).map((option) => (
            <li key={option.id} className={chosen.includes(option.id) ? 'feedback__item feedback__item--chosen' : 'feedback__item'}>
              <p>
                <span className={`tag ${option.correct ? 'tag--best-answer' : 'tag--harmful'}`}>{option.correct ? 'Should be selected' : 'Should not be selected'}</span>
                {chosen.includes(option.id) ? <span className="tag tag--yours">You selected</span> : null} {option.text}
              </p>
              <p className="feedback__why">{option.feedback}</p>
            </li>
          ))}
        </ul>
      );
    }
    case 'order': {
      const yours = byOrder(question.items, readResponse(question, response)?.order ?? order);
      return (
        <div className="feedback__columns">
          <div>
            <p className="feedback__heading">Your order</p>
            <ol>
              {yours.map((item) => (
                <li key={item.id}>{item.text}</li>
              ))}
            </ol>
          </div>
          <div>
            <p className="feedback__heading">The best order</p>
            <ol>
              {question.items.map((item) => (
                <li key={item.id}>{item.text}</li>
              ))}
            </ol>
          </div>
          <p className="feedback__why">{question.feedback}</p>
        </div>
      );
    }
    case 'categorize': {
      const label = (id?: string) => question.categories.find((c) => c.id === id)?.label ?? 'not sorted';
      const r = { placements: readResponse(question, response)?.placements };
      return (
        <ul className="feedback__list">
          {question.items.map((item) => {
            const right = r.placements?.[item.id] === item.category;
            return (
              <li key={item.id} className="feedback__item">
                <p>
                  <span className={`tag ${right ? 'tag--best-answer' : 'tag--harmful'}`}>{right ? 'Right' : 'Not quite'}</span> {item.text}{' '}
                  <span className="feedback__placed">
                    (you chose <em>{label(r.placements?.[item.id])}</em>
                    {right ? '' : `; it belongs in ${label(item.category)}`})
                  </span>
                </p>
                <p className="feedback__why">{item.feedback}</p>
              </li>
            );
          })}
        </ul>
      );
    }
    case 'conversation':
      return <ConversationFeedback question={question} path={readResponse(question, response)?.path ?? []} />;
    case 'rewrite': {
      const r = { text: readResponse(question, response)?.text };
      const evaluation = evaluateRewrite(r.text ?? '', question);
      // Harmful moves a criterion already names are shown on that criterion; the rest get their own list.
      const named = new Set(question.criteria.map((criterion) => criterion.avoid));
      const otherHarm = evaluation.harmful.filter((found) => !named.has(found.move));
      const doubts = r.text ? rewriteDoubts(question, evaluation) : [];
      return (
        <div>
          {r.text ? (
            <p>
              <span className="feedback__heading">Your rewrite: </span>“{r.text}”
            </p>
          ) : null}
          {doubts.length > 0 ? (
            <div className="feedback__unsure" role="note" aria-label="The grader is not sure">
              <p>
                <span className="feedback__heading">Not a clear-cut one: </span>
                {doubts.join('; and ')}. Read your words beside the model answer and the checklist below; a trainer may
                see it differently. The score follows the checklist.
              </p>
              <p>
                <span className="feedback__heading">A model answer: </span>“{question.modelAnswer}”
              </p>
            </div>
          ) : null}
          <ul className="feedback__list">
            {question.about?.length ? (
              <li className="feedback__item">
                <p>
                  <span className={`tag ${evaluation.grounded ? 'tag--best-answer' : 'tag--harmful'}`}>{evaluation.grounded ? 'Met' : 'Not yet'}</span> Speaks
                  to this customer’s situation
                </p>
                {evaluation.grounded ? null : (
                  <p className="feedback__why">
                    Your reply could be sent to any customer, so it earns nothing here. Name what happened or what you will do about it:{' '}
                    {question.about.map((topic) => topic.label).join('; ')}.
                  </p>
                )}
              </li>
            ) : null}
            {question.criteria.map((criterion) => {
              const result = evaluation.criteria.find((x) => x.id === criterion.id);
              return (
                <li key={criterion.id} className="feedback__item">
                  <p>
                    <span className={`tag ${result?.met ? 'tag--best-answer' : 'tag--harmful'}`}>{result?.met ? 'Met' : 'Not yet'}</span> {criterion.label}
                    {result?.matchedBanned.length ? ` (you wrote: ${result.matchedBanned.map((w) => `“${w}”`).join(', ')})` : ''}
                  </p>
                  {result?.met ? null : <p className="feedback__why">{criterion.feedback}</p>}
                </li>
              );
            })}
          </ul>
          {otherHarm.length > 0 ? (
            <>
              <p className="feedback__heading">Words to change</p>
              <ul className="feedback__list">
                {otherHarm.map((found) => (
                  <li key={found.move} className="feedback__item">
                    <p>
                      <span className="tag tag--harmful">{HARMFUL_MOVE_INFO[found.move].label}</span> you wrote:{' '}
                      {found.words.map((w) => `“${w}”`).join(', ')}
                    </p>
                    <p className="feedback__why">{HARMFUL_MOVE_INFO[found.move].tip}</p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {r.text && evaluation.tooShort ? (
            <p className="feedback__why">That’s too short to do the job: write a full reply, as you would say it to the customer.</p>
          ) : null}
          <p>
            <span className="feedback__heading">A model answer: </span>“{question.modelAnswer}”
          </p>
        </div>
      );
    }
  }
}

const OUTCOME = { recovered: 'Recovered', escalated: 'Escalated', lost: 'Customer lost' } as const;

/** One side of the review: the customer's line at each step, then the reply, then how it ended. */
function Transcript({ steps, showFeedback }: { steps: readonly ConversationStep[]; showFeedback: boolean }) {
  return (
    <ol className="feedback__path">
      {steps.map((step) => (
        <li key={step.node.id}>
          <p className="feedback__customer">
            <span className="feedback__who">Customer: </span>
            {step.node.customer}
          </p>
          <p>
            <span className="feedback__who">You: </span>“{step.response.text}” <span className="tag">{step.response.points} pts</span>
          </p>
          {showFeedback ? <p className="feedback__why">{step.response.feedback}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** "Your path vs best path": both dialogues in full, with the customer's lines between the replies. */
function ConversationFeedback({ question, path }: { question: ConversationQuestion; path: readonly string[] }) {
  const yours = walkConversation(question, path);
  const best = bestConversationPath(question);
  const bestWalk = walkConversation(question, best.path);
  const same = best.path.join() === path.join();
  return (
    <div className="feedback__columns">
      <div>
        <p className="feedback__heading">Your path</p>
        <Transcript steps={yours.steps} showFeedback />
        {yours.ending ? (
          <p>
            <strong>{OUTCOME[yours.ending.outcome]}:</strong> {yours.ending.text}
          </p>
        ) : null}
      </div>
      <div>
        <p className="feedback__heading">{same ? 'You took the best path.' : 'The best path'}</p>
        {same ? null : <Transcript steps={bestWalk.steps} showFeedback={false} />}
        {!same && bestWalk.ending ? (
          <p>
            <strong>{OUTCOME[bestWalk.ending.outcome]}:</strong> {bestWalk.ending.text}
          </p>
        ) : null}
      </div>
    </div>
  );
}
