import { create } from 'zustand';

/**
 * The pass mark the LMS launched the course with, if it gave one: cmi5's `masteryScore` (LMS.LaunchData), SCORM
 * 1.2's `cmi.student_data.mastery_score`, SCORM 2004's `cmi.scaled_passing_score`. Set once, at launch, by the LMS
 * session (src/reporting/session.ts), as a fraction (0–1); undefined on the static site and when the LMS sets
 * none. Only the course rules (course-rules.ts `passMarkFor`) decide what it means: the final assessment is judged
 * by it, so the pages, the certificate and the LMS reports agree. Not saved: it belongs to this launch.
 */
// Only the LMS packages (built with VITE_REPORTING) can be given a mark: the static site's build folds this to
// undefined and carries no store for it.
const useLmsMark = import.meta.env.VITE_REPORTING ? create<{ mark: number | undefined }>()(() => ({ mark: undefined })) : undefined;

/** Takes the LMS's mark (a fraction); anything that is not a number from 0 to 1 means "no mark of its own". */
export function setLmsPassMark(mark: number | undefined): void {
  useLmsMark?.setState({ mark: typeof mark === 'number' && Number.isFinite(mark) && mark >= 0 && mark <= 1 ? mark : undefined });
}

/** The LMS's pass mark for this launch, a fraction (0–1), or undefined. */
export function lmsPassMark(): number | undefined {
  return useLmsMark?.getState().mark;
}

/** The same, for a component: it renders again if the mark arrives after the page did (a slow launch). */
export const useLmsPassMark: () => number | undefined = useLmsMark ? () => useLmsMark((state) => state.mark) : () => undefined;
