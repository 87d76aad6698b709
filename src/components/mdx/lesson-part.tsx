import { Children, isValidElement, type ReactNode } from 'react';
import { TrainerNotes } from './blocks.tsx';
import { PartContext, useLessonView } from './lesson-view.tsx';

/**
 * Wraps one part of a lesson (intro, a `##` section, the closing); inserted by build/remark-lesson-parts.ts.
 * On a page every part shows; on a slide only the current one; with `notesOnly` only that part's trainer notes.
 */
export function LessonPart({ index, kind, partId, children }: { index: string; kind: string; partId: string; children?: ReactNode }) {
  const view = useLessonView();
  if (view.mode !== 'page' && view.part !== Number(index)) return null;
  // The speaker view's notes panel: only the notes (no second copy of the slide, its ids or its widgets).
  if (view.mode === 'presenter' && view.notesOnly) {
    return <>{Children.toArray(children).filter((child) => isValidElement(child) && child.type === TrainerNotes)}</>;
  }
  return (
    <PartContext.Provider value={{ partId }}>
      <section id={`part-${partId}`} className={`lesson-part lesson-part--${kind}`} data-part={partId}>
        {children}
      </section>
    </PartContext.Provider>
  );
}
