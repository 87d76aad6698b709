import { createContext, useContext } from 'react';

/**
 * How the lesson is being shown. The same MDX renders as a study page, as one projected slide, or as the
 * speaker view; components read this to decide what to show (trainer notes never reach a slide).
 */
export interface LessonView {
  mode: 'page' | 'slide' | 'presenter';
  lessonId: string;
  /** Trainer notes are visible (page mode: the learner's toggle; presenter mode: always). */
  showNotes: boolean;
  /** In slide and presenter modes, the index of the one lesson part to render. */
  part?: number;
  /**
   * Page mode, one part at a time: the index of the part on screen. The others stay rendered (their exercises keep
   * what the learner did) but are hidden on screen; a printed handout still has every part.
   */
  current?: number;
  /** In slide mode, which of the part's slides (see vite-plugins/remark-lesson-parts.ts) to render. */
  page?: number;
  /**
   * Presenter mode only: render nothing of the part but its <TrainerNotes> (the speaker view's notes panel,
   * beside a copy of the slide that must not be rendered twice).
   */
  notesOnly?: boolean;
}

const LessonViewContext = createContext<LessonView>({ mode: 'page', lessonId: '', showNotes: false });

export const LessonViewProvider = LessonViewContext.Provider;

export function useLessonView(): LessonView {
  return useContext(LessonViewContext);
}

/** The lesson part being rendered (set by LessonPart), so what is inside it can name itself after it. */
export const PartContext = createContext<{ partId: string; title: string } | null>(null);

export function usePart(): { partId: string; title: string } | null {
  return useContext(PartContext);
}
