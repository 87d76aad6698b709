import { useRef, type CSSProperties, type ReactNode } from 'react';
import { useFitToFrame } from './use-fit.ts';

/**
 * One slide's box. Type is sized from the box (container query units), so the same slide fills a projector,
 * the speaker view's current-slide pane, or the small "next" preview; `--text-size` is the trainer's A−/A+,
 * `--fit` steps down when a long slide would not fit on one screen.
 */
export function SlideFrame({ resetKey, textSize, className = '', children }: { resetKey: string; textSize: number; className?: string; children: ReactNode }) {
  const frameRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  useFitToFrame(frameRef, contentRef, `${resetKey}|${textSize}`);
  return (
    <div className={`slide ${className}`.trim()}>
      <div className="slide__frame" ref={frameRef} style={{ '--text-size': textSize } as CSSProperties} data-slide-frame="">
        <div className="slide__content" ref={contentRef}>
          {children}
        </div>
      </div>
    </div>
  );
}
