import { createStore, del, get, set } from 'idb-keyval';

/**
 * The spare store for saved progress: IndexedDB, which has a quota of its own, for when localStorage and session
 * storage refuse writes (storage.ts decides when). Through idb-keyval: a few hundred bytes, widely used, and it
 * handles the transactions and the connection (re-opened when a browser closes it), which we would otherwise
 * write and test ourselves. This module loads only when the spare is needed: a write the other stores refused, or
 * a start that finds the spare's database (`indexedDbSpare` in storage.ts). A learner whose storage never filled
 * up downloads none of it.
 */

/** An asynchronous key-value store: IndexedDB through idb-keyval here, a fake one in tests. */
export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: string): Promise<void>;
  del(key: string): Promise<void>;
}

/** The spare as storage.ts uses it. Nothing here rejects: a spare that fails is a spare that keeps nothing. */
export interface SpareKeeper {
  /**
   * What the spare holds for `key`, if it is a saved state of `version` (`{ state, version }` as JSON); null when
   * it holds nothing. When it holds something it cannot use (unreadable, another version, no answer within
   * `timeout` ms), the spare is left alone from then on: never overwritten nor cleared, for a later start to read.
   */
  read(key: string, version: number, timeout: number): Promise<{ state: unknown; version: number } | null>;
  /** Keeps `raw`, after any write before it; resolves true once it is kept, false if it was not. */
  keep(key: string, raw: string, stillWanted: () => boolean): Promise<boolean>;
  /** Empties the spare, once the main storage holds everything (after any write before it). */
  clear(key: string): void;
  /** Leaves the spare alone from now on (storage.ts found data it must not overwrite). */
  leave(): void;
}

export function createKeeper(store: KeyValue): SpareKeeper {
  let queue: Promise<unknown> = Promise.resolve();
  let holds = false;
  let untouchable = false;
  const after = <T>(task: () => Promise<T>, fallback: T): Promise<T> => {
    const next = queue.then(task).catch(() => fallback);
    queue = next;
    return next;
  };
  return {
    async read(key, version, timeout) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        const found = await Promise.race([
          store.get(key),
          new Promise<never>((_, reject) => {
            timer = setTimeout(reject, timeout);
          }),
        ]);
        if (found === undefined) return null;
        const value = typeof found === 'string' ? (JSON.parse(found) as { state?: unknown; version?: unknown }) : null;
        if (value && typeof value.state === 'object' && value.state !== null && value.version === version) {
          holds = true;
          return { state: value.state, version };
        }
      } catch {
        // unreadable now: left alone below
      } finally {
        clearTimeout(timer);
      }
      untouchable = true;
      return null;
    },
    keep: (key, raw, stillWanted) =>
      after(async () => {
        if (untouchable || !stillWanted()) return false;
        holds = true;
        await store.set(key, raw);
        return true;
      }, false),
    clear(key) {
      if (!holds || untouchable) return;
      holds = false;
      void after(() => store.del(key), undefined);
    },
    leave() {
      untouchable = true;
    },
  };
}

/** The spare in IndexedDB: a database of its own, with one object store. */
export function openSpare(database: string): SpareKeeper {
  const store = createStore(database, 'progress');
  return createKeeper({
    get: (key) => get<unknown>(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
  });
}
