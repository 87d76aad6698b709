import { useEffect } from 'react';
import { useProgressStore } from '../../progress/store.ts';

/**
 * Remembers the last part of a lesson the learner reached (for "Continue"), and marks the lesson complete
 * when they reach its end.
 */
export function useReadingPosition(lessonId: string, container: React.RefObject<HTMLElement | null>) {
  const setLastPart = useProgressStore((s) => s.setLastPart);
  const completeLesson = useProgressStore((s) => s.completeLesson);

  useEffect(() => {
    const root = container.current;
    if (!root || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const target = entry.target as HTMLElement;
          if (target.dataset.part) setLastPart(lessonId, target.dataset.part);
          if (target.dataset.lessonEnd !== undefined) completeLesson(lessonId, 'auto');
        }
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    root.querySelectorAll('[data-part], [data-lesson-end]').forEach((element) => observer.observe(element));
    return () => observer.disconnect();
  }, [lessonId, container, setLastPart, completeLesson]);
}
