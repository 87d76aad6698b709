import { create, type StateCreator } from 'zustand';
import { persist } from 'zustand/middleware';
import type { AttemptGrade, Response } from '../engine/index.ts';
import { mergeProgress } from './merge.ts';
import { migrateProgress } from './migrations.ts';
import { recordAnswer, recordCheck, recordFinish, recordPosition } from './attempt-records.ts';
import { createSafeStorage, localStorageBackend, probeStorage, sessionStorageBackend, type SafeStorageOptions, type StorageBackend } from './storage.ts';
import { useStorageStatus } from './status.ts';
import { emptyProgress, PROGRESS_KEY, PROGRESS_VERSION, type AttemptRecord, type Prefs, type ProgressData } from './types.ts';

/**
 * One store built from slices (zustand's slices pattern), persisted once at the top. Actions stay thin:
 * they stamp the time and call the pure functions in attempt-records.ts / merge.ts.
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
  finish: (attemptId: string, score: AttemptGrade) => void;
}
export interface AdminSlice {
  replaceAll: (data: ProgressData) => void;
  mergeIn: (data: ProgressData) => void;
  reset: () => void;
}

export type ProgressState = ProgressData & LessonsSlice & NotesSlice & PrefsSlice & AttemptsSlice & AdminSlice;
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
      return { lessons: { ...s.lessons, [id]: { visitedAt: time, ...record, completedAt: time, ...marked } }, updatedAt: time };
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
    saveAttempt: (attempt) => set((s) => ({ attempts: { ...s.attempts, [attempt.id]: attempt }, updatedAt: now() })),
    answer: (attemptId, questionId, response) => update(attemptId, (a, t) => recordAnswer(a, questionId, response, t)),
    check: (attemptId, questionId) => update(attemptId, (a, t) => recordCheck(a, questionId, t)),
    goTo: (attemptId, index) => update(attemptId, (a, t) => recordPosition(a, index, t)),
    finish: (attemptId, score) => update(attemptId, (a, t) => recordFinish(a, score, t)),
  };
};

const adminSlice: Slice<AdminSlice> = (set, get) => ({
  // Reset and Replace start a new generation: other tabs adopt it instead of merging the old data back.
  // Imported data arrives already read through the progress schema (transfer.ts).
  replaceAll: (data) => set({ ...data, generation: newGeneration(), updatedAt: now() }),
  mergeIn: (data) => set({ ...mergeProgress(pickData(get()), { ...data, generation: get().generation }), updatedAt: now() }),
  reset: () => set({ ...emptyProgress(), generation: newGeneration(), updatedAt: now() }),
});

/** A generation id that sorts by time, so the newest reset or replace wins everywhere. */
function newGeneration(): string {
  return `${now()}~${Math.random().toString(36).slice(2, 8)}`;
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
  storage: { fallback: sessionStorageBackend, env: typeof window === 'undefined' ? undefined : window },
});

/** Everything a fresh store starts with: what "Reset progress" returns to. */
export const getInitialState = emptyProgress;

/** Route loaders await this: saved progress is in the store. */
export const progressReady = () => whenHydrated(useProgressStore);
