import { useId, useState } from 'react';
import { useLessonView } from '../lesson-view.tsx';
import './widgets.css';

export interface Cue {
  id: string;
  text: string;
  kind: 'positive' | 'negative';
  why: string;
}

type Choice = '' | Cue['kind'];
type Outcome = { kind: 'unsorted'; left: number } | { kind: 'checked'; right: number } | { kind: 'cleared' } | null;

const KIND_LABEL: Record<Cue['kind'], string> = { positive: 'Positive', negative: 'Negative' };

/** Sort each cue with a native select, then check: a count in the live region and a verdict with the reason per cue. */
export function CueSorter({ cues }: { cues: Cue[] }) {
  const { mode } = useLessonView();
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const empty = (): Record<string, Choice> => Object.fromEntries(cues.map((cue) => [cue.id, '' as Choice]));
  const [choices, setChoices] = useState(empty);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const check = () => {
    const left = cues.filter((cue) => !choices[cue.id]).length;
    if (left > 0) setOutcome({ kind: 'unsorted', left });
    else setOutcome({ kind: 'checked', right: cues.filter((cue) => choices[cue.id] === cue.kind).length });
  };

  const startAgain = () => {
    setChoices(empty());
    setOutcome({ kind: 'cleared' });
  };

  let message = '';
  if (outcome?.kind === 'unsorted') message = `Sort every cue first: ${outcome.left} left.`;
  else if (outcome?.kind === 'checked')
    message =
      outcome.right === cues.length
        ? `${outcome.right} of ${cues.length} sorted correctly. Well done!`
        : `${outcome.right} of ${cues.length} sorted correctly. Read why under each cue, then try again.`;
  else if (outcome?.kind === 'cleared') message = 'All cues cleared. Sort them again whenever you’re ready.';

  return (
    <section className={`widget cue-sorter${mode === 'slide' ? ' widget--slide' : ''}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="widget__title">
        Try it: sort the cues
      </h3>
      <p className="widget__intro">For each cue, choose Positive if it builds trust or Negative if it risks a breakdown.</p>
      <ol className="cues">
        {cues.map((cue) => {
          const selectId = `${baseId}-${cue.id}`;
          const noteId = `${selectId}-note`;
          const choice = choices[cue.id] ?? '';
          const checked = outcome?.kind === 'checked';
          const missing = outcome?.kind === 'unsorted' && choice === '';
          const right = choice === cue.kind;
          return (
            <li key={cue.id} className={`cue${checked ? (right ? ' cue--right' : ' cue--wrong') : ''}`}>
              <label className="widget__label" htmlFor={selectId}>
                {cue.text}
              </label>
              <select
                id={selectId}
                value={choice}
                aria-invalid={missing ? true : undefined}
                aria-describedby={checked || missing ? noteId : undefined}
                onChange={(event) => {
                  const value = event.currentTarget.value as Choice;
                  setChoices((current) => ({ ...current, [cue.id]: value }));
                  setOutcome(null);
                }}
              >
                <option value="">Choose…</option>
                <option value="positive">Positive</option>
                <option value="negative">Negative</option>
              </select>
              {checked ? (
                <p className="cue__verdict" id={noteId}>
                  <strong>
                    <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
                    {right ? 'Right.' : `Not quite: this one is ${KIND_LABEL[cue.kind].toLowerCase()}.`}
                  </strong>{' '}
                  {cue.why}
                </p>
              ) : null}
              {missing ? (
                <p className="widget__error" id={noteId}>
                  Choose Positive or Negative.
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
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
    </section>
  );
}
