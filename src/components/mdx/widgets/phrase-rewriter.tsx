import { useId, useState } from 'react';
import { containsPhrase, normalizeText } from '../../../engine/index.ts';
import { useLessonView } from '../lesson-view.tsx';
import './widgets.css';

export interface PhraseFlag {
  label: string;
  words: string[];
  tip: string;
}

interface FoundFlag {
  flag: PhraseFlag;
  /** The matched words, normalised and without repeats ("can't" and "can’t" are both "cannot"). */
  matched: string[];
}

type Feedback = { kind: 'empty' } | { kind: 'checked'; found: FoundFlag[] } | null;

/**
 * Lists the flags whose words appear in `text`. Both sides are normalised (case, punctuation, curly quotes,
 * contractions), so "can’t", "can't" and "cannot" all match each other, and "can" never matches "can't".
 */
function findFlags(text: string, flags: PhraseFlag[]): FoundFlag[] {
  const normalized = normalizeText(text);
  return flags.flatMap((flag) => {
    const matched = [...new Set(flag.words.filter((word) => containsPhrase(normalized, word)).map(normalizeText))];
    return matched.length > 0 ? [{ flag, matched }] : [];
  });
}

/** The learner rewrites a sentence; "Check my wording" points out flagged words; a model rewrite can be shown. */
export function PhraseRewriter({ original, model, flags }: { original: string; model: string; flags: PhraseFlag[] }) {
  const { mode } = useLessonView();
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const fieldId = `${baseId}-field`;
  const modelId = `${baseId}-model`;
  const [text, setText] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [showModel, setShowModel] = useState(false);

  const check = () => {
    if (normalizeText(text) === '') setFeedback({ kind: 'empty' });
    else setFeedback({ kind: 'checked', found: findFlags(text, flags) });
  };

  return (
    <section className={`widget rewriter${mode === 'slide' ? ' widget--slide' : ''}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="widget__title">
        Try it: rewrite the reply
      </h3>
      <figure className="rewriter__original">
        <figcaption>The original</figcaption>
        <blockquote>
          <p>{original}</p>
        </blockquote>
      </figure>
      <div className="widget__field">
        <label className="widget__label" htmlFor={fieldId}>
          Your rewrite
        </label>
        <textarea
          id={fieldId}
          rows={4}
          value={text}
          aria-invalid={feedback?.kind === 'empty' ? true : undefined}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setFeedback(null);
          }}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={check}>
          Check my wording
        </button>
        <button type="button" className="button button--secondary" aria-controls={modelId} onClick={() => setShowModel((shown) => !shown)}>
          {showModel ? 'Hide the model rewrite' : 'Show a model rewrite'}
        </button>
      </div>
      <div className="widget__status" role="status" aria-live="polite">
        {feedback?.kind === 'empty' ? <p>Write your rewrite in the box first, then check it.</p> : null}
        {feedback?.kind === 'checked' && feedback.found.length === 0 ? (
          <p>Nothing was flagged. Nice work! Compare your wording with the model rewrite.</p>
        ) : null}
        {feedback?.kind === 'checked' && feedback.found.length > 0 ? (
          <>
            <p>
              {feedback.found.length === 1 ? '1 thing to look at:' : `${feedback.found.length} things to look at:`}
            </p>
            <ul className="rewriter__flags">
              {feedback.found.map(({ flag, matched }) => (
                <li key={flag.label}>
                  <strong>{flag.label}</strong> (spotted: {matched.map((word) => `“${word}”`).join(', ')}). {flag.tip}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <div className="rewriter__model" id={modelId} aria-live="polite">
        {showModel ? (
          <>
            <p>A model rewrite</p>
            <blockquote>
              <p>{model}</p>
            </blockquote>
          </>
        ) : null}
      </div>
    </section>
  );
}
