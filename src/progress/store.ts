import { create, type StateCreator } from 'zustand';
import { persist } from 'zustand/middleware';
import type { AttemptResult, Response } from '../engine/index.ts';
import { arrivals, mergeProgress } from './merge.ts';
import { migrateProgress } from './migrations.ts';
import { recordAnswer, recordCheck, recordFinish, recordPosition } from './attempt-records.ts';
import { createSafeStorage, indexedDbSpare, localStorageBackend, probeStorage, sessionStorageBackend, type SafeStorageOptions, type StorageBackend } from './storage.ts';
import { useStorageStatus } from './status.ts';
import { emptyProgress, PROGRESS_KEY, PROGRESS_VERSION, type AttemptRecord, type Prefs, type ProgressData, type ProgressEvent } from './types.ts';

/**
 * One store built from slices (zustand's slices pattern), persisted once at the top. Actions stay thin:
 * they stamp the time and call the pure functions in attempt-records.ts / merge.ts.
 *
 * Beside the data, the store keeps a journal, `events`: each attempt finished and each lesson completed is
 * appended by the action that does it (`finish`, `completeLesson`), and what merged data brings from elsewhere
 * (`mergeIn`, `replaceAll`, another tab's save: `takeIn`) by the merge. Only appended to, in memory, never saved;
 * the LMS session reads it (reporting/session.ts).
 */

const now = () => new Date().toISOString();

export interface LessonsSlice {
  visitLesson: (id: string) => void;
  /** `auto` is reaching the end of the lesson: it never overrides the learner marking it not complete. */
  completeLesson: (id: string, how?: 'auto' | 'by-hand') => void;
  uncompleteLesson: (id: string) => void;
  setLastPart: (id: string, part: string) => void;
  setLastRoute: (route: string) => void;
}
export interface NotesSlice {
  setReflection: (id: string, text: string) => void;
}
export interface PrefsSlice {
  setPref: <K extends keyof Prefs>(key: K, value: Prefs[K]) => void;
  setLearnerName: (name: string) => void;
}
export interface AttemptsSlice {
  saveAttempt: (attempt: AttemptRecord) => void;
  answer: (attemptId: string, questionId: string, response: Response | undefined) => void;
  check: (attemptId: string, questionId: string) => void;
  goTo: (attemptId: string, index: number) => void;
  /** Keeps the grade the attempt was given as it finished (attempt-grade.ts): its total and each question's score. */
  finish: (attemptId: string, result: AttemptResult) => void;
}
export interface AdminSlice {
  replaceAll: (data: ProgressData) => void;
  mergeIn: (data: ProgressData) => void;
  reset: () => void;
}

export interface Journal {
  /** Attempts finished and lessons completed, in the order this tab heard of them: appended to, never saved. */
  events: readonly ProgressEvent[];
}

export type ProgressState = ProgressData & Journal & LessonsSlice & NotesSlice & PrefsSlice & AttemptsSlice & AdminSlice;
type Slice<T> = StateCreator<ProgressState, [['zustand/persist', unknown]], [], T>;

const lessonsSlice: Slice<LessonsSlice> = (set) => ({
  visitLesson: (id) =>
    set((s) => (s.lessons[id]?.visitedAt ? s : { lessons: { ...s.lessons, [id]: { ...s.lessons[id], visitedAt: now() } }, updatedAt: now() })),
  completeLesson: (id, how = 'by-hand') =>
    set((s) => {
      const record = s.lessons[id];
      if (record?.completedAt || (how === 'auto' && record?.markedAt)) return s;
      const time = now();
      const marked = how === 'by-hand' ? { markedAt: time } : {};
      return {
        lessons: { ...s.lessons, [id]: { visitedAt: time, ...record, completedAt: time, ...marked } },
        updatedAt: time,
        events: [...s.events, { type: 'lesson-completed', lessonId: id, completedAt: time }],
      };
    }),
  uncompleteLesson: (id) =>
    set((s) => {
      const record = s.lessons[id];
      if (!record?.completedAt) return s;
      const { completedAt: _completed, ...rest } = record;
      const time = now();
      return { lessons: { ...s.lessons, [id]: { ...rest, markedAt: time } }, updatedAt: time };
    }),
  setLastPart: (id, part) =>
    set((s) => (s.lessons[id]?.lastPart === part ? s : { lessons: { ...s.lessons, [id]: { ...s.lessons[id], lastPart: part } }, updatedAt: now() })),
  setLastRoute: (route) => set((s) => (s.lastRoute === route ? s : { lastRoute: route, updatedAt: now() })),
});

const notesSlice: Slice<NotesSlice> = (set) => ({
  setReflection: (id, text) => set((s) => ({ reflections: { ...s.reflections, [id]: { text, updatedAt: now() } }, updatedAt: now() })),
});

const prefsSlice: Slice<PrefsSlice> = (set) => ({
  setPref: (key, value) => set((s) => ({ prefs: { ...s.prefs, [key]: value }, updatedAt: now() })),
  setLearnerName: (learnerName) => set({ learnerName, updatedAt: now() }),
});

const attemptsSlice: Slice<AttemptsSlice> = (set) => {
  const update = (attemptId: string, change: (attempt: AttemptRecord, time: string) => AttemptRecord) =>
    set((s) => {
      const attempt = s.attempts[attemptId];
      if (!attempt) return s;
      const time = now();
      const next = change(attempt, time);
      return next === attempt ? s : { attempts: { ...s.attempts, [attemptId]: next }, updatedAt: time };
    });
  return {
    // The quiz saves new and refreshed (open) attempts; should a finished one be saved whole, it is journaled too.
    saveAttempt: (attempt) =>
      set((s) => {
        const attempts = { ...s.attempts, [attempt.id]: attempt };
        if (!attempt.finishedAt || !attempt.score || s.attempts[attempt.id]?.finishedAt) return { attempts, updatedAt: now() };
        return { attempts, updatedAt: now(), events: [...s.events, { type: 'attempt-finished', attemptId: attempt.id, finishedAt: attempt.finishedAt }] };
      }),
    answer: (attemptId, questionId, response) => update(attemptId, (a, t) => recordAnswer(a, questionId, response, t)),
    check: (attemptId, questionId) => update(attemptId, (a, t) => recordCheck(a, questionId, t)),
    goTo: (attemptId, index) => update(attemptId, (a, t) => recordPosition(a, index, t)),
    finish: (attemptId, result) =>
      set((s) => {
        const attempt = s.attempts[attemptId];
        if (!attempt || attempt.finishedAt) return s;
        const time = now();
        const finished = recordFinish(attempt, result, time);
        return {
          attempts: { ...s.attempts, [attemptId]: finished },
          updatedAt: time,
          events: [...s.events, { type: 'attempt-finished', attemptId, finishedAt: time }],
        };
      }),
  };
};

const adminSlice: Slice<AdminSlice> = (set) => ({
  // Reset and Replace start a new generation: other tabs adopt it instead of merging the old data back.
  // Imported data arrives already read through the progress schema (transfer.ts).
  replaceAll: (data) => set((s) => ({ ...takeIn(s, data), generation: newGeneration(), updatedAt: now() })),
  mergeIn: (data) => set((s) => ({ ...takeIn(s, mergeProgress(pickData(s), { ...data, generation: s.generation })), updatedAt: now() })),
  reset: () => set({ ...emptyProgress(), generation: newGeneration(), updatedAt: now() }),
});

/** A generation id that sorts by time, so the newest reset or replace wins everywhere. */
function newGeneration(): string {
  return `${now()}~${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * `data` taken in from elsewhere in place of the state's data, with the journal's events for what it brings:
 * attempts finished and lessons completed there (merge.ts `arrivals`). For `mergeIn`, `replaceAll` and another
 * tab's save (tab-merge.ts).
 */
export function takeIn(state: ProgressState, data: ProgressData): ProgressData & Journal {
  const events = arrivals(state, data);
  return { ...data, events: events.length > 0 ? [...state.events, ...events] : state.events };
}

/** The saved part of the state: data only, no functions. */
export function pickData(state: ProgressData): ProgressData {
  const { lessons, attempts, reflections, prefs, learnerName, lastRoute, generation, updatedAt } = state;
  const data: ProgressData = { lessons, attempts, reflections, prefs, learnerName, generation, updatedAt };
  if (lastRoute !== undefined) data.lastRoute = lastRoute;
  return data;
}

/** Builds a store over any backend (tests pass a fake one). */
export function createProgressStore(
  backend: StorageBackend,
  options: { migrate?: typeof migrateProgress; storage?: Partial<SafeStorageOptions<ProgressData>> } = {},
) {
  if (!probeStorage(backend)) useStorageStatus.getState().set({ mode: 'blocked' });
  return create<ProgressState>()(
    persist<ProgressState, [], [], ProgressData>(
      (...a) => ({
        ...emptyProgress(),
        events: [],
        ...lessonsSlice(...a),
        ...notesSlice(...a),
        ...prefsSlice(...a),
        ...attemptsSlice(...a),
        ...adminSlice(...a),
      }),
      {
        name: PROGRESS_KEY,
        version: PROGRESS_VERSION,
        storage: createSafeStorage<ProgressData>(backend, {
          version: PROGRESS_VERSION,
          merge: mergeProgress,
          normalize: () => import('./schema.ts').then((schema) => schema.normalizeProgress),
          ...options.storage,
        }),
        partialize: pickData,
        migrate: options.migrate ?? migrateProgress,
        // Saved data reaches here already read through the schema (storage's `normalize`, or `migrate`).
        merge: (persisted, current) => ({ ...current, ...(persisted as ProgressData) }),
      },
    ),
  );
}

/**
 * Resolves once saved progress has been read (at once on a first visit; after the schema loads otherwise).
 * Route loaders wait for it, so no page ever renders from empty progress and then jumps.
 */
export function whenHydrated(store: ReturnType<typeof createProgressStore>): Promise<void> {
  if (store.persist.hasHydrated()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = store.persist.onFinishHydration(() => {
      stop();
      resolve();
    });
  });
}

export const useProgressStore = createProgressStore(localStorageBackend, {
  storage: { fallback: sessionStorageBackend, spare: indexedDbSpare, env: typeof window === 'undefined' ? undefined : window },
});

/** Everything a fresh store starts with: what "Reset progress" returns to. */
export const getInitialState = emptyProgress;

/** Route loaders await this: saved progress is in the store. */
export const progressReady = () => whenHydrated(useProgressStore);
