/**
 * What Frontline saves about a learner. Everything here is plain JSON so it can be persisted, exported,
 * merged across tabs and migrated as is. Keep it compact: an LMS's suspend_data holds 4,096 characters.
 */

export interface LessonRecord {
  visitedAt?: string;
  completedAt?: string;
  /** Id of the last lesson part the learner reached, for "Continue". */
  lastPart?: string;
}

export interface AttemptScore {
  earned: number;
  total: number;
  percent: number;
  passed: boolean;
  perSkill: Record<string, { earned: number; total: number }>;
}

export interface AttemptRecord {
  id: string;
  quizId: string;
  /** `practice` rounds (missed questions) never count as a scored attempt. */
  kind: 'scored' | 'practice';
  seed: number;
  questionIds: string[];
  /** Display order of options/items per question, fixed by the seed so resume and review match. */
  optionOrder: Record<string, string[]>;
  /** Content hash of each question when it was asked: a changed question is asked again on resume. */
  hashes: Record<string, string>;
  responses: Record<string, unknown>;
  /** Question ids whose answer was checked (practice mode shows feedback once checked). */
  checked: string[];
  current: number;
  startedAt: string;
  updatedAt: string;
  finishedAt?: string;
  score?: AttemptScore;
}

export interface Reflection {
  text: string;
  updatedAt: string;
}

export interface Prefs {
  showTrainerNotes: boolean;
  /** Learner text size, 1 = 100 %. */
  textSize: number;
  /** Projector text size, per device. */
  slideTextSize: number;
}

export interface ProgressData {
  lessons: Record<string, LessonRecord>;
  attempts: Record<string, AttemptRecord>;
  reflections: Record<string, Reflection>;
  prefs: Prefs;
  learnerName: string;
  lastRoute?: string;
  /** When anything in this record last changed (ISO time); used to merge tabs and imports. */
  updatedAt: string;
}

export const PROGRESS_KEY = 'frontline-progress';
export const PROGRESS_VERSION = 1;

export function emptyProgress(): ProgressData {
  return {
    lessons: {},
    attempts: {},
    reflections: {},
    prefs: { showTrainerNotes: false, textSize: 1, slideTextSize: 1 },
    learnerName: '',
    updatedAt: new Date(0).toISOString(),
  };
}
