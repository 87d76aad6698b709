import { useLayoutEffect, type RefObject } from 'react';

const STEP = 0.05;
const SMALLEST = 0.4;

function overflows(frame: HTMLElement): boolean {
  return frame.scrollHeight > frame.clientHeight + 1 || frame.scrollWidth > frame.clientWidth + 1;
}

/**
 * Keeps a slide on one screen: while the content overflows its frame, steps the frame's `--fit` CSS variable
 * (a factor of the slide's font size) down. It starts again from 1 when `resetKey` changes (another slide,
 * another text size) or the frame is resized; when the content grows (a widget opens, an answer is revealed)
 * it only steps further down.
 */
export function useFitToFrame(frameRef: RefObject<HTMLElement | null>, contentRef: RefObject<HTMLElement | null>, resetKey: string): void {
  useLayoutEffect(() => {
    const frame = frameRef.current;
    const content = contentRef.current;
    if (!frame || !content) return;
    const fit = (fromFull: boolean) => {
      let scale = fromFull ? 1 : Number(frame.style.getPropertyValue('--fit') || 1);
      frame.style.setProperty('--fit', String(scale));
      while (scale > SMALLEST && overflows(frame)) {
        scale = Math.round((scale - STEP) * 100) / 100;
        frame.style.setProperty('--fit', String(scale));
      }
      frame.dataset.fit = String(scale);
    };
    fit(true);
    if (typeof ResizeObserver === 'undefined') return;
    let width = frame.clientWidth;
    let height = frame.clientHeight;
    const observer = new ResizeObserver(() => {
      const resized = frame.clientWidth !== width || frame.clientHeight !== height;
      width = frame.clientWidth;
      height = frame.clientHeight;
      fit(resized);
    });
    observer.observe(frame);
    observer.observe(content);
    return () => observer.disconnect();
  }, [frameRef, contentRef, resetKey]);
}
