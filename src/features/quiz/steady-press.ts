import { useEffect, useRef, useState, type MouseEvent, type RefObject } from 'react';

/** How long a quiz page that has just changed under the learner's finger ignores pointer presses (ms). */
export const SETTLE_MS = 600;

/**
 * A double tap must not press two things. After "Check answer" the second tap would land on "Next question",
 * which appears in its place; after "Next question", on whatever the next question puts there: a control, or one
 * of its answers. So after each such change (`settle()`), for `SETTLE_MS`:
 * - the quiz's controls take a press through `steady`, which ignores the second press of a double click or tap
 *   (the click's `detail` counts them; ignored at any time) and any other pointer press (a browser that counts
 *   each tap on its own). They are marked `aria-disabled` meanwhile (`settling`), which also makes a browser
 *   test's click wait for them;
 * - the page marks itself `data-settling`, and quiz.css lets no pointer reach the question's answers;
 * - a pointer press anywhere on the page (`root`) leaves focus where the page put it (the question's prompt,
 *   the feedback, a warning).
 * A key press (Enter, Space: `detail` 0) always counts: focus is never on something that has just appeared.
 */
export function useSteadyPress(root: RefObject<HTMLElement | null>, ms = SETTLE_MS) {
  const [settling, setSettling] = useState(false);
  const until = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    const keepFocus = (event: globalThis.MouseEvent) => {
      if (performance.now() < until.current) event.preventDefault();
    };
    element.addEventListener('mousedown', keepFocus);
    return () => element.removeEventListener('mousedown', keepFocus);
  }, [root]);

  const settle = () => {
    until.current = performance.now() + ms;
    setSettling(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setSettling(false), ms);
  };

  /**
   * Runs `action` for this press unless it is one to ignore; says whether it ran. For a click handler:
   * `(event) => steady(event, action)`.
   */
  const steady = (event: MouseEvent, action: () => void): boolean => {
    if (event.detail > 1 || (event.detail > 0 && performance.now() < until.current)) return false;
    action();
    return true;
  };

  return { settling, settle, steady };
}
