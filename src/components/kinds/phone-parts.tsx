/** Pieces the kinds' phone views share. */
import { roomLetter as letter } from './shared.tsx';
import type { Choice, Verdict } from './view-types.ts';

/** A phone's verdict from the share of credit its answer earns, as the quiz would grade it. */
export const verdictOfCredit = (credit: number): Verdict => (credit >= 1 ? 'right' : credit > 0 ? 'partly' : 'wrong');

/**
 * The room's choices on a phone, with the quiz's accessible inputs: native radios (one pick) or checkboxes
 * (several) in a fieldset whose legend is the question. Options carry the letters the projector shows.
 */
export function PhoneChoices({
  name,
  prompt,
  customer,
  hint,
  choices,
  several,
  picked,
  onPick,
  locked,
}: {
  /** The inputs' group name (the question's id). */
  name: string;
  prompt: string;
  /** The customer's opening line, for a conversation. */
  customer?: string | undefined;
  hint: string;
  choices: readonly Choice[];
  /** Checkboxes (pick all that apply) instead of radios. */
  several: boolean;
  picked: (id: string) => boolean;
  onPick: (id: string, on: boolean) => void;
  locked: boolean;
}) {
  return (
    <fieldset className="live-fieldset" disabled={locked}>
      <legend className="live-legend">{prompt}</legend>
      {customer !== undefined ? (
        <p className="live-customer">
          <strong>Customer:</strong> {customer}
        </p>
      ) : null}
      <p className="live-hint">{hint}</p>
      <div className="live-choices">
        {choices.map((choice, i) => (
          <label key={choice.id} className="live-choice">
            <input
              type={several ? 'checkbox' : 'radio'}
              name={name}
              value={choice.id}
              checked={picked(choice.id)}
              onChange={(event) => onPick(choice.id, event.target.checked)}
            />
            <span>
              <span className="live-choice__letter">{letter(i)}.</span> {choice.text}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
