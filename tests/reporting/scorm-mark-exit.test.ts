/**
 * SCORM with the LMS's own pass mark and "Exit course", against scorm-again as the LMS (Scorm12API / Scorm2004API,
 * with mastery_override off: what the status says is what the course wrote).
 * - The LMS's mark (1.2 `cmi.student_data.mastery_score`, 0–100; 2004 `cmi.scaled_passing_score`, used when 0–1)
 *   is the one lesson_status / success_status follow.
 * - "Exit course" writes the exit value (`suspend` until the course is complete and passed), asks a 2004 LMS to
 *   take the learner back (`adl.nav.request`), and finishes the session (LMSFinish / Terminate), once.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// An LMS package's build (the static site's has no LMS, so no mark): set before the modules below are loaded.
vi.hoisted(() => vi.stubEnv('VITE_REPORTING', 'scorm12'));
afterAll(() => vi.unstubAllEnvs());
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { lessons } from '../../src/content/course.ts';
import { FINAL_ASSESSMENT_ID } from '../../src/progress/course-rules.ts';
import { lmsPassMark, setLmsPassMark } from '../../src/progress/lms-pass-mark.ts';
import { useStorageStatus } from '../../src/progress/status.ts';
import { createProgressStore } from '../../src/progress/store.ts';
import type { AttemptRecord } from '../../src/progress/types.ts';
import { exitCourse, useLmsLaunch } from '../../src/reporting/lms-launch.ts';
import { createScormAdapter, fraction } from '../../src/reporting/scorm/adapter.ts';
import { runSession } from '../../src/reporting/session.ts';
import { fakeStorage } from '../progress/fake-storage.ts';
import { attemptRecord } from '../fixtures/attempts.ts';

/** A page of its own (timers, page events) for one session; not opened by a script (no opener). */
function page(): Window {
  return Object.assign(new EventTarget(), {
    setTimeout: globalThis.setTimeout.bind(globalThis),
    clearTimeout: globalThis.clearTimeout.bind(globalThis),
    document: { visibilityState: 'visible' },
    opener: null,
    close: vi.fn(),
    location: { href: 'http://127.0.0.1/course/index.html', assign: vi.fn() },
  }) as unknown as Window;
}

const T0 = '2026-01-01T00:00:00.000Z';

/** What the LMS would store (its JSON): write-only elements such as the exit value are read here. */
const stored = (api: { cmi: unknown }) => JSON.parse(JSON.stringify(api.cmi)) as { core?: { exit: string; session_time: string }; exit?: string };

/** Finishes a final-assessment attempt at `percent` in `store`, graded as the quiz grades (passed at its own 80 %). */
function finishFinal(store: ReturnType<typeof createProgressStore>, percent: number) {
  const attempt: AttemptRecord = attemptRecord(`final-${percent}`, FINAL_ASSESSMENT_ID, T0);
  store.getState().saveAttempt(attempt);
  store.getState().finish(attempt.id, { earned: percent / 10, total: 10, percent, passed: percent >= 80, perSkill: {}, perQuestion: {} });
}

beforeEach(() => {
  useStorageStatus.setState({ mode: 'ok', unsaved: false, corrupted: false, backup: null, newer: null, lastSavedAt: null });
  useLmsLaunch.setState({ launched: false, ended: false, exit: 'no' });
});
afterEach(() => {
  vi.unstubAllGlobals();
  setLmsPassMark(undefined);
});

/** The LMS's window, where the course finds its API (`API` for 1.2, `API_1484_11` for 2004). */
function installLms(name: 'API' | 'API_1484_11', api: unknown) {
  const lmsWindow: Record<string, unknown> = { [name]: api, opener: null };
  lmsWindow.parent = lmsWindow;
  vi.stubGlobal('window', lmsWindow);
}

describe('the LMS’s pass mark', () => {
  it('reads a mark on the scale each standard uses, and nothing else', () => {
    expect(fraction('10', 100)).toBe(0.1);
    expect(fraction('80', 100)).toBe(0.8);
    expect(fraction('0.25', 1)).toBe(0.25);
    expect(fraction('-0.5', 1)).toBeUndefined();
    expect(fraction('', 100)).toBeUndefined();
    expect(fraction('abc', 100)).toBeUndefined();
    expect(fraction('120', 100)).toBeUndefined();
  });

  it('SCORM 1.2: a learner at 31 % is passed under mastery_score 10 (the course’s own mark is 80 %)', async () => {
    const api = new Scorm12API({ logLevel: 5, autocommit: false, mastery_override: false });
    api.cmi.student_data.mastery_score = '10';
    installLms('API', api);
    const store = createProgressStore(fakeStorage().backend);
    const adapter = createScormAdapter('scorm12')!;
    expect(adapter.passMark).toBe(0.1);
    await runSession(store, adapter, page());
    expect(lmsPassMark()).toBe(0.1);
    finishFinal(store, 31);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('31');
  });

  it('SCORM 2004: success_status follows scaled_passing_score; a mark outside 0–1 is not a pass mark', async () => {
    const api = new Scorm2004API({ logLevel: 5, autocommit: false, mastery_override: false });
    api.cmi.scaled_passing_score = '0.3';
    installLms('API_1484_11', api);
    const store = createProgressStore(fakeStorage().backend);
    await runSession(store, createScormAdapter('scorm2004')!, page());
    finishFinal(store, 31);
    expect(api.GetValue('cmi.success_status')).toBe('passed');
    expect(api.GetValue('cmi.score.scaled')).toBe('0.31');

    const strict = new Scorm2004API({ logLevel: 5, autocommit: false });
    strict.cmi.scaled_passing_score = '-0.5';
    installLms('API_1484_11', strict);
    expect(createScormAdapter('scorm2004')!.passMark).toBeUndefined();
  });

  it('without an LMS mark the course’s 80 % applies', async () => {
    const api = new Scorm12API({ logLevel: 5, autocommit: false });
    installLms('API', api);
    const store = createProgressStore(fakeStorage().backend);
    await runSession(store, createScormAdapter('scorm12')!, page());
    expect(lmsPassMark()).toBeUndefined();
    finishFinal(store, 31);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('failed');
  });
});

describe('Exit course', () => {
  it('SCORM 1.2: suspend while the course is not done, then LMSFinish once; a pagehide after it sends nothing', async () => {
    const api = new Scorm12API({ logLevel: 5, autocommit: false });
    installLms('API', api);
    const finish = vi.spyOn(api, 'LMSFinish');
    const store = createProgressStore(fakeStorage().backend);
    const target = page();
    await runSession(store, createScormAdapter('scorm12')!, target);
    expect(useLmsLaunch.getState().launched).toBe(true);
    store.getState().completeLesson(lessons[0]!.id);
    await exitCourse(target);
    expect(finish).toHaveBeenCalledTimes(1);
    expect(stored(api).core!.exit).toBe('suspend');
    expect(stored(api).core!.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
    // Not a popup: the page stays and says it can be closed.
    expect(target.close).not.toHaveBeenCalled();
    expect(useLmsLaunch.getState()).toMatchObject({ exit: 'left', ended: true });
    target.dispatchEvent(new Event('pagehide'));
    expect(finish).toHaveBeenCalledTimes(1);
  });

  it('SCORM 2004: a course complete and passed exits normally and asks the LMS to exit all; a popup closes', async () => {
    const api = new Scorm2004API({ logLevel: 5, autocommit: false });
    installLms('API_1484_11', api);
    const terminate = vi.spyOn(api, 'Terminate');
    const setValue = vi.spyOn(api, 'SetValue');
    const store = createProgressStore(fakeStorage().backend);
    const target = Object.assign(page(), { opener: {} });
    await runSession(store, createScormAdapter('scorm2004')!, target);
    for (const lesson of lessons) store.getState().completeLesson(lesson.id);
    finishFinal(store, 90);
    await exitCourse(target);
    expect(terminate).toHaveBeenCalledTimes(1);
    expect(stored(api).exit).toBe('normal');
    // Set before Terminate (which acts on it and clears it), and taken.
    expect(setValue).toHaveBeenCalledWith('adl.nav.request', 'exitAll');
    expect(setValue.mock.results[setValue.mock.calls.findIndex(([element]) => element === 'adl.nav.request')]!.value).toBe('true');
    expect(target.close).toHaveBeenCalled();
  });

  it('SCORM 2004: an unfinished course suspends (cmi.exit and adl.nav.request)', async () => {
    const api = new Scorm2004API({ logLevel: 5, autocommit: false });
    installLms('API_1484_11', api);
    const setValue = vi.spyOn(api, 'SetValue');
    const store = createProgressStore(fakeStorage().backend);
    const target = page();
    await runSession(store, createScormAdapter('scorm2004')!, target);
    await exitCourse(target);
    expect(stored(api).exit).toBe('suspend');
    expect(setValue).toHaveBeenCalledWith('adl.nav.request', 'suspendAll');
  });
});
