import { Link } from 'react-router';
import './attempt-history.css';
import { paths } from '../../config/paths.ts';
import { useProgressStore } from '../../progress/store.ts';
import { quizSummary } from '../../progress/attempt-records.ts';
import { attemptPassed, passMarkFor } from '../../progress/course-rules.ts';
import { useLmsPassMark } from '../../progress/lms-pass-mark.ts';
import { lazily } from '../ui/format.ts';

const dateFormat = lazily(() => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }));

/** First, best and latest score, a small score-over-time chart, and every finished attempt. */
export function AttemptHistory({ quizId, headingLevel = 2 }: { quizId: string; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  const attempts = useProgressStore((s) => s.attempts);
  const summary = quizSummary(attempts, quizId);
  // Judged by the mark that applies (the LMS's for the final assessment where it set one).
  const lmsMark = useLmsPassMark();
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
      <ScoreChart percents={summary.finished.map((a) => a.score!.percent)} passMark={passMarkFor(quizId, lmsMark)?.percent} />
      <ol className="history__list">
        {summary.finished.map((attempt, index) => (
          <li key={attempt.id}>
            <Link to={paths.attempt(quizId, attempt.id)}>
              Attempt {index + 1}: {attempt.score!.percent}% {attemptPassed(attempt, lmsMark) ? '(passed)' : ''}
            </Link>{' '}
            <span className="history__date">{dateFormat().format(new Date(attempt.finishedAt!))}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Scores over attempts as a line chart with labelled axes (score 0–100 %, attempt number) and the quiz's pass mark
 * (a whole percent; no line when the quiz is not known); the same numbers are given as text for screen readers (and
 * listed under the chart).
 */
export function ScoreChart({ percents, passMark }: { percents: number[]; passMark: number | undefined }) {
  if (percents.length < 2) return null;
  const left = 44;
  const bottom = 34;
  const width = 560;
  const height = 200;
  const plotW = width - left - 16;
  const plotH = height - bottom - 12;
  const x = (i: number) => left + (percents.length === 1 ? 0 : (i * plotW) / (percents.length - 1));
  const y = (p: number) => 12 + plotH - (p / 100) * plotH;
  const points = percents.map((p, i) => `${x(i).toFixed(1)},${y(p).toFixed(1)}`).join(' ');
  const summary = `Scores by attempt: ${percents.map((p, i) => `attempt ${i + 1}, ${p}%`).join('; ')}.${passMark === undefined ? '' : ` Pass mark ${passMark}%.`}`;
  return (
    <figure className="score-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        {[0, 50, 100].map((tick) => (
          <g key={tick} className="score-chart__tick">
            <line x1={left} x2={width - 16} y1={y(tick)} y2={y(tick)} />
            <text x={left - 8} y={y(tick) + 5} textAnchor="end">
              {tick}%
            </text>
          </g>
        ))}
        {passMark === undefined ? null : (
          <>
            <line x1={left} x2={width - 16} y1={y(passMark)} y2={y(passMark)} className="score-chart__pass" />
            <text x={width - 16} y={y(passMark) - 6} textAnchor="end" className="score-chart__pass-label">
              Pass {passMark}%
            </text>
          </>
        )}
        <polyline points={points} className="score-chart__line" />
        {percents.map((p, i) => (
          <g key={i}>
            <circle cx={x(i)} cy={y(p)} r="5" className="score-chart__dot" />
            <text x={x(i)} y={height - bottom + 20} textAnchor="middle" className="score-chart__axis">
              {i + 1}
            </text>
          </g>
        ))}
        <text x={left + plotW / 2} y={height - 2} textAnchor="middle" className="score-chart__axis">
          Attempt
        </text>
        <text x="12" y={12 + plotH / 2} textAnchor="middle" transform={`rotate(-90 12 ${12 + plotH / 2})`} className="score-chart__axis">
          Score
        </text>
      </svg>
      <figcaption>Your score on each attempt{passMark === undefined ? '' : ` (dashed line: the ${passMark}% pass mark)`}</figcaption>
    </figure>
  );
}
