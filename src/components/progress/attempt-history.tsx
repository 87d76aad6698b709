import { Link } from 'react-router';
import './attempt-history.css';
import { paths } from '../../config/paths.ts';
import { useProgressStore } from '../../progress/store.ts';
import { quizSummary } from '../../progress/attempt-records.ts';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** First, best and latest score, a small score-over-time chart, and every finished attempt. */
export function AttemptHistory({ quizId, headingLevel = 2 }: { quizId: string; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  const attempts = useProgressStore((s) => s.attempts);
  const summary = quizSummary(attempts, quizId);
  if (summary.count === 0) return null;
  return (
    <section className="history" aria-labelledby={`history-${quizId}`}>
      <Heading id={`history-${quizId}`}>Your attempts</Heading>
      <dl className="history__stats">
        <div>
          <dt>First</dt>
          <dd>{summary.first}%</dd>
        </div>
        <div>
          <dt>Best</dt>
          <dd>{summary.best}%</dd>
        </div>
        <div>
          <dt>Latest</dt>
          <dd>{summary.latest}%</dd>
        </div>
      </dl>
      <ScoreChart percents={summary.finished.map((a) => a.score!.percent)} />
      <ol className="history__list">
        {summary.finished.map((attempt, index) => (
          <li key={attempt.id}>
            <Link to={paths.attempt(quizId, attempt.id)}>
              Attempt {index + 1}: {attempt.score!.percent}% {attempt.score!.passed ? '(passed)' : ''}
            </Link>{' '}
            <span className="history__date">{dateFormat.format(new Date(attempt.finishedAt!))}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A small line chart of scores over attempts; its numbers are also given as text. */
export function ScoreChart({ percents }: { percents: number[] }) {
  if (percents.length < 2) return null;
  const width = 240;
  const height = 80;
  const step = width / (percents.length - 1);
  const points = percents.map((p, i) => `${(i * step).toFixed(1)},${(height - (p / 100) * height).toFixed(1)}`).join(' ');
  return (
    <figure className="score-chart">
      <svg viewBox={`-6 -6 ${width + 12} ${height + 12}`} role="img" aria-label={`Scores over time: ${percents.map((p) => `${p}%`).join(', ')}`}>
        <line x1="0" x2={width} y1={height * 0.2} y2={height * 0.2} className="score-chart__pass" />
        <polyline points={points} className="score-chart__line" />
        {percents.map((p, i) => (
          <circle key={i} cx={i * step} cy={height - (p / 100) * height} r="4" className="score-chart__dot" />
        ))}
      </svg>
      <figcaption>Score over time (dashed line: 80% pass mark)</figcaption>
    </figure>
  );
}
