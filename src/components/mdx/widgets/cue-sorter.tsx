import { useId, useState } from 'react';
import { Sorter } from '../../ui/sorter.tsx';
import { useLessonView } from '../lesson-view.tsx';
import './widgets.css';

export interface Cue {
  id: string;
  text: string;
  kind: 'positive' | 'negative';
  why: string;
}

type Outcome = { kind: 'unsorted'; left: number } | { kind: 'checked'; right: number } | { kind: 'cleared' } | null;

const KIND_LABEL: Record<Cue['kind'], string> = { positive: 'Positive', negative: 'Negative' };
const GROUPS = [
  { id: 'positive', label: 'Positive' },
  { id: 'negative', label: 'Negative' },
];

/**
 * Sort each cue into Positive or Negative (choose a cue, then "Put in …"), then check: a count in the live
 * region and a verdict with the reason under each cue. Printed, it becomes a list with space to write.
 */
export function CueSorter({ cues }: { cues: Cue[] }) {
  const { mode } = useLessonView();
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const [placements, setPlacements] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [moved, setMoved] = useState('');

  const check = () => {
    const left = cues.filter((cue) => !placements[cue.id]).length;
    setMoved('');
    if (left > 0) setOutcome({ kind: 'unsorted', left });
    else setOutcome({ kind: 'checked', right: cues.filter((cue) => placements[cue.id] === cue.kind).length });
  };

  const startAgain = () => {
    setPlacements({});
    setMoved('');
    setOutcome({ kind: 'cleared' });
  };

  let message = moved;
  if (outcome?.kind === 'unsorted') message = `Sort every cue first: ${outcome.left} left.`;
  else if (outcome?.kind === 'checked')
    message =
      outcome.right === cues.length
        ? `${outcome.right} of ${cues.length} sorted correctly. Well done!`
        : `${outcome.right} of ${cues.length} sorted correctly. Read why under each cue, then try again.`;
  else if (outcome?.kind === 'cleared') message = 'All cues cleared. Sort them again whenever you’re ready.';

  const checked = outcome?.kind === 'checked';
  const verdict = (id: string) => {
    const cue = cues.find((c) => c.id === id);
    if (!checked || !cue) return null;
    const right = placements[cue.id] === cue.kind;
    return (
      <p className={`cue__verdict ${right ? 'cue--right' : 'cue--wrong'}`}>
        <strong>
          <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
          {right ? 'Right.' : `Not quite: this one is ${KIND_LABEL[cue.kind].toLowerCase()}.`}
        </strong>{' '}
        {cue.why}
      </p>
    );
  };

  return (
    <section className={`widget cue-sorter${mode === 'slide' ? ' widget--slide' : ''}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="widget__title">
        Try it: sort the cues
      </h3>
      <p className="widget__intro">Put each cue in Positive if it builds trust, or in Negative if it risks a breakdown.</p>
      <div className="no-print">
        <Sorter
          items={cues}
          groups={GROUPS}
          placements={placements}
          onPlace={(id, group) => {
            setPlacements((current) => {
              const next = { ...current };
              if (group) next[id] = group;
              else delete next[id];
              return next;
            });
            setOutcome(null);
          }}
          announce={setMoved}
          note={verdict}
          invalid={(id) => outcome?.kind === 'unsorted' && !placements[id]}
        />
        <div className="button-row">
          <button type="button" className="button" onClick={check}>
            Check my sorting
          </button>
          <button type="button" className="button button--secondary" onClick={startAgain}>
            Start again
          </button>
        </div>
        <div className="widget__status" role="status" aria-live="polite">
          {message ? <p>{message}</p> : null}
        </div>
      </div>
      {/* The printed handout: each cue with a line to write Positive or Negative, and why. */}
      <ol className="print-only cue-print">
        {cues.map((cue) => (
          <li key={cue.id}>
            {cue.text}
            <span className="write-line" aria-hidden="true">
              Positive / Negative, because
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
