import { useEffect, useLayoutEffect, useRef } from 'react';
import { keyToAction, type DeckAction } from './keys.ts';

export type DeckHandlers = Partial<Record<DeckAction, () => void>>;

/**
 * Listens for the trainer's keys on the whole window. Keys without a handler here (and every key while
 * `enabled` is false, e.g. while the help dialog is open) are left to the browser.
 */
export function useDeckKeys(handlers: DeckHandlers, enabled = true): void {
  const latest = useRef(handlers);
  // A layout effect, so that no key press can land between a render and its handlers (a passive effect
  // would leave the previous slide's handlers in place for a frame: R right after a move did nothing).
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = keyToAction(event);
      const run = action ? latest.current[action] : undefined;
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

/** Full screen on or off; does nothing where the Fullscreen API is missing or refused (iframes, some tablets). */
export function toggleFullscreen(): void {
  if (!document.fullscreenEnabled) return;
  const request = document.fullscreenElement ? document.exitFullscreen?.() : document.documentElement.requestFullscreen?.();
  request?.catch(() => undefined);
}

/** Esc leaves full screen first (browsers usually do this themselves); only then does it leave the deck. */
export function leaveUnlessFullscreen(leave: () => void): void {
  if (document.fullscreenElement) {
    document.exitFullscreen?.().catch(() => undefined);
    return;
  }
  leave();
}
