import { useEffect } from 'react';
import { useProgressStore } from '../../progress/store.ts';

const MIN = 0.875;
const MAX = 1.5;
const STEP = 0.125;

/** Learner text size (saved with progress): scales every rem on the page. */
export function TextSizeControl() {
  const size = useProgressStore((s) => s.prefs.textSize);
  const setPref = useProgressStore((s) => s.setPref);
  useEffect(() => {
    document.documentElement.style.setProperty('--text-scale', String(size));
  }, [size]);
  const change = (delta: number) => setPref('textSize', Math.min(MAX, Math.max(MIN, size + delta)));
  return (
    <div className="text-size" role="group" aria-label="Text size">
      <button type="button" className="text-size__button" aria-label="Smaller text" disabled={size <= MIN} onClick={() => change(-STEP)}>
        A−
      </button>
      <button type="button" className="text-size__button" aria-label="Larger text" disabled={size >= MAX} onClick={() => change(STEP)}>
        A+
      </button>
    </div>
  );
}
