import { useId } from 'react';
import './diagrams.css';
import { formatUsd } from '../ui/format.ts';

/**
 * Diagrams that teach better than prose, as accessible SVG: each is one image with a title and a text
 * description (the same content in words), drawn in a single column so it stays readable on a 320 px phone
 * and from the back of a room.
 */

const BOX_W = 240;
const BOX_H = 46;
const GAP = 30;

/** A sequence of steps, top to bottom; with `cycle`, an arrow leads from the last step back to the first. */
export function StepDiagram({ title, steps, cycle = false }: { title: string; steps: string[]; cycle?: boolean }) {
  const id = useId();
  const width = BOX_W + (cycle ? 70 : 20);
  const height = steps.length * BOX_H + (steps.length - 1) * GAP + 10;
  const top = (i: number) => 5 + i * (BOX_H + GAP);
  const description = `${steps.map((step, i) => `${i + 1}. ${step}`).join(', then ')}${cycle ? ', and back to the start' : ''}.`;
  return (
    <figure className="diagram">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="diagram__svg">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        <defs>
          <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="diagram__arrowhead" />
          </marker>
        </defs>
        {steps.map((step, i) => (
          <g key={step}>
            <rect x="10" y={top(i)} width={BOX_W} height={BOX_H} rx="10" className="diagram__box" />
            <text x={10 + BOX_W / 2} y={top(i) + BOX_H / 2 + 6} textAnchor="middle" className="diagram__label">
              {i + 1}. {step}
            </text>
            {i < steps.length - 1 ? (
              <line
                x1={10 + BOX_W / 2}
                x2={10 + BOX_W / 2}
                y1={top(i) + BOX_H + 2}
                y2={top(i + 1) - 3}
                className="diagram__line"
                markerEnd={`url(#${id}-arrow)`}
              />
            ) : null}
          </g>
        ))}
        {cycle ? (
          <path
            d={`M ${10 + BOX_W + 2} ${top(steps.length - 1) + BOX_H / 2} H ${BOX_W + 45} V ${top(0) + BOX_H / 2} H ${10 + BOX_W + 5}`}
            className="diagram__line diagram__line--loop"
            markerEnd={`url(#${id}-arrow)`}
          />
        ) : null}
      </svg>
      <figcaption className="diagram__caption">{title}</figcaption>
    </figure>
  );
}


/**
 * The cost of one lost customer as bars: a year of visits, ten years of them, and ten years for everyone
 * they tell. The bars share one scale, so the jump is seen, not just read.
 */
export function LostCustomerCost({ weekly, years, tells }: { weekly: number; years: number; tells: number }) {
  const id = useId();
  const rows = [
    { label: 'One year', value: weekly * 52 },
    { label: `${years} years`, value: weekly * 52 * years },
    { label: `${years} years × ${tells} people told`, value: weekly * 52 * years * tells },
  ];
  const max = rows.at(-1)!.value;
  const width = 320;
  const barTop = (i: number) => 10 + i * 70;
  return (
    <figure className="diagram">
      <svg viewBox={`0 0 ${width} ${rows.length * 70 + 10}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="diagram__svg">
        <title id={`${id}-t`}>What one lost customer costs</title>
        <desc id={`${id}-d`}>{rows.map((row) => `${row.label}: ${formatUsd(row.value)}`).join('; ')}.</desc>
        {rows.map((row, i) => (
          <g key={row.label}>
            <text x="0" y={barTop(i) + 14} className="diagram__label diagram__label--start">
              {row.label}: {formatUsd(row.value)}
            </text>
            <rect x="0" y={barTop(i) + 24} width={Math.max(3, (row.value / max) * width)} height="26" rx="4" className="diagram__bar" />
          </g>
        ))}
      </svg>
      <figcaption className="diagram__caption">
        Spending {formatUsd(weekly)} a week, on one scale
      </figcaption>
    </figure>
  );
}
