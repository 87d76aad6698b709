import type { Question } from '../../engine/index.ts';
import { phoneView } from '../../components/kinds/phone-views.ts';
import { bars } from './tally.ts';

/** Past this many rows the projected chart sets them in columns, so the slide above keeps its size. */
const MANY_ROWS = 5;

/**
 * The room's answers as horizontal bars, anonymous: counts only. Each row reads as a sentence for screen
 * readers ("B: 7 answers, 41 %"); the bar itself is decoration. After the reveal the keyed answer is marked.
 */
export function TallyChart({
  question,
  tally,
  answered,
  revealed,
  projected = false,
}: {
  question: Question;
  tally: Record<string, number>;
  answered: number;
  revealed: boolean;
  /** On the projector, beside the question: a kind's chart marked `withAnswer` waits there for the reveal. */
  projected?: boolean;
}) {
  const counted = phoneView(question)?.tally;
  const rows = bars(question, tally);
  if (!counted || rows.length === 0) return null;
  if (projected && !revealed && counted.withAnswer) return <div className="live-chart live-chart--held" />;
  const max = Math.max(1, ...rows.map((row) => row.count));
  const percent = (count: number) => (answered === 0 ? 0 : Math.round((count / answered) * 100));
  return (
    <figure className={`live-chart${rows.length > MANY_ROWS ? ' live-chart--many' : ''}`}>
      <figcaption className="live-chart__caption">
        {counted.caption}
      </figcaption>
      <ul className="live-chart__rows">
        {rows.map((row) => (
          <li key={row.key} className={`live-chart__row${revealed && row.best ? ' live-chart__row--best' : ''}`}>
            <span className="live-chart__label">
              <strong>{row.label}</strong>
              {row.text ? <span className="live-chart__text"> {row.text}</span> : null}
              {revealed && row.best ? <span className="live-chart__best">
                  {' '}
                  ✓<span className="live-chart__best-label"> {counted.bestLabel}</span>
                </span> : null}
            </span>
            <span className="live-chart__track" aria-hidden="true">
              <span className="live-chart__bar" style={{ width: `${(row.count / max) * 100}%` }} />
            </span>
            <span className="live-chart__count" data-key={row.key}>
              {row.count} {row.count === 1 ? 'answer' : 'answers'}, {percent(row.count)} %
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
