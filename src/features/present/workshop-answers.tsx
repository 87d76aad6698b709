import type { ReactNode } from 'react';
import { displayOrder, type Question } from '../../engine/index.ts';

/**
 * Each kind of question as the room sees it, before and after "Reveal answer". Nothing is scored or saved:
 * the room discusses, the trainer reveals.
 */

export function creditLabel(credit: number): string {
  if (credit >= 1) return 'Best answer';
  if (credit > 0) return 'Acceptable';
  return 'Harmful';
}

const creditClass = (credit: number) => (credit >= 1 ? 'workshop-tag--good' : credit > 0 ? 'workshop-tag--warn' : 'workshop-tag--bad');

/**
 * The room's attempt has a fixed seed, so every reload and every window (projector, speaker view) shows the
 * same order; the engine plans it like any attempt (options shuffled, ordering items never in the answer order).
 */
export const ROOM_SEED = 20_24;

/** The question's options or items in the room's order. */
export function roomOrder<T extends { id: string }>(question: Question, items: readonly T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return displayOrder(question, ROOM_SEED).flatMap((id) => byId.get(id) ?? []);
}

const letter = (i: number) => String.fromCharCode(65 + i);

const listClass = (count: number) => `workshop__options${count > 5 ? ' workshop__options--many' : ''}`;

/** Lettered options for the room; once revealed, each is tagged and explained. */
function OptionList<T extends { id: string; text: string; feedback: string }>({
  options,
  revealed,
  verdict,
}: {
  options: T[];
  revealed: boolean;
  verdict: (option: T) => { tone: string; label: string };
}) {
  return (
    <ol className={listClass(options.length)}>
      {options.map((option, i) => {
        const { tone, label } = verdict(option);
        return (
          <li key={option.id} className={revealed ? `workshop__option workshop__option--${tone}` : 'workshop__option'}>
            <p className="workshop__option-text">
              <span className="workshop__letter" aria-hidden="true">
                {letter(i)}
              </span>
              <span className="visually-hidden">Option {letter(i)}: </span>
              {option.text}
              {revealed ? <span className={`workshop-tag ${tone}`}>{label}</span> : null}
            </p>
            {revealed ? <p className="workshop__why">{option.feedback}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The question's choices, and once revealed its answer. `heading` (the "Answer" heading, focused on reveal) goes
 * where the answer starts: above the annotated options, or below the sentence to rewrite.
 */
export function QuestionBody({
  question,
  revealed,
  heading,
}: {
  question: Exclude<Question, { kind: 'conversation' }>;
  revealed: boolean;
  heading: ReactNode;
}) {
  switch (question.kind) {
    case 'single':
      return (
        <>
          {heading}
          <OptionList
            options={roomOrder(question, question.options)}
            revealed={revealed}
            verdict={(option) => ({ tone: creditClass(option.credit), label: creditLabel(option.credit) })}
          />
        </>
      );
    case 'multiple':
      return (
        <>
          <p className="workshop__hint">Choose all that apply.</p>
          {heading}
          <OptionList
            options={roomOrder(question, question.options)}
            revealed={revealed}
            verdict={(option) =>
              option.correct ? { tone: 'workshop-tag--good', label: 'Correct' } : { tone: 'workshop-tag--bad', label: 'Incorrect' }
            }
          />
        </>
      );
    case 'order':
      return revealed ? (
        <>
          {heading}
          <p className="workshop__hint">The right order:</p>
          <ol className="workshop__order">
            {question.items.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ol>
          <p className="workshop__why">{question.feedback}</p>
        </>
      ) : (
        <>
          <p className="workshop__hint">Put these in the best order.</p>
          <ul className={listClass(question.items.length)}>
            {roomOrder(question, question.items).map((item, i) => (
              <li key={item.id} className="workshop__option">
                <p className="workshop__option-text">
                  <span className="workshop__letter" aria-hidden="true">
                    {letter(i)}
                  </span>
                  {item.text}
                </p>
              </li>
            ))}
          </ul>
        </>
      );
    case 'categorize':
      return (
        <>
          <p className="workshop__hint">Sort each one: {question.categories.map((category) => category.label).join(' or ')}.</p>
          {revealed ? (
            <>
              {heading}
              <div className="workshop__columns">
                {question.categories.map((category) => (
                  <section key={category.id} aria-label={category.label}>
                    <p className="workshop__category">{category.label}</p>
                    <ul className="workshop__options">
                      {question.items
                        .filter((item) => item.category === category.id)
                        .map((item) => (
                          <li key={item.id} className="workshop__option">
                            <p className="workshop__option-text">{item.text}</p>
                            <p className="workshop__why">{item.feedback}</p>
                          </li>
                        ))}
                    </ul>
                  </section>
                ))}
              </div>
            </>
          ) : (
            <ul className={listClass(question.items.length)}>
              {question.items.map((item) => (
                <li key={item.id} className="workshop__option">
                  <p className="workshop__option-text">{item.text}</p>
                </li>
              ))}
            </ul>
          )}
        </>
      );
    case 'rewrite':
      return (
        <>
          <figure className="workshop__original">
            <figcaption>Say this better:</figcaption>
            <blockquote>“{question.original}”</blockquote>
          </figure>
          {revealed ? heading : null}
          {revealed ? (
            <div className="workshop__columns">
              <div>
                <p className="workshop__hint">A good rewrite…</p>
                <ul className="workshop__criteria">
                  {question.criteria.map((criterion) => (
                    <li key={criterion.id}>
                      <strong>{criterion.label}.</strong> <span className="workshop__why">{criterion.feedback}</span>
                    </li>
                  ))}
                </ul>
              </div>
              <div>
                <p className="workshop__hint">A model answer</p>
                <blockquote className="workshop__model">“{question.modelAnswer}”</blockquote>
              </div>
            </div>
          ) : null}
        </>
      );
  }
}
