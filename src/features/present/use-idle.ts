import { useEffect, useState } from 'react';

/** How long the pointer rests before the projection's control bar fades out. */
export const IDLE_MS = 2500;

/**
 * True once the mouse has rested for IDLE_MS: the projection then hides its control bar and the pointer, so the
 * room sees only the slide. Any mouse movement or touch shows them again (the keyboard works either way, and a
 * focused control keeps the bar visible: see present.css).
 */
export function useIdle(ms = IDLE_MS): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), ms);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), ms);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, [ms]);
  return idle;
}
