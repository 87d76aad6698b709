import type { ReactNode } from 'react';
import { useLessonView } from './lesson-view.tsx';

/**
 * Wraps one part of a lesson (intro, a `##` section, the closing); inserted by build/remark-lesson-parts.ts.
 * On a page every part shows; on a slide only the current one.
 */
export function LessonPart({ index, kind, partId, children }: { index: string; kind: string; partId: string; children?: ReactNode }) {
  const view = useLessonView();
  if (view.mode !== 'page' && view.part !== Number(index)) return null;
  return (
    <section id={`part-${partId}`} className={`lesson-part lesson-part--${kind}`} data-part={partId}>
      {children}
    </section>
  );
}
