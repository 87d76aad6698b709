import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { LessonViewProvider, type LessonView } from '../../../src/components/mdx/lesson-view.tsx';
import { useProgressStore } from '../../../src/progress/store.ts';

/** Renders a widget inside a lesson view (page mode unless told otherwise). */
export function renderInView(ui: ReactElement, mode: LessonView['mode'] = 'page') {
  const wrap = (node: ReactElement) => (
    <LessonViewProvider value={{ mode, lessonId: 'x', showNotes: false, part: 0 }}>{node}</LessonViewProvider>
  );
  const result = render(wrap(ui));
  return { ...result, rerenderInView: (next: ReactElement) => result.rerender(wrap(next)) };
}

export function resetProgress() {
  useProgressStore.setState(useProgressStore.getInitialState(), true);
}
