/**
 * The part every LMS standard shares: restore the learner's progress from the LMS before the first render,
 * follow the progress store (features report nothing themselves: finishing an attempt or marking a lesson
 * complete *is* the report), save a compact copy back, and close the session properly when the page goes.
 *
 * What to report comes from the store's journal (`events`, progress/store.ts), not from comparing one state with
 * the next: `finish` and `completeLesson` append an event as they act, and a merge appends one for each attempt
 * finished or lesson completed in the data it brings — another tab's save (tab-merge.ts), an imported file. The
 * LMS's own copy is merged in before the session starts reading the journal, so a restore is never news; and the
 * session remembers what it reported (seeded with everything finished once that copy is in), so an attempt that
 * arrives twice — finished here, then in another tab's save or an imported file — is reported once.
 */
import { lessons } from '../content/course.ts';
import { quizIds } from '../content/quizzes.ts';
import { loadQuiz, type LoadedQuiz } from '../content/load-quiz.ts';
import { normalizeProgress } from '../progress/schema.ts';
import { pickData, type useProgressStore } from '../progress/store.ts';
import { setLmsPassMark } from '../progress/lms-pass-mark.ts';
import { decodeProgress, encodeProgress, type CourseIndex } from './codec.ts';
import { courseStatus, notHeardBy, reportedIn, toReport, type CourseStatus, type ProgressEvents } from './course-status.ts';
import { markSessionEnded, offerExit, type ExitTarget } from './lms-launch.ts';

export type ProgressStore = typeof useProgressStore;

/** One LMS standard, as the session drives it. */
export interface LmsAdapter {
  /** Longest saved text the LMS keeps. */
  readonly limit: number;
  /**
   * The LMS's own pass mark for this launch, a fraction (0–1): cmi5 masteryScore, SCORM mastery_score /
   * scaled_passing_score; undefined when it sets none. The course rules judge the final assessment by it.
   */
  readonly passMark?: number | undefined;
  /**
   * Its saved copy keeps every finished attempt and completed lesson (cmi5's state document has room; SCORM's
   * suspend_data may drop older scores): what this browser holds beyond that copy was never reported, and is.
   */
  readonly keepsEverything?: boolean;
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
   * Ends the session because the learner chose "Exit course" (progress just saved): everything still pending is
   * sent, then the session is closed as its standard says; resolves with where to go (cmi5's returnURL). Also called
   * when the session has already ended (it then only says where to go). Without it, leaving just ends the session.
   */
  exit?(status: CourseStatus): Promise<ExitTarget>;
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
  // Which mark the course rules apply from now on (the pages and every report agree: course-rules.ts passMarkFor).
  setLmsPassMark(adapter.passMark);
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
  const decoded = saved ? decodeProgress(saved, index) : undefined;
  const restored = decoded ? normalizeProgress(decoded) : undefined;
  if (restored) store.getState().mergeIn(restored);

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

  // From here on, the journal's new events are reported (what the restore brought is already in `reported`).
  const reported = reportedIn(store.getState());
  // What this browser did that the LMS never heard of (on a page whose session had ended) is reported now, as this
  // session's, where the LMS's copy says for sure what it has (`reported` already counts it, so it goes once).
  if (adapter.keepsEverything && restored) {
    const backlog = toReport(notHeardBy(restored, store.getState()), store.getState(), reportedIn({ lessons: {}, attempts: {} }));
    if (backlog.lessonsCompleted.length > 0 || backlog.attemptsFinished.length > 0) {
      adapter.report(backlog, quizzes, status());
      adapter.commit();
    }
  }
  let heard = store.getState().events.length;
  store.subscribe((state) => {
    // A store replaced whole (tests start afresh so) begins a new journal.
    if (state.events.length < heard) heard = 0;
    const news = state.events.slice(heard);
    heard = state.events.length;
    // After pagehide the session is closed: news is not reported (a page in the back/forward cache runs nothing).
    if (finished) return;
    const events = toReport(news, state, reported);
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
      markSessionEnded();
      return;
    }
    finished = false;
    save();
    adapter.commit();
  });
  // "Exit course" (the header): saved now, then the session ends as the learner asked; a pagehide after it sends nothing.
  offerExit(async () => {
    const open = !finished;
    if (open) save();
    finished = true;
    if (adapter.exit) return adapter.exit(status());
    if (open) adapter.finish(status());
    return {};
  });
}
