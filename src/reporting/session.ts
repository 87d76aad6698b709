/**
 * The part every LMS standard shares: restore the learner's progress from the LMS before the first render,
 * watch the progress store (features report nothing themselves: finishing an attempt or marking a lesson
 * complete *is* the report), save a compact copy back, and close the session properly when the page goes.
 */
import { lessons } from '../content/course.ts';
import { quizIds } from '../content/quizzes.ts';
import { loadQuiz, type LoadedQuiz } from '../content/load-quiz.ts';
import { normalizeProgress } from '../progress/schema.ts';
import { pickData, type useProgressStore } from '../progress/store.ts';
import { decodeProgress, encodeProgress, type CourseIndex } from './codec.ts';
import { courseStatus, progressEvents, type CourseStatus, type ProgressEvents } from './course-status.ts';

export type ProgressStore = typeof useProgressStore;

/** One LMS standard, as the session drives it. */
export interface LmsAdapter {
  /** Longest saved text the LMS keeps. */
  readonly limit: number;
  /** The saved text from the last session ('' on a first launch). */
  load(): Promise<string>;
  /** Saves progress and the course status (not necessarily sent yet). */
  save(saved: string, status: CourseStatus): void;
  /** Reports what the learner just did: lessons completed, attempts finished. */
  report(events: ProgressEvents, quizzes: ReadonlyMap<string, LoadedQuiz>, status: CourseStatus): void;
  /** Sends what is pending (the page is hidden: the learner may not come back). */
  commit(): void;
  /** Ends the session (the page is going away). */
  finish(status: CourseStatus): void;
  /**
   * The page came back from the back/forward cache after `finish`: opens a new session if the LMS allows it.
   * False when it does not; the course then runs on its own, its progress kept in this browser.
   */
  resume(): boolean;
}

export async function loadCourseIndex(): Promise<CourseIndex> {
  const quizzes = (await Promise.all(quizIds.map((id) => loadQuiz(id)))).filter((q): q is LoadedQuiz => q !== undefined);
  return { lessons: lessons.map((lesson) => lesson.id), quizzes };
}

/** Runs a session over an adapter; resolves once the LMS's saved progress is in the store. */
export async function runSession(store: ProgressStore, adapter: LmsAdapter, target: Window = window): Promise<void> {
  const index = await loadCourseIndex();
  const quizzes = new Map(index.quizzes.map((quiz) => [quiz.id, quiz]));
  const saved = await adapter.load();
  // Merge into this browser's copy only once it has been read, or reading it would overwrite the LMS's.
  if (!store.persist.hasHydrated()) {
    await new Promise<void>((resolve) => {
      const stop = store.persist.onFinishHydration(() => {
        stop();
        resolve();
      });
    });
  }
  const restored = saved ? decodeProgress(saved, index) : undefined;
  if (restored) store.getState().mergeIn(normalizeProgress(restored));

  const status = () => courseStatus(pickData(store.getState()), index.lessons);
  let timer: number | undefined;
  let finished = false;
  const save = () => {
    if (timer !== undefined) target.clearTimeout(timer);
    timer = undefined;
    if (finished) return;
    adapter.save(encodeProgress(pickData(store.getState()), index, adapter.limit), status());
  };
  save();
  adapter.commit();

  store.subscribe((state, previous) => {
    if (finished) return;
    const events = progressEvents(previous, state);
    if (events.lessonsCompleted.length > 0 || events.attemptsFinished.length > 0) {
      // A completion or a score is saved and sent at once, not after the quiet period.
      save();
      adapter.report(events, quizzes, status());
      adapter.commit();
      return;
    }
    // Answers, positions, reading progress: gathered for a second, then saved.
    if (timer === undefined) timer = target.setTimeout(save, 1000);
  });

  target.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState !== 'hidden' || finished) return;
    save();
    adapter.commit();
  });
  target.addEventListener('pagehide', () => {
    if (finished) return;
    save();
    finished = true;
    adapter.finish(status());
  });
  // pagehide finished the session; a page restored from the back/forward cache opens a new one and goes on
  // reporting (or, where the LMS refuses, carries on alone rather than calling a finished API).
  target.addEventListener('pageshow', (event) => {
    if (!event.persisted || !finished) return;
    if (!adapter.resume()) {
      console.warn('Frontline: the LMS did not reopen the session; progress stays in this browser until the next launch.');
      return;
    }
    finished = false;
    save();
    adapter.commit();
  });
}
