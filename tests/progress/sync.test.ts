import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgressStore, pickData } from '../../src/progress/store.ts';
import { useStorageStatus } from '../../src/progress/status.ts';
import { startTabSync } from '../../src/progress/sync.ts';
import { PROGRESS_KEY, PROGRESS_VERSION, type ProgressData } from '../../src/progress/types.ts';
import { fakeStorage } from './fake-storage.ts';

/**
 * Two tabs, each with its own view of storage, as in a browser that runs tabs in separate processes: a tab's
 * write reaches the other tab (its storage and a `storage` event) only when the test delivers it, so the test
 * decides which write lands last.
 */
function twoTabs() {
  const make = () => {
    const { backend, data } = fakeStorage();
    const outbox: string[] = [];
    const write = backend.setItem.bind(backend);
    backend.setItem = (key, value) => {
      write(key, value);
      if (key === PROGRESS_KEY) outbox.push(value);
    };
    const listeners = new Set<(event: StorageEvent) => void>();
    const target = {
      addEventListener: (_type: string, listener: (event: StorageEvent) => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: (event: StorageEvent) => void) => listeners.delete(listener),
    } as unknown as Pick<Window, 'addEventListener' | 'removeEventListener'>;
    const store = createProgressStore(backend);
    startTabSync(store, target);
    /** Another tab's write arrives: it lands in this tab's storage, then the event fires. */
    const receive = (value: string) => {
      data.set(PROGRESS_KEY, value);
      for (const listener of listeners) listener({ key: PROGRESS_KEY, newValue: value } as StorageEvent);
    };
    const stored = () => (JSON.parse(data.get(PROGRESS_KEY) ?? 'null') as { state: ProgressData } | null)?.state;
    return { store, outbox, receive, stored };
  };
  const a = make();
  const b = make();
  /** Delivers every write in both directions until neither tab writes again; returns how many were delivered. */
  const settle = async () => {
    let delivered = 0;
    for (let round = 0; round < 50; round++) {
      const fromA = a.outbox.splice(0);
      const fromB = b.outbox.splice(0);
      if (fromA.length + fromB.length === 0) {
        // A tab merges after loading the schema: give any merge in flight its turn before calling it quiet.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (a.outbox.length + b.outbox.length === 0) return delivered;
        continue;
      }
      for (const value of fromA) b.receive(value);
      for (const value of fromB) a.receive(value);
      delivered += fromA.length + fromB.length;
      await vi.waitFor(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    throw new Error('the two tabs kept writing to each other');
  };
  return { a, b, settle };
}

// A tab merges after loading its merging module: load it once here so each merge takes only a turn of the event loop.
await import('../../src/progress/tab-merge.ts');

beforeEach(() => {
  useStorageStatus.setState({ mode: 'ok', unsaved: false, corrupted: false, backup: null, newer: null, lastSavedAt: null });
});

describe('tab sync', () => {
  it('a change in one tab reaches the other, and the two stop writing once they agree', async () => {
    const { a, b, settle } = twoTabs();
    a.store.getState().completeLesson('star-method');
    b.store.getState().setReflection('r1', 'Listen first.');
    const delivered = await settle();
    expect(delivered).toBeLessThan(10);
    for (const tab of [a, b]) {
      expect(tab.store.getState().lessons['star-method']?.completedAt).toBeTruthy();
      expect(tab.store.getState().reflections.r1?.text).toBe('Listen first.');
    }
  });

  it('a save overwritten by another tab’s older copy is saved again by the tab that holds it', async () => {
    const { a, b, settle } = twoTabs();
    b.store.getState().visitLesson('star-method');
    // A learns of B's visit and saves its merged copy, but that write is slow to reach B…
    a.receive(b.outbox.splice(0)[0]!);
    await vi.waitFor(() => expect(a.outbox.length).toBeGreaterThan(0));
    const slowCopy = a.outbox.splice(0);
    // …meanwhile B marks the lesson complete. A's older copy then lands over B's save (B's write to A is lost).
    b.store.getState().completeLesson('star-method');
    b.outbox.splice(0);
    for (const value of slowCopy) b.receive(value);
    expect(b.stored()?.lessons['star-method']?.completedAt).toBeUndefined();
    // B notices the stored copy lacks its completion and saves again; A takes it from there.
    await settle();
    expect(b.stored()?.lessons['star-method']?.completedAt).toBeTruthy();
    expect(a.store.getState().lessons['star-method']?.completedAt).toBeTruthy();
  });

  it('a stale tab writing data from before a reset is answered with the reset copy', async () => {
    const { a, b, settle } = twoTabs();
    a.store.getState().completeLesson('star-method');
    await settle();
    expect(b.store.getState().lessons['star-method']?.completedAt).toBeTruthy();
    a.store.getState().reset();
    a.outbox.splice(0);
    // B has not heard of the reset yet and saves a visit with the old data; its write reaches A.
    b.store.getState().visitLesson('difficult-customers');
    await settle();
    expect(a.stored()?.lessons).toEqual({});
    expect(b.stored()?.lessons).toEqual({});
    expect(b.store.getState().lessons).toEqual({});
  });

  it('identical copies cause no writes', async () => {
    const { a, b, settle } = twoTabs();
    a.store.getState().completeLesson('star-method');
    await settle();
    const before = [a.outbox.length, b.outbox.length];
    b.receive(JSON.stringify({ state: pickData(a.store.getState()), version: PROGRESS_VERSION }));
    a.receive(JSON.stringify({ state: pickData(b.store.getState()), version: PROGRESS_VERSION }));
    await settle();
    expect([a.outbox.length, b.outbox.length]).toEqual(before);
  });
});
