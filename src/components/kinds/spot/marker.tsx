import { useState } from 'react';
import type { SpotQuestion } from '../../../engine/index.ts';
import './spot.css';

/**
 * The reply as a row of toggle buttons, one per phrase, in the reply's order: press a phrase to mark it as causing
 * the breakdown, press again to unmark it. Buttons work by keyboard (Tab, Space, Enter); each says whether it is
 * pressed, and the count marked is announced. Used by the quiz; no drag, no selection of text needed.
 */
export function PhraseMarker({
  question,
  marked,
  onChange,
  locked,
}: {
  question: SpotQuestion;
  marked: readonly string[];
  onChange: (marked: string[]) => void;
  locked: boolean;
}) {
  const [announcement, setAnnouncement] = useState('');
  const toggle = (id: string) => {
    const next = marked.includes(id) ? marked.filter((m) => m !== id) : question.phrases.filter((p) => p.id === id || marked.includes(p.id)).map((p) => p.id);
    onChange(next);
    setAnnouncement(`${next.length} of ${question.phrases.length} phrases marked.`);
  };
  return (
    <>
      <ul className="spot-reply">
        {question.phrases.map((phrase) => (
          <li key={phrase.id}>
            <button type="button" className="spot-phrase" aria-pressed={marked.includes(phrase.id)} disabled={locked} onClick={() => toggle(phrase.id)}>
              {phrase.text}
            </button>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
