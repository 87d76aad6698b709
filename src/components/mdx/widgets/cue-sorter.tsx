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
  return mode === 'slide' ? <CueSorterSlide cues={cues} /> : <CueSorterPage cues={cues} />;
}

/**
 * The projector's form, as the trainer notes run it: one cue at a time, large; the room calls out, the trainer
 * presses Positive or Negative, the answer and the reason show, and a running count says how the room is doing.
 */
function CueSorterSlide({ cues }: { cues: Cue[] }) {
  const baseId = useId();
  const [index, setIndex] = useState(0);
  const [calls, setCalls] = useState<Record<string, Cue['kind']>>({});
  const cue = cues[index];
  if (!cue) return null;
  const call = calls[cue.id];
  const called = cues.filter((c) => calls[c.id]);
  const right = called.filter((c) => calls[c.id] === c.kind).length;
  return (
    <section className="widget cue-sorter widget--slide cue-sorter--slide" aria-labelledby={`${baseId}-title`}>
      <h3 id={`${baseId}-title`} className="widget__title">
        Sort the cues: {index + 1} of {cues.length}
      </h3>
      <p className="cue-sorter__cue">{cue.text}</p>
      <div className="button-row" role="group" aria-label="The room’s call">
        {(['positive', 'negative'] as const).map((kind) => (
          <button key={kind} type="button" className="button button--secondary" aria-pressed={call === kind} onClick={() => setCalls((c) => ({ ...c, [cue.id]: kind }))}>
            {KIND_LABEL[kind]}
          </button>
        ))}
      </div>
      <div role="status" aria-live="polite">
        {call ? (
          <p className={`cue__verdict ${call === cue.kind ? 'cue--right' : 'cue--wrong'}`}>
            <strong>
              <span aria-hidden="true">{call === cue.kind ? '✓ ' : '✗ '}</span>
              {call === cue.kind ? 'Right.' : `Not quite: this one is ${KIND_LABEL[cue.kind].toLowerCase()}.`}
            </strong>{' '}
            {cue.why}
          </p>
        ) : null}
      </div>
      <div className="button-row cue-sorter__steps">
        {/* aria-disabled, not disabled: a button that ends the list keeps keyboard focus instead of dropping it. */}
        <button type="button" className="button button--secondary" aria-disabled={index === 0} onClick={() => index > 0 && setIndex(index - 1)}>
          <span aria-hidden="true">← </span>Previous cue
        </button>
        <button type="button" className="button" aria-disabled={index === cues.length - 1} onClick={() => index < cues.length - 1 && setIndex(index + 1)}>
          Next cue<span aria-hidden="true"> →</span>
        </button>
        <span className="cue-sorter__tally">
          {called.length > 0 ? `The room: ${right} of ${called.length} right` : null}
        </span>
      </div>
    </section>
  );
}

function CueSorterPage({ cues }: { cues: Cue[] }) {
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
    <section className="widget cue-sorter" aria-labelledby={titleId}>
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
