import type { ReactNode } from 'react';
import { useProgressStore } from '../../progress/store.ts';

/**
 * The bottom bar: previous / next, where we are, and the trainer's extras. Small and quiet on purpose; the
 * keyboard does the same (see keys.ts).
 */
export function DeckBar({
  label,
  position,
  count,
  onPrevious,
  onNext,
  previousLabel = 'Previous slide',
  nextLabel = 'Next slide',
  onHelp,
  children,
}: {
  label: string;
  position: number;
  count: number;
  onPrevious: () => void;
  onNext: () => void;
  previousLabel?: string;
  nextLabel?: string;
  onHelp: () => void;
  children?: ReactNode;
}) {
  return (
    <nav className="deck-bar" aria-label={label}>
      <div className="deck-bar__group">
        <button type="button" className="deck-bar__button" onClick={onPrevious} disabled={position <= 1}>
          <span aria-hidden="true">← </span>
          {previousLabel}
        </button>
        <p className="deck-bar__count">
          {position} / {count}
        </p>
        <button type="button" className="deck-bar__button" onClick={onNext} disabled={position >= count}>
          {nextLabel}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <div className="deck-bar__group deck-bar__group--end">
        {children}
        <button type="button" className="deck-bar__button" onClick={onHelp} aria-haspopup="dialog">
          <span aria-hidden="true">? </span>Keys
        </button>
      </div>
    </nav>
  );
}

const SMALLEST = 0.6;
const LARGEST = 2;
const STEP = 0.1;
const round = (value: number) => Math.round(value * 10) / 10;

/** The projector's text size, saved per device (it depends on the room, not the lesson). */
export function useSlideTextSize(): number {
  const size = useProgressStore((s) => s.prefs.slideTextSize);
  return Number.isFinite(size) && size > 0 ? Math.min(Math.max(size, SMALLEST), LARGEST) : 1;
}

export function TextSizeButtons() {
  const size = useSlideTextSize();
  const setPref = useProgressStore((s) => s.setPref);
  const change = (delta: number) => setPref('slideTextSize', round(Math.min(Math.max(size + delta, SMALLEST), LARGEST)));
  return (
    <div className="deck-bar__text-size" role="group" aria-label="Slide text size">
      <button type="button" className="deck-bar__button" onClick={() => change(-STEP)} disabled={size <= SMALLEST} title="Smaller slide text">
        A−
      </button>
      <output className="deck-bar__size" aria-live="polite">
        {Math.round(size * 100)}%
      </output>
      <button type="button" className="deck-bar__button" onClick={() => change(STEP)} disabled={size >= LARGEST} title="Larger slide text">
        A+
      </button>
    </div>
  );
}
