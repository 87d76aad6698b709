import { beforeEach, describe, expect, it } from 'vitest';
import { createProgressStore, whenHydrated } from '../../src/progress/store.ts';
import { useStorageStatus } from '../../src/progress/status.ts';
import { pendingKey } from '../../src/progress/storage.ts';
import { PROGRESS_KEY } from '../../src/progress/types.ts';
import { fakeStorage } from './fake-storage.ts';

/** Timers and page events the test fires by hand. */
function fakeEnv() {
  let nextId = 1;
  const timers = new Map<number, () => void>();
  const listeners = new Map<string, ((event: Event) => void)[]>();
  return {
    env: {
      setTimeout: ((fn: () => void) => {
        const id = nextId++;
        timers.set(id, fn);
        return id;
      }) as unknown as Window['setTimeout'],
      clearTimeout: ((id: number) => timers.delete(id)) as Window['clearTimeout'],
      addEventListener: ((type: string, fn: (event: Event) => void) => listeners.set(type, [...(listeners.get(type) ?? []), fn])) as Window['addEventListener'],
    },
    runTimers() {
      const due = [...timers.entries()];
      timers.clear();
      for (const [, fn] of due) fn();
    },
    fire(type: string, event: Event = new Event(type, { cancelable: true })) {
      for (const fn of listeners.get(type) ?? []) fn(event);
      return event;
    },
  };
}

beforeEach(() => {
  useStorageStatus.setState({ mode: 'ok', unsaved: false, corrupted: false, backup: null, newer: null, lastSavedAt: null });
});

describe('safe storage: batched writes, full storage, nothing lost', () => {
  it('gathers a burst of changes into one write, and writes at once when the page is hidden', () => {
    const { backend, state, data } = fakeStorage();
    const clock = fakeEnv();
    const store = createProgressStore(backend, { storage: { env: clock.env } });
    const before = state.writes;
    for (const letter of 'Hello there') store.getState().setReflection('star-method', letter);
    expect(state.writes).toBe(before);
    clock.runTimers();
    expect(state.writes).toBe(before + 1);
    store.getState().setLearnerName('Sam');
    clock.fire('pagehide');
    expect(JSON.parse(data.get(PROGRESS_KEY)!).state.learnerName).toBe('Sam');
  });

  it('keeps answers given while storage is full in the session, warns before leaving, and saves them once there is room', async () => {
    const { backend, state, data } = fakeStorage();
    const session = fakeStorage();
    const clock = fakeEnv();
    const store = createProgressStore(backend, { storage: { env: clock.env, fallback: session.backend } });
    state.full = true;
    store.getState().setLearnerName('Ana');
    clock.runTimers();
    expect(useStorageStatus.getState()).toMatchObject({ mode: 'full', unsaved: true });
    expect(JSON.parse(session.data.get(pendingKey(PROGRESS_KEY))!).state.learnerName).toBe('Ana');
    expect(clock.fire('beforeunload').defaultPrevented).toBe(true);

    // A reload while still full: the session copy is read back.
    const reloaded = createProgressStore(backend, { storage: { env: fakeEnv().env, fallback: session.backend } });
    await whenHydrated(reloaded);
    expect(reloaded.getState().learnerName).toBe('Ana');

    state.full = false;
    clock.runTimers();
    expect(JSON.parse(data.get(PROGRESS_KEY)!).state.learnerName).toBe('Ana');
    expect(session.data.has(pendingKey(PROGRESS_KEY))).toBe(false);
    expect(useStorageStatus.getState()).toMatchObject({ mode: 'ok', unsaved: false });
  });
});
