import {
  bestConversationPath,
  evaluateRewrite,
  scoreQuestion,
  walkConversation,
  type ConversationQuestion,
  type Question,
  type Score,
} from '../../engine/index.ts';
import { byOrder } from './inputs/types.ts';

export function creditLabel(credit: number): string {
  if (credit >= 1) return 'Best answer';
  if (credit > 0) return 'Acceptable';
  return 'Harmful';
}

export function scorePercent(score: Score): number {
  return score.kind === 'points' && score.total > 0 ? Math.round((score.earned / score.total) * 100) : 0;
}

export function scoreLine(score: Score): string {
  if (score.kind === 'invalid') return `Not answered (${score.reason}).`;
  const percent = scorePercent(score);
  if (percent === 100) return 'Full credit.';
  if (percent === 0) return 'No credit.';
  return `Partial credit: ${percent}%.`;
}

/** What the learner gave, what was best and why: shown after "Check answer" and in the review. */
export function QuestionFeedback({ question, response, order }: { question: Question; response: unknown; order: string[] }) {
  const score = scoreQuestion(response, question);
  return (
    <div className="feedback">
      <p className={`feedback__score feedback__score--${scorePercent(score) === 100 ? 'full' : scorePercent(score) > 0 ? 'partial' : 'none'}`}>
        <strong>{scoreLine(score)}</strong>
      </p>
      <KindFeedback question={question} response={response} order={order} />
    </div>
  );
}

function KindFeedback({ question, response, order }: { question: Question; response: unknown; order: string[] }) {
  const r = (response ?? {}) as { choice?: string; choices?: string[]; order?: string[]; placements?: Record<string, string>; path?: string[]; text?: string };
  switch (question.kind) {
    case 'single': {
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
      const chosen = r.choices ?? [];
      return (
        <ul className="feedback__list">
          {question.options.map((option) => (
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
      const yours = byOrder(question.items, r.order ?? order);
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
      return (
        <ul className="feedback__list">
          {question.items.map((item) => {
            const right = r.placements?.[item.id] === item.category;
            return (
              <li key={item.id} className="feedback__item">
                <p>
                  <span className={`tag ${right ? 'tag--best-answer' : 'tag--harmful'}`}>{right ? 'Right' : 'Not quite'}</span> {item.text}: you chose{' '}
                  <em>{label(r.placements?.[item.id])}</em>
                  {right ? '' : `; it belongs in ${label(item.category)}`}.
                </p>
                <p className="feedback__why">{item.feedback}</p>
              </li>
            );
          })}
        </ul>
      );
    }
    case 'conversation':
      return <ConversationFeedback question={question} path={r.path ?? []} />;
    case 'rewrite': {
      const results = evaluateRewrite(r.text ?? '', question);
      return (
        <div>
          {r.text ? (
            <p>
              <span className="feedback__heading">Your rewrite: </span>“{r.text}”
            </p>
          ) : null}
          <ul className="feedback__list">
            {question.criteria.map((criterion) => {
              const result = results.find((x) => x.id === criterion.id);
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
          <p>
            <span className="feedback__heading">A model answer: </span>“{question.modelAnswer}”
          </p>
        </div>
      );
    }
  }
}

function ConversationFeedback({ question, path }: { question: ConversationQuestion; path: string[] }) {
  const yours = walkConversation(question, path);
  const best = bestConversationPath(question);
  const bestWalk = walkConversation(question, best.path);
  const same = best.path.join() === path.join();
  return (
    <div className="feedback__columns">
      <div>
        <p className="feedback__heading">Your path</p>
        <ol className="feedback__path">
          {yours.steps.map((step) => (
            <li key={step.node.id}>
              <p>
                “{step.response.text}” <span className="tag">{step.response.points} pts</span>
              </p>
              <p className="feedback__why">{step.response.feedback}</p>
            </li>
          ))}
        </ol>
        {yours.ending ? <p>Outcome: {yours.ending.outcome}. {yours.ending.text}</p> : null}
      </div>
      <div>
        <p className="feedback__heading">{same ? 'You took the best path.' : 'The best path'}</p>
        {same ? null : (
          <ol className="feedback__path">
            {bestWalk.steps.map((step) => (
              <li key={step.node.id}>
                <p>
                  “{step.response.text}” <span className="tag">{step.response.points} pts</span>
                </p>
              </li>
            ))}
          </ol>
        )}
        {!same && bestWalk.ending ? <p>Outcome: {bestWalk.ending.outcome}. {bestWalk.ending.text}</p> : null}
      </div>
    </div>
  );
}
