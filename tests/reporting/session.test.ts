/**
 * The back/forward cache: `pagehide` finishes the SCORM session (an LMS must not wait for a page that may never
 * come back); a page restored from the cache (`pageshow` with `persisted`) opens a new session and goes on
 * reporting, or, where the LMS refuses a second Initialize, carries on alone without calling a finished API.
 * Run against scorm-again's Scorm2004API as the LMS.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Scorm2004API } from 'scorm-again';
import { lessons } from '../../src/content/course.ts';
import { useProgressStore } from '../../src/progress/store.ts';
import { createScormAdapter } from '../../src/reporting/scorm/adapter.ts';
import { runSession } from '../../src/reporting/session.ts';

/** A window of its own per test (events, timers, visibility), so one test's session never hears another's. */
function pageWindow(): Window {
  return Object.assign(new EventTarget(), {
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    document,
  }) as unknown as Window;
}

const pageTransition = (type: 'pagehide' | 'pageshow', persisted: boolean) => new PageTransitionEvent(type, { persisted });

/** scorm-again as the LMS, found by the course as `window.API_1484_11`; `reopens` lets it start a new session. */
function installLms({ reopens }: { reopens: boolean }) {
  const api = new Scorm2004API({ logLevel: 5, autocommit: false });
  const calls: string[] = [];
  for (const name of ['Initialize', 'Terminate', 'Commit'] as const) {
    const original = api[name].bind(api);
    vi.spyOn(api, name).mockImplementation((arg?: string) => {
      calls.push(name);
      const result = original(arg);
      if (name === 'Terminate' && reopens) {
        // An LMS that takes a second Initialize after Terminate as a new session of the same attempt.
        const data = api.GetValue('cmi.suspend_data');
        api.reset();
        api.cmi.suspend_data = data;
      }
      return result;
    });
  }
  (window as unknown as { API_1484_11?: unknown }).API_1484_11 = api;
  return { api, calls };
}

afterEach(() => {
  delete (window as unknown as { API_1484_11?: unknown }).API_1484_11;
});

describe('the back/forward cache', { timeout: 30_000 }, () => {
  it('pagehide finishes the session; a restored page that the LMS will not reopen sends nothing more', async () => {
    const { api, calls } = installLms({ reopens: false });
    const target = pageWindow();
    await runSession(useProgressStore, createScormAdapter('scorm2004')!, target);
    target.dispatchEvent(pageTransition('pagehide', true));
    expect(calls.at(-1)).toBe('Terminate');
    expect(api.GetValue('cmi.exit')).toBe('');

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const setValue = vi.spyOn(api, 'SetValue');
    target.dispatchEvent(pageTransition('pageshow', true));
    expect(calls.filter((c) => c === 'Initialize')).toHaveLength(2);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/did not reopen/));
    useProgressStore.getState().completeLesson(lessons[0]!.id);
    target.dispatchEvent(new Event('visibilitychange'));
    expect(setValue).not.toHaveBeenCalled();
    expect(calls.at(-1)).toBe('Initialize');
  });

  it('a restored page opens a new session and keeps reporting', async () => {
    const { api, calls } = installLms({ reopens: true });
    const target = pageWindow();
    await runSession(useProgressStore, createScormAdapter('scorm2004')!, target);
    const before = Number(api.GetValue('cmi.progress_measure') || 0);

    target.dispatchEvent(pageTransition('pagehide', true));
    expect(calls.at(-1)).toBe('Terminate');
    expect(api.isInitialized()).toBe(false);

    // A plain pageshow (the first load) changes nothing.
    target.dispatchEvent(pageTransition('pageshow', false));
    expect(api.isInitialized()).toBe(false);

    target.dispatchEvent(pageTransition('pageshow', true));
    expect(api.isInitialized()).toBe(true);
    expect(calls.slice(-2)).toEqual(['Initialize', 'Commit']);
    expect(api.GetValue('cmi.suspend_data').length).toBeGreaterThan(0);

    // Completing a lesson now reaches the LMS: progress measure and suspend data, committed at once.
    useProgressStore.getState().completeLesson(lessons[1]!.id);
    expect(Number(api.GetValue('cmi.progress_measure'))).toBeGreaterThan(before);
    expect(calls.at(-1)).toBe('Commit');

    // And the restored page finishes its own session when it goes again.
    target.dispatchEvent(pageTransition('pagehide', false));
    expect(calls.at(-1)).toBe('Terminate');
  });
});
