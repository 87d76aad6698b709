import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgressStore, whenHydrated } from '../../src/progress/store.ts';
import { useStorageStatus } from '../../src/progress/status.ts';
import { pendingKey, type SpareOption } from '../../src/progress/storage.ts';
import { createKeeper } from '../../src/progress/spare-storage.ts';
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
  useStorageStatus.setState({ mode: 'ok', unsaved: false, kept: null, corrupted: false, backup: null, newer: null, lastSavedAt: null });
});

afterEach(() => {
  vi.useRealTimers();
});

/** An in-memory stand-in for IndexedDB (asynchronous, like it) behind the real keeper; it can refuse or hang. */
function fakeSpare(initial: Record<string, string> = {}) {
  const data = new Map<string, unknown>(Object.entries(initial));
  const state = { refuses: false, hangs: false, writes: 0, refused: 0 };
  const option: SpareOption = {
    mayHold: () => data.size > 0,
    load: () =>
      Promise.resolve(
        createKeeper({
          get: (key) => (state.hangs ? new Promise(() => undefined) : Promise.resolve(data.get(key))),
          set: (key, value) => {
            if (state.refuses) {
              state.refused++;
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            state.writes++;
            data.set(key, value);
            return Promise.resolve();
          },
          del: (key) => {
            data.delete(key);
            return Promise.resolve();
          },
        }),
      ),
  };
  return { option, data, state };
}

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

  it('keeps work in the spare (IndexedDB) when local and session storage are both full: a reload merges it back, and it is emptied once there is room', async () => {
    const { backend, state, data } = fakeStorage();
    const session = fakeStorage();
    const spare = fakeSpare();
    const clock = fakeEnv();
    const options = () => ({ storage: { env: clock.env, fallback: session.backend, spare: spare.option } });
    const store = createProgressStore(backend, options());
    await whenHydrated(store);
    store.getState().completeLesson('service-breakdowns');
    clock.runTimers();
    expect(Object.keys(JSON.parse(data.get(PROGRESS_KEY)!).state.lessons)).toEqual(['service-breakdowns']);

    state.full = true;
    session.state.full = true;
    store.getState().completeLesson('star-method');
    clock.runTimers();
    // Until the spare has it, closing the page would lose it: said, and warned about.
    expect(useStorageStatus.getState()).toMatchObject({ mode: 'full', kept: 'memory', unsaved: true });
    await vi.waitFor(() => expect(useStorageStatus.getState()).toMatchObject({ mode: 'full', kept: 'spare', unsaved: false }));
    expect(Object.keys(JSON.parse(spare.data.get(PROGRESS_KEY) as string).state.lessons).sort()).toEqual(['service-breakdowns', 'star-method']);
    // Leaving loses nothing now: no warning (the same state, refused again, is known to be in the spare).
    expect(clock.fire('beforeunload').defaultPrevented).toBe(false);
    expect(spare.state.writes).toBe(1);

    // A reload while still full: local storage's copy and the spare's are merged.
    const reloaded = createProgressStore(backend, { storage: { env: fakeEnv().env, fallback: session.backend, spare: spare.option } });
    await whenHydrated(reloaded);
    expect(Object.keys(reloaded.getState().lessons).sort()).toEqual(['service-breakdowns', 'star-method']);

    // Room again: the retry writes everything to local storage, and the spare is emptied.
    state.full = false;
    clock.runTimers();
    expect(Object.keys(JSON.parse(data.get(PROGRESS_KEY)!).state.lessons).sort()).toEqual(['service-breakdowns', 'star-method']);
    expect(useStorageStatus.getState()).toMatchObject({ mode: 'ok', kept: null, unsaved: false });
    await vi.waitFor(() => expect(spare.data.size).toBe(0));
  });

  it('says the work is kept for the tab only, or on the page only, when the spare refuses too; leaving is then warned about', async () => {
    const { backend, state } = fakeStorage();
    const session = fakeStorage();
    const spare = fakeSpare();
    spare.state.refuses = true;
    const clock = fakeEnv();
    const store = createProgressStore(backend, { storage: { env: clock.env, fallback: session.backend, spare: spare.option } });
    await whenHydrated(store);
    state.full = true;
    store.getState().setLearnerName('Ana');
    clock.runTimers();
    await vi.waitFor(() => expect(spare.state.refused).toBe(1));
    expect(useStorageStatus.getState()).toMatchObject({ mode: 'full', kept: 'session', unsaved: true });
    expect(clock.fire('beforeunload').defaultPrevented).toBe(true);

    session.state.full = true;
    store.getState().setLearnerName('Ana Lima');
    clock.runTimers();
    await vi.waitFor(() => expect(spare.state.refused).toBe(2));
    expect(useStorageStatus.getState()).toMatchObject({ mode: 'full', kept: 'memory', unsaved: true });
  });

  it('leaves a spare it cannot use untouched: another version’s data is neither merged, overwritten nor cleared', async () => {
    const theirs = JSON.stringify({ state: { learnerName: 'From a newer version' }, version: 99 });
    const { backend, state } = fakeStorage();
    const spare = fakeSpare({ [PROGRESS_KEY]: theirs });
    const clock = fakeEnv();
    const store = createProgressStore(backend, { storage: { env: clock.env, fallback: fakeStorage().backend, spare: spare.option } });
    await whenHydrated(store);
    expect(store.getState().learnerName).toBe('');
    state.full = true;
    store.getState().setLearnerName('Ana');
    clock.runTimers();
    state.full = false;
    clock.runTimers();
    expect(useStorageStatus.getState()).toMatchObject({ mode: 'ok' });
    await Promise.resolve();
    expect(spare.state.writes).toBe(0);
    expect(spare.data.get(PROGRESS_KEY)).toBe(theirs);
  });

  it('starts without a spare that does not answer, and leaves it alone', async () => {
    vi.useFakeTimers();
    const { backend } = fakeStorage();
    const spare = fakeSpare({ [PROGRESS_KEY]: JSON.stringify({ state: { learnerName: 'Kept' }, version: 1 }) });
    spare.state.hangs = true;
    const store = createProgressStore(backend, { storage: { env: fakeEnv().env, spare: spare.option } });
    let hydrated = false;
    void whenHydrated(store).then(() => (hydrated = true));
    await vi.advanceTimersByTimeAsync(2999);
    expect(hydrated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(hydrated).toBe(true);
    expect(spare.data.has(PROGRESS_KEY)).toBe(true);
  });

  it('loads no spare code when the spare holds nothing', async () => {
    const { backend } = fakeStorage();
    const load = vi.fn(fakeSpare().option.load);
    const store = createProgressStore(backend, { storage: { env: fakeEnv().env, spare: { mayHold: () => false, load } } });
    await whenHydrated(store);
    store.getState().setLearnerName('Ana');
    expect(load).not.toHaveBeenCalled();
  });
});
