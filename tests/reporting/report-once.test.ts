/**
 * The LMS hears of each attempt finished and each lesson completed once, from the store's journal: finished here,
 * or in another tab (its save merged into this one), or brought by an imported file. What the LMS restored at the
 * start of the session is not news. Each reported question carries the credit kept when the attempt finished.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { creditFraction } from '../../src/engine/index.ts';
import type { LoadedQuiz } from '../../src/content/load-quiz.ts';
import { gradeFinishingAttempt, questionScoresOf } from '../../src/progress/attempt-grade.ts';
import { useStorageStatus } from '../../src/progress/status.ts';
import { createProgressStore, pickData } from '../../src/progress/store.ts';
import { takeOtherTabSave } from '../../src/progress/tab-merge.ts';
import { emptyProgress, PROGRESS_VERSION, type AttemptRecord } from '../../src/progress/types.ts';
import { encodeProgress, SCORM2004_LIMIT, type CourseIndex } from '../../src/reporting/codec.ts';
import { reportedIn, toReport, type ProgressEvents } from '../../src/reporting/course-status.ts';
import { answeredQuestions } from '../../src/reporting/interactions.ts';
import { runSession, type LmsAdapter } from '../../src/reporting/session.ts';
import { fakeStorage } from '../progress/fake-storage.ts';
import { attemptOf, courseIndex } from './fixtures.ts';

let index: CourseIndex;
let quiz: LoadedQuiz;
beforeAll(async () => {
  index = await courseIndex();
  quiz = index.quizzes[0]!;
});

beforeEach(() => {
  useStorageStatus.setState({ mode: 'ok', unsaved: false, corrupted: false, backup: null, newer: null, lastSavedAt: null });
});

/** A page of its own (timers, page events) for one session. */
function page(): Window {
  return Object.assign(new EventTarget(), {
    setTimeout: globalThis.setTimeout.bind(globalThis),
    clearTimeout: globalThis.clearTimeout.bind(globalThis),
    document: { visibilityState: 'visible' },
  }) as unknown as Window;
}

/** What the LMS heard: attempts by id, lessons by id, and the credit of each question reported. */
interface Heard {
  attempts: string[];
  lessons: string[];
  credits: Record<string, number[]>;
}

/**
 * A session over an LMS that keeps `saved` from last time and writes down every report. `before` acts on this
 * browser's progress before the session starts (as a page whose session had ended did).
 */
async function session(saved: string, { keepsEverything = false, before }: { keepsEverything?: boolean; before?: (store: ReturnType<typeof createProgressStore>) => void } = {}) {
  const store = createProgressStore(fakeStorage().backend);
  before?.(store);
  const heard: Heard = { attempts: [], lessons: [], credits: {} };
  const adapter: LmsAdapter = {
    limit: SCORM2004_LIMIT,
    keepsEverything,
    load: () => Promise.resolve(saved),
    save: () => undefined,
    report(events: ProgressEvents, quizzes) {
      heard.lessons.push(...events.lessonsCompleted.map((lesson) => lesson.lessonId));
      for (const attempt of events.attemptsFinished) {
        heard.attempts.push(attempt.id);
        heard.credits[attempt.id] = answeredQuestions(attempt, quizzes.get(attempt.quizId)!).map((answered) => answered.credit);
      }
    },
    commit: () => undefined,
    finish: () => undefined,
    resume: () => false,
  };
  await runSession(store, adapter, page());
  return { store, heard };
}

/** The LMS's copy from last time: one finished attempt and the first lesson completed. */
function lastTime() {
  const data = emptyProgress();
  const restored = attemptOf(quiz, 0, { finished: true });
  data.attempts[restored.id] = restored;
  data.lessons[index.lessons[0]!] = { visitedAt: restored.startedAt, completedAt: restored.startedAt };
  data.updatedAt = restored.updatedAt;
  return { text: encodeProgress(data, index, SCORM2004_LIMIT), restored };
}

const open = (n: number): AttemptRecord => attemptOf(quiz, n, { finished: false, unanswered: 2 });

describe('reporting each attempt and completion once', () => {
  it('the LMS’s own copy is not news; an attempt finished here is reported once, with the credit it was given', async () => {
    const { text, restored } = lastTime();
    const { store, heard } = await session(text);
    expect(store.getState().attempts[restored.id]?.finishedAt).toBeDefined();
    expect(store.getState().lessons[index.lessons[0]!]?.completedAt).toBeDefined();
    expect(heard).toEqual({ attempts: [], lessons: [], credits: {} });

    const attempt = open(1);
    store.getState().saveAttempt(attempt);
    const result = gradeFinishingAttempt(quiz, attempt);
    store.getState().finish(attempt.id, result);
    store.getState().finish(attempt.id, result);
    expect(heard.attempts).toEqual([attempt.id]);
    const answered = attempt.questionIds.filter((id) => attempt.responses[id] !== undefined);
    expect(heard.credits[attempt.id]).toEqual(answered.map((id) => creditFraction(result.perQuestion[id]!)));
  });

  it('an attempt finished in another tab is reported once, however often its save arrives', async () => {
    const { store, heard } = await session(lastTime().text);
    const other = createProgressStore(fakeStorage().backend);
    const attempt = open(2);
    store.getState().saveAttempt(attempt);
    other.getState().saveAttempt(attempt);
    other.getState().finish(attempt.id, gradeFinishingAttempt(quiz, attempt));
    const save = JSON.stringify({ state: pickData(other.getState()), version: PROGRESS_VERSION });
    const memory = { lastResaved: null };
    takeOtherTabSave(store, save, memory);
    takeOtherTabSave(store, save, memory);
    expect(heard.attempts).toEqual([attempt.id]);
    expect(store.getState().attempts[attempt.id]!.questionScores).toEqual(other.getState().attempts[attempt.id]!.questionScores);
  });

  it('an imported file brings news once: what the LMS has, or heard already, is not reported again', async () => {
    const { text, restored } = lastTime();
    const { store, heard } = await session(text);
    const attempt = open(3);
    store.getState().saveAttempt(attempt);
    store.getState().finish(attempt.id, gradeFinishingAttempt(quiz, attempt));
    const file = pickData(store.getState());
    const imported = attemptOf(quiz, 4, { finished: true });
    store.getState().reset();
    store.getState().mergeIn({ ...file, attempts: { ...file.attempts, [imported.id]: imported } });
    expect(store.getState().attempts[restored.id]).toBeDefined();
    expect(heard.attempts).toEqual([attempt.id, imported.id]);
  });

  it('what this browser did beyond the LMS’s copy (a page whose session had ended) is reported at the next session, once', async () => {
    const { text, restored } = lastTime();
    const [first, second] = index.lessons;
    const late = open(5);
    const offLms = (store: ReturnType<typeof createProgressStore>) => {
      store.getState().mergeIn({ ...emptyProgress(), attempts: { [restored.id]: restored }, lessons: { [first!]: { visitedAt: restored.startedAt, completedAt: restored.startedAt } }, updatedAt: restored.updatedAt });
      store.getState().completeLesson(second!);
      store.getState().saveAttempt(late);
      store.getState().finish(late.id, gradeFinishingAttempt(quiz, late));
    };
    // An LMS whose copy keeps everything hears of the lesson and the attempt, not of what its copy had.
    const full = await session(text, { keepsEverything: true, before: offLms });
    expect(full.heard.lessons).toEqual([second]);
    expect(full.heard.attempts).toEqual([late.id]);
    // Finished again (another tab's save) it is not news.
    full.store.getState().finish(late.id, gradeFinishingAttempt(quiz, late));
    expect(full.heard.attempts).toEqual([late.id]);
    // One whose copy may have dropped older scores (SCORM) is not told again what it may have had.
    const lossy = await session(text, { before: offLms });
    expect(lossy.heard).toEqual({ attempts: [], lessons: [], credits: {} });
    // And with no copy at all (a first launch) nothing is backlog.
    const fresh = await session('', { keepsEverything: true, before: offLms });
    expect(fresh.heard).toEqual({ attempts: [], lessons: [], credits: {} });
  });

  it('a lesson completed is reported, and again once completed anew after "not complete"', async () => {
    const { store, heard } = await session(lastTime().text);
    const [first, second] = index.lessons;
    store.getState().completeLesson(second!);
    store.getState().completeLesson(second!);
    expect(heard.lessons).toEqual([second]);
    store.getState().uncompleteLesson(first!);
    store.getState().completeLesson(first!);
    expect(heard.lessons).toEqual([second, first]);
  });

  it('each question goes with the credit kept as the attempt finished, not one worked out again', () => {
    const attempt = open(6);
    const { perQuestion, ...score } = gradeFinishingAttempt(quiz, attempt);
    const kept = Object.fromEntries(Object.keys(perQuestion).map((id) => [id, { kind: 'points', earned: 1, total: 1 } as const]));
    const finished = { ...attempt, finishedAt: attempt.updatedAt, score, questionScores: kept };
    expect(Object.values(perQuestion).some((s) => creditFraction(s) < 1)).toBe(true);
    expect(answeredQuestions(finished, quiz).map((answered) => answered.credit)).toEqual(answeredQuestions(finished, quiz).map(() => 1));
    expect(answeredQuestions(finished, quiz).length).toBeGreaterThan(0);
  });

  it('a restored attempt keeps no per-question scores (the compact copy leaves them out): they are graded from its answers', () => {
    const attempt = open(5);
    const finished = { ...attempt, finishedAt: attempt.updatedAt, score: { earned: 0, total: 0, percent: 0, passed: false, perSkill: {} } };
    expect(questionScoresOf(finished, quiz)).toEqual(gradeFinishingAttempt(quiz, attempt).perQuestion);
  });
});

describe('what to report, from the journal', () => {
  const T = '2026-03-01T10:00:00.000Z';
  const data = {
    lessons: { a: { completedAt: T } },
    attempts: { x: { ...attemptOf({ ...emptyQuiz(), id: 'q' }, 0, { finished: true }), id: 'x' } },
  };

  function emptyQuiz(): LoadedQuiz {
    return { id: 'q', title: 'Q', mode: 'exam', passMark: 0.8, pools: [{ questions: [] }], questions: {}, hashes: {}, reviewIds: [], length: 0 };
  }

  it('starts from everything finished or completed, and reports each new one once', () => {
    const reported = reportedIn({ lessons: {}, attempts: {} });
    const events = [
      { type: 'attempt-finished', attemptId: 'x', finishedAt: T },
      { type: 'lesson-completed', lessonId: 'a', completedAt: T },
      { type: 'attempt-finished', attemptId: 'x', finishedAt: T },
    ] as const;
    const first = toReport(events, data, reported);
    expect(first.attemptsFinished.map((a) => a.id)).toEqual(['x']);
    expect(first.lessonsCompleted.map((lesson) => lesson.lessonId)).toEqual(['a']);
    expect(toReport(events, data, reported)).toEqual({ attemptsFinished: [], lessonsCompleted: [] });
    expect(toReport(events, data, reportedIn(data))).toEqual({ attemptsFinished: [], lessonsCompleted: [] });
  });

  it('reads the progress as it is now: an attempt or a completion no longer there is not reported', () => {
    const events = [
      { type: 'attempt-finished', attemptId: 'gone', finishedAt: T },
      { type: 'lesson-completed', lessonId: 'b', completedAt: T },
    ] as const;
    expect(toReport(events, data, reportedIn({ lessons: {}, attempts: {} }))).toEqual({ attemptsFinished: [], lessonsCompleted: [] });
  });
});
