import { beforeEach, describe, expect, it, vi } from 'vitest';
import { whenHydrated, createProgressStore, pickData } from '../../src/progress/store.ts';
import { migrateProgress } from '../../src/progress/migrations.ts';
import { useStorageStatus } from '../../src/progress/status.ts';
import { backupKey } from '../../src/progress/storage.ts';
import { emptyProgress, PROGRESS_KEY, PROGRESS_VERSION } from '../../src/progress/types.ts';
import { fakeStorage } from './fake-storage.ts';

const saved = (state: unknown, version = PROGRESS_VERSION) => JSON.stringify({ state, version });
const stored = (data: Map<string, string>) => JSON.parse(data.get(PROGRESS_KEY) ?? 'null') as { state: ReturnType<typeof emptyProgress>; version: number };

beforeEach(() => {
  useStorageStatus.setState({ mode: 'ok', unsaved: false, corrupted: false, backup: null, newer: null, lastSavedAt: null });
});

describe('progress store', () => {
  it('saves each change under frontline-progress with its version', () => {
    const { backend, data } = fakeStorage();
    const store = createProgressStore(backend);
    store.getState().completeLesson('star-method');
    expect(stored(data).version).toBe(PROGRESS_VERSION);
    expect(stored(data).state.lessons['star-method']?.completedAt).toBeTruthy();
    expect(useStorageStatus.getState().lastSavedAt).not.toBeNull();
  });

  it('restores saved progress on start (a reload), once the schema has read it', async () => {
    const { backend, data } = fakeStorage();
    createProgressStore(backend).getState().setReflection('r1', 'Listen first.');
    const reloaded = createProgressStore(fakeStorage(Object.fromEntries(data)).backend);
    await whenHydrated(reloaded);
    expect(reloaded.persist.hasHydrated()).toBe(true);
    expect(reloaded.getState().reflections.r1?.text).toBe('Listen first.');
  });

  it('persists data only, never actions', () => {
    const { backend, data } = fakeStorage();
    createProgressStore(backend).getState().setLearnerName('Amara');
    expect(Object.keys(stored(data).state).sort()).toEqual(Object.keys(pickData(emptyProgress())).sort());
  });

  it('reset returns to the initial state and saves that', () => {
    const { backend, data } = fakeStorage();
    const store = createProgressStore(backend);
    store.getState().completeLesson('a');
    store.getState().reset();
    expect(store.getState().lessons).toEqual({});
    expect(stored(data).state.lessons).toEqual({});
  });
});

describe('zustand persist traps', () => {
  it('corrupted JSON: the raw value is backed up, hydration finishes, the app starts fresh with a notice', () => {
    const { backend, data } = fakeStorage({ [PROGRESS_KEY]: '{"state": {"lessons": ' });
    const store = createProgressStore(backend);
    expect(store.persist.hasHydrated()).toBe(true);
    expect(data.get(backupKey(PROGRESS_KEY))).toBe('{"state": {"lessons": ');
    expect(useStorageStatus.getState()).toMatchObject({ corrupted: true, backup: '{"state": {"lessons": ' });
    store.getState().completeLesson('a');
    // The backup survives the first save.
    expect(data.get(backupKey(PROGRESS_KEY))).toBe('{"state": {"lessons": ');
  });

  it('data from a newer version is never overwritten, and is offered for download', () => {
    const newer = saved({ lessons: { a: { completedAt: '2026-01-01' } } }, PROGRESS_VERSION + 1);
    const { backend, data } = fakeStorage({ [PROGRESS_KEY]: newer });
    const store = createProgressStore(backend);
    store.getState().completeLesson('b');
    store.getState().setLearnerName('Sam');
    expect(data.get(PROGRESS_KEY)).toBe(newer);
    expect(useStorageStatus.getState().newer).toBe(newer);
    expect(store.getState().lessons.b?.completedAt).toBeDefined();
  });

  it('migrate is called with (oldState, oldVersion) for data saved under an earlier version', async () => {
    const old = { lessons: { a: { completedAt: '2026-01-01T00:00:00.000Z' } }, learnerName: 'Sam' };
    const { backend } = fakeStorage({ [PROGRESS_KEY]: saved(old, 0) });
    const migrate = vi.fn(migrateProgress);
    const store = createProgressStore(backend, { migrate });
    await whenHydrated(store);
    expect(migrate).toHaveBeenCalledWith(old, 0);
    expect(store.getState().lessons.a?.completedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(store.getState().learnerName).toBe('Sam');
  });

  it('blocked storage: store.persist still exists, progress lives in memory, the status says blocked', () => {
    const { backend, state } = fakeStorage();
    state.blocked = true;
    const store = createProgressStore(backend);
    expect(store.persist).toBeDefined();
    expect(useStorageStatus.getState().mode).toBe('blocked');
    expect(() => store.getState().completeLesson('a')).not.toThrow();
    expect(store.getState().lessons.a?.completedAt).toBeTruthy();
  });

  it('full storage: set() does not throw, memory keeps the change, and the next good save catches up', () => {
    const { backend, data, state } = fakeStorage();
    const store = createProgressStore(backend);
    state.full = true;
    expect(() => store.getState().completeLesson('a')).not.toThrow();
    expect(store.getState().lessons.a?.completedAt).toBeTruthy();
    expect(useStorageStatus.getState().mode).toBe('full');
    state.full = false;
    store.getState().visitLesson('b');
    expect(useStorageStatus.getState().mode).toBe('ok');
    expect(stored(data).state.lessons.a?.completedAt).toBeTruthy();
    expect(stored(data).state.lessons.b?.visitedAt).toBeTruthy();
  });

  it('a write merges what another tab saved meanwhile instead of overwriting it', () => {
    const shared = fakeStorage();
    const tabA = createProgressStore(shared.backend);
    const tabB = createProgressStore(shared.backend);
    tabA.getState().completeLesson('a');
    tabB.getState().completeLesson('b');
    expect(Object.keys(stored(shared.data).state.lessons).sort()).toEqual(['a', 'b']);
  });
});
