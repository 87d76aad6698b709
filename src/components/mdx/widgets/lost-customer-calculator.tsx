import { useId, useState, type ChangeEvent } from 'react';
import { useLessonView } from '../lesson-view.tsx';
import './widgets.css';
import { formatNumber, formatUsd } from '../../ui/format.ts';

/** What one lost customer costs: weekly spend × weeks × years, then × the people who hear the story. */

type FieldKey = 'weekly' | 'weeks' | 'years' | 'told';

interface FieldSpec {
  key: FieldKey;
  label: string;
  whole: boolean;
  max?: number;
  maxMessage?: string;
}

const FIELDS: readonly FieldSpec[] = [
  { key: 'weekly', label: 'Weekly spend in dollars', whole: false },
  { key: 'weeks', label: 'Weeks a year', whole: true, max: 52, maxMessage: 'A year has 52 weeks, so use 52 or fewer.' },
  { key: 'years', label: 'Years as a customer', whole: false },
  { key: 'told', label: 'People they tell', whole: true },
];

type Raw = Record<FieldKey, string>;


/** Turns what the learner typed into a number, or a message saying what to fix. */
function parseField(raw: string, spec: FieldSpec, example: number, badInput = false): { value: number } | { error: string } {
  const text = raw.trim();
  if (badInput) return { error: `Use digits only, like ${formatNumber(example)}.` };
  if (text === '') return { error: `Enter a number here, like ${formatNumber(example)}.` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { error: `Use digits only, like ${formatNumber(example)}.` };
  if (value < 0) return { error: 'Use 0 or more. This number can’t be negative.' };
  if (spec.whole && !Number.isInteger(value)) return { error: `Use a whole number, like ${formatNumber(example)}.` };
  if (spec.max !== undefined && value > spec.max) return { error: spec.maxMessage ?? `Use ${spec.max} or less.` };
  return { value };
}

export function LostCustomerCalculator({ weekly, weeks, years, told }: { weekly: number; weeks: number; years: number; told: number }) {
  const { mode } = useLessonView();
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const example: Record<FieldKey, number> = { weekly, weeks, years, told };
  const seed = (): Raw => ({ weekly: String(weekly), weeks: String(weeks), years: String(years), told: String(told) });
  const [raw, setRaw] = useState<Raw>(seed);
  const [badInput, setBadInput] = useState<Record<FieldKey, boolean>>({ weekly: false, weeks: false, years: false, told: false });

  const parsed = Object.fromEntries(FIELDS.map((spec) => [spec.key, parseField(raw[spec.key], spec, example[spec.key], badInput[spec.key])])) as Record<
    FieldKey,
    ReturnType<typeof parseField>
  >;
  const values = FIELDS.every((spec) => 'value' in parsed[spec.key])
    ? (Object.fromEntries(FIELDS.map((spec) => [spec.key, (parsed[spec.key] as { value: number }).value])) as Record<FieldKey, number>)
    : null;

  const change = (key: FieldKey) => (event: ChangeEvent<HTMLInputElement>) => {
    const { value, validity } = event.currentTarget;
    setRaw((current) => ({ ...current, [key]: value }));
    setBadInput((current) => ({ ...current, [key]: Boolean(validity?.badInput) }));
  };

  const reset = () => {
    setRaw(seed());
    setBadInput({ weekly: false, weeks: false, years: false, told: false });
  };

  const oneCustomer = values ? values.weekly * values.weeks * values.years : 0;
  const withTold = values ? oneCustomer * values.told : 0;
  const yearsText = values ? `${formatNumber(values.years)} ${values.years === 1 ? 'year' : 'years'}` : '';
  const toldText = !values ? '' : values.told === 1 ? 'the 1 person' : `each of the ${formatNumber(values.told)} people`;

  return (
    <section className={`widget calculator${mode === 'slide' ? ' widget--slide' : ''}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="widget__title">
        Try it: what one lost customer costs
      </h3>
      <p className="widget__intro">Change any number. The totals update as you type.</p>
      <div className="widget__fields">
        {FIELDS.map((spec) => {
          const inputId = `${baseId}-${spec.key}`;
          const errorId = `${inputId}-error`;
          const result = parsed[spec.key];
          const error = 'error' in result ? result.error : null;
          return (
            <div className="widget__field" key={spec.key}>
              <label className="widget__label" htmlFor={inputId}>
                {spec.label}
              </label>
              <input
                id={inputId}
                type="number"
                inputMode={spec.whole ? 'numeric' : 'decimal'}
                min={0}
                max={spec.max}
                step={spec.whole ? 1 : 'any'}
                value={raw[spec.key]}
                onChange={change(spec.key)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
              />
              {error ? (
                <p className="widget__error" id={errorId}>
                  {error}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <div className={`calculator__results${values ? '' : ' calculator__results--invalid'}`} role="status" aria-live="polite">
        {values ? (
          <>
            <p>
              Lost with one customer over {yearsText}: <strong className="calculator__amount">{formatUsd(oneCustomer)}</strong>
            </p>
            <p>
              Lost if {toldText} they tell stays away: <strong className="calculator__amount">{formatUsd(withTold)}</strong>
            </p>
          </>
        ) : (
          <p>Fix the number marked above to see what a lost customer costs.</p>
        )}
      </div>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={reset}>
          Reset to the example
        </button>
      </div>
    </section>
  );
}
