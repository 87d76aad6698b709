import { useId, useState } from 'react';
import { useLessonView } from '../lesson-view.tsx';
import './widgets.css';

export interface CustomerType {
  id: string;
  name: string;
  signs: string;
  approach: string;
}

/** Pick a customer type (toggle buttons) and read its signs and one approach in the panel below. */
export function CustomerTypeExplorer({ types }: { types: CustomerType[] }) {
  const { mode } = useLessonView();
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const panelId = `${baseId}-panel`;
  const [selectedId, setSelectedId] = useState(() => types[0]?.id ?? '');
  const selected = types.find((type) => type.id === selectedId) ?? types[0];

  if (mode === 'slide' && selected) return <ExplorerSlide types={types} selected={selected} onSelect={setSelectedId} />;

  return (
    <section className={`widget explorer${mode === 'slide' ? ' widget--slide' : ''}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="widget__title">
        Try it: pick a customer type
      </h3>
      <p className="widget__intro">Choose a type to see the signs to look for and one way to help.</p>
      <ul className="explorer__choices" aria-label="Customer types">
        {types.map((type) => (
          <li key={type.id}>
            <button
              type="button"
              className="button button--secondary"
              aria-pressed={type.id === selected?.id}
              aria-controls={panelId}
              onClick={() => setSelectedId(type.id)}
            >
              {type.name}
            </button>
          </li>
        ))}
      </ul>
      <div id={panelId} className="widget__panel explorer__panel" aria-live="polite">
        {selected ? <TypeDetails type={selected} /> : null}
      </div>
    </section>
  );
}

/**
 * The projector's form: one customer type at a time, large, stepped through with two big buttons (the deck's
 * own keys keep moving the slides).
 */
function ExplorerSlide({ types, selected, onSelect }: { types: CustomerType[]; selected: CustomerType; onSelect: (id: string) => void }) {
  const baseId = useId();
  const index = types.indexOf(selected);
  const go = (step: number) => onSelect(types[(index + step + types.length) % types.length]!.id);
  return (
    <section className="widget explorer widget--slide explorer--slide" aria-labelledby={`${baseId}-title`}>
      <h3 id={`${baseId}-title`} className="widget__title">
        Customer types: {index + 1} of {types.length}
      </h3>
      <div className="widget__panel explorer__panel" aria-live="polite">
        <TypeDetails type={selected} />
      </div>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => go(-1)}>
          <span aria-hidden="true">← </span>Previous type
        </button>
        <button type="button" className="button" onClick={() => go(1)}>
          Next type<span aria-hidden="true"> →</span>
        </button>
      </div>
    </section>
  );
}

/** One type's signs and approach: the panel of both forms. */
function TypeDetails({ type }: { type: CustomerType }) {
  return (
    <>
      <h4>{type.name}</h4>
      <dl>
        <dt>Signs you may notice</dt>
        <dd>{type.signs}</dd>
        <dt>What helps</dt>
        <dd>{type.approach}</dd>
      </dl>
    </>
  );
}
