/**
 * What Frontline saves about a learner. The shapes are defined once, as schemas, in schema.ts; this module
 * names them for the rest of the app without loading the schemas (they are loaded only when there is saved
 * data to read, so a first visit downloads no schema code). Everything is plain JSON so it can be
 * persisted, exported, merged across tabs and migrated as is. Keep it compact: an LMS's suspend_data holds
 * 4,096 characters.
 */
import type { ProgressData } from './schema.ts';

export type { LessonRecord, AttemptRecord, Reflection, Prefs, ProgressData } from './schema.ts';

export const PROGRESS_KEY = 'frontline-progress';
export const PROGRESS_VERSION = 1;

/** Progress with nothing in it: a first visit, or after "Reset progress". */
export function emptyProgress(): ProgressData {
  return {
    lessons: {},
    attempts: {},
    reflections: {},
    prefs: { showTrainerNotes: false, textSize: 1, slideTextSize: 1, onePartAtATime: false },
    learnerName: '',
    generation: '',
    updatedAt: new Date(0).toISOString(),
  };
}

/**
 * What the store journals as it happens (in memory, never saved): an attempt finished, a lesson completed, whether
 * here or in data merged in (another tab's save, an imported file). The LMS session reads the journal to report each
 * at once (reporting/session.ts); nothing else needs it.
 */
export type ProgressEvent =
  | { readonly type: 'attempt-finished'; readonly attemptId: string; readonly finishedAt: string }
  | { readonly type: 'lesson-completed'; readonly lessonId: string; readonly completedAt: string };
