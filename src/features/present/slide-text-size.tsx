import { useProgressStore } from '../../progress/store.ts';

/**
 * A−/A+: the projector's text size, a factor of the slide's own viewport-based size. Saved with the device's
 * preferences (setPref), never per lesson; other windows of this browser pick it up through the store's tab sync,
 * so A+ pressed in the speaker view enlarges the projection too.
 */

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
