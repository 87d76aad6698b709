import { Children, isValidElement, type ReactNode } from 'react';
import { TrainerNotes } from './blocks.tsx';
import { PartContext, useLessonView } from './lesson-view.tsx';

/**
 * Wraps one part of a lesson (intro, a `##` section, the closing); inserted by vite-plugins/remark-lesson-parts.ts.
 * On a page every part shows; on a slide only the current one; with `notesOnly` only that part's trainer notes.
 */
export function LessonPart({ index, kind, partId, title, children }: { index: string; kind: string; partId: string; title: string; slides?: string; children?: ReactNode }) {
  const view = useLessonView();
  if (view.mode !== 'page' && view.part !== Number(index)) return null;
  // The speaker view's notes panel: only the notes (no second copy of the slide, its ids or its widgets).
  if (view.mode === 'presenter' && view.notesOnly) return <PartContext.Provider value={{ partId, title }}>{children}</PartContext.Provider>;
  // A section cut into several slides keeps its heading on each of them.
  const continued = view.mode === 'slide' && kind === 'section' && (view.page ?? 0) > 0;
  const away = view.mode === 'page' && view.current !== undefined && view.current !== Number(index);
  return (
    <PartContext.Provider value={{ partId, title }}>
      <section id={`part-${partId}`} className={`lesson-part lesson-part--${kind}${away ? ' lesson-part--away' : ''}`} data-part={partId}>
        {continued ? (
          <h2 className="slide__continued">
            {title} <span className="slide__continued-mark">(continued)</span>
          </h2>
        ) : null}
        {children}
      </section>
    </PartContext.Provider>
  );
}

/**
 * One projector slide's worth of a part (inserted by the build). On a page it is invisible; on a slide only the
 * current one renders; in the speaker view's notes panel it gives up its trainer notes.
 */
export function SlidePage({ page, children }: { page: string; children?: ReactNode }) {
  const view = useLessonView();
  if (view.mode === 'presenter' && view.notesOnly) {
    return <>{Children.toArray(children).filter((child) => isValidElement(child) && child.type === TrainerNotes)}</>;
  }
  if (view.mode === 'slide' && (view.page ?? 0) !== Number(page)) return null;
  return <>{children}</>;
}
