import { useId, useState } from 'react';
import { useProgressStore } from '../../../progress/store.ts';
import { useLessonView } from '../lesson-view.tsx';
import { ReflectionField } from './reflection-field.tsx';
import './widgets.css';

export interface StarStep {
  letter: string;
  name: string;
  prompt: string;
  example: string;
}

/**
 * Walks one scenario through the steps, one at a time. Each step asks its question first and keeps the example
 * behind a "Show an example" disclosure, so a room can answer before the trainer reveals it. Once the learner
 * reaches the last step (or has written one before), a reflection box appears, saved with their progress. It never
 * appears on a slide or in the speaker view.
 */
export function StarStepper({ scenario, steps, reflectionId }: { scenario: string; steps: StarStep[]; reflectionId: string }) {
  const { mode } = useLessonView();
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const [index, setIndex] = useState(0);
  const [reachedEnd, setReachedEnd] = useState(steps.length <= 1);
  // A reflection saved earlier stays in view when the learner comes back.
  const hasSaved = useProgressStore((s) => Boolean(s.reflections[reflectionId]?.text));
  const step = steps[index];
  const isFirst = index === 0;
  const isLast = index >= steps.length - 1;
  const letters = steps.map((s) => s.letter).join('');

  const goTo = (next: number) => {
    if (next < 0 || next >= steps.length) return;
    setIndex(next);
    if (next === steps.length - 1) setReachedEnd(true);
  };

  return (
    <section className={`widget stepper${mode === 'slide' ? ' widget--slide' : ''}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="widget__title">
        Try it: {letters ? `${letters} ` : ''}step by step
      </h3>
      <p className="stepper__scenario">
        <strong>The situation:</strong> {scenario}
      </p>
      {/* On paper: every step with its question and example, no buttons. */}
      <ol className="print-only stepper__print">
        {steps.map((s) => (
          <li key={`print-${s.letter}-${s.name}`}>
            <strong>
              {s.letter}: {s.name}.
            </strong>{' '}
            <span>{`${s.prompt} For example: ${s.example}`}</span>
          </li>
        ))}
      </ol>
      {step ? (
        <div className="no-print">
          <ol className="stepper__progress" aria-label="Steps">
            {steps.map((s, i) => (
              <li key={`${s.letter}-${s.name}`} aria-current={i === index ? 'step' : undefined}>
                {s.letter}: {s.name}
              </li>
            ))}
          </ol>
          <div className="stepper__step" aria-live="polite">
            <h4 className="stepper__step-title">
              <span className="stepper__letter" aria-hidden="true">
                {step.letter}
              </span>
              <span>
                Step {index + 1} of {steps.length}: {step.name}
              </span>
            </h4>
            <p className="stepper__prompt">{step.prompt}</p>
          </div>
          <details key={index}>
            <summary>Show an example</summary>
            <p>{step.example}</p>
          </details>
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={isFirst ? true : undefined}
              onClick={() => goTo(index - 1)}
            >
              Previous step
            </button>
            <button type="button" className="button" aria-disabled={isLast ? true : undefined} onClick={() => goTo(index + 1)}>
              Next step
            </button>
          </div>
        </div>
      ) : null}
      {mode === 'page' && (reachedEnd || hasSaved) ? (
        <div className="stepper__reflection">
          <ReflectionField
            reflectionId={reflectionId}
            label="Your reflection"
            hint="How would these steps change a call or visit of your own? It saves on this device as you type."
          />
        </div>
      ) : null}
    </section>
  );
}
