/**
 * What Frontline saves about a learner. The shapes are defined once, as schemas, in schema.ts; this module
 * names them for the rest of the app. Everything is plain JSON so it can be persisted, exported, merged
 * across tabs and migrated as is. Keep it compact: an LMS's suspend_data holds 4,096 characters.
 */
export type { LessonRecord, AttemptRecord, Reflection, Prefs, ProgressData } from './schema.ts';
export { emptyProgress } from './schema.ts';

export const PROGRESS_KEY = 'frontline-progress';
export const PROGRESS_VERSION = 1;
