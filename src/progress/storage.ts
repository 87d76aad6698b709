import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { useStorageStatus } from './status.ts';
import type { SpareKeeper } from './spare-storage.ts';

/**
 * Where progress is kept. localStorage today; an LMS's suspend_data could be another backend with the same
 * three methods. Every method may throw (blocked storage, quota): the safe adapter below absorbs that.
 */
export interface StorageBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The browser's localStorage, looked up lazily: merely reading `window.localStorage` throws when it is blocked. */
export const localStorageBackend: StorageBackend = {
  getItem: (key) => window.localStorage.getItem(key),
  setItem: (key, value) => window.localStorage.setItem(key, value),
  removeItem: (key) => window.localStorage.removeItem(key),
};

/** This tab's sessionStorage: where work waits while localStorage is full (it survives a reload). */
export const sessionStorageBackend: StorageBackend = {
  getItem: (key) => window.sessionStorage.getItem(key),
  setItem: (key, value) => window.sessionStorage.setItem(key, value),
  removeItem: (key) => window.sessionStorage.removeItem(key),
};

/**
 * A store with a quota of its own, asynchronous, for when the others refuse writes: IndexedDB in the browser
 * (spare-storage.ts). Its code loads only when it is needed.
 */
export interface SpareOption {
  /** Whether the spare may hold saved work, answered without loading its code: at once, or as a promise. */
  mayHold(): boolean | Promise<boolean>;
  /** Loads and opens the spare: when a write needs it, or when `mayHold` says it may hold work. */
  load(): Promise<SpareKeeper>;
}

const SPARE_DATABASE = 'frontline-spare';
/** How long a start waits for the spare's answer before going on without it (it is then left alone). */
const SPARE_READ_TIMEOUT = 3000;

/** IndexedDB as the spare. A learner whose storage never filled up loads none of its code and gets no database. */
export const indexedDbSpare: SpareOption = {
  mayHold() {
    if (typeof indexedDB === 'undefined') return false;
    // Listing the databases opens (and creates) none. A browser without the list opens the spare to look.
    if (typeof indexedDB.databases !== 'function') return true;
    return indexedDB.databases().then(
      (databases) => databases.some((database) => database.name === SPARE_DATABASE),
      () => true,
    );
  },
  load: () => import('./spare-storage.ts').then((spare) => spare.openSpare(SPARE_DATABASE)),
};

export function backupKey(key: string): string {
  return `${key}:backup`;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

type Merge<S> = (ours: S, theirs: S) => S;

export interface SafeStorageOptions<S> {
  version: number;
  merge: Merge<S>;
  /**
   * Where writes go while the main storage is full: this tab's sessionStorage (a separate quota that
   * survives a reload). Read back and merged on the next load.
   */
  fallback?: StorageBackend;
  /**
   * Where writes also go while the main storage is full: a store with its own quota (IndexedDB), which survives
   * a reload and closing the tab even when session storage refuses too. Read back and merged on the next load.
   */
  spare?: SpareOption;
  /** How long to gather changes before writing (ms): a keystroke only marks the state dirty. */
  delay?: number;
  /** How often to retry a failed write (ms). */
  retryEvery?: number;
  /**
   * Reads saved state into the current shape (the progress schema). It is loaded only when there is saved
   * data to read, so a first visit downloads no schema code; without it the state is passed on as saved.
   */
  normalize?: () => Promise<(state: unknown) => S>;
  /** Timers and page events (the real store passes `window`); without them every write happens at once. */
  env?: Pick<Window, 'setTimeout' | 'clearTimeout' | 'addEventListener'>;
}

export function pendingKey(key: string): string {
  return `${key}:pending`;
}

/**
 * A zustand PersistStorage that never throws and never discards a learner's data:
 * - unreadable or unparsable saved data is copied to a backup key before anything can overwrite it, and the
 *   app starts fresh with a notice offering the backup for download;
 * - data saved by a newer version is never overwritten: it is left in place, offered for download, and this
 *   tab works in memory (told so);
 * - when storage is blocked, progress lives in memory and the status says so;
 * - writes are gathered for `delay` ms (one JSON write per burst of typing, and at once when the page is
 *   hidden or left); before each write, what another tab saved meanwhile is merged in;
 * - when storage is full, the latest state goes to the tab's session storage and to the spare (IndexedDB), the
 *   write is retried until it succeeds, and the page warns before it is left while closing it would lose work
 *   (until the spare holds it). On the next load, whatever the session storage and the spare hold is merged in
 *   (mergeProgress's rules: answer by answer, and a newer reset or replace wins whole).
 */
export function createSafeStorage<S>(backend: StorageBackend, options: SafeStorageOptions<S>): PersistStorage<S> {
  const status = useStorageStatus.getState();
  const env = options.env;
  const delay = options.delay ?? 250;
  const retryEvery = options.retryEvery ?? 4000;
  let lastWritten: string | null = null;
  let pending: { key: string; value: StorageValue<S> } | null = null;
  let timer: number | undefined;
  let readOnly = false;
  // The spare (IndexedDB): opened once, when first needed; the latest state it holds for sure; off when this
  // start found data that is not ours to overwrite (a newer or an older version's).
  let keeper: Promise<SpareKeeper> | undefined;
  const spare = () => (keeper ??= options.spare!.load());
  let spareHas: string | null = null;
  let spareOff = false;
  let lastRefused: string | null = null;

  const readRaw = (key: string): string | null => {
    try {
      return backend.getItem(key);
    } catch {
      status.set({ mode: 'blocked' });
      return null;
    }
  };

  const parse = (raw: string): StorageValue<S> | null => {
    try {
      const value = JSON.parse(raw) as StorageValue<S>;
      if (value && typeof value === 'object' && typeof value.state === 'object' && value.state !== null) return value;
    } catch {
      // fall through: treated as corrupted below
    }
    return null;
  };

  const keepBackup = (key: string, raw: string) => {
    try {
      backend.setItem(backupKey(key), raw);
    } catch {
      // Storage refuses even the backup: keep it in memory so the learner can still download it.
    }
    status.set({ backup: raw });
  };

  const readPending = (key: string): StorageValue<S> | null => {
    try {
      const raw = options.fallback?.getItem(pendingKey(key));
      const value = raw ? parse(raw) : null;
      return value && value.version === options.version ? value : null;
    } catch {
      return null;
    }
  };

  const clearPending = (key: string) => {
    try {
      options.fallback?.removeItem(pendingKey(key));
    } catch {
      // nothing kept there
    }
  };

  const keptInSpare = { kept: 'spare', unsaved: false } as const;

  /** The latest refused write goes to the spare too; the status says so once it is kept there. */
  const keepInSpare = (key: string, raw: string) => {
    if (!options.spare || spareOff || raw === spareHas) return;
    spare()
      .then((kept) => kept.keep(key, raw, () => lastRefused === raw))
      .then((kept) => {
        if (!kept || lastRefused !== raw) return;
        spareHas = raw;
        status.set(keptInSpare);
      }, () => undefined);
  };

  const flush = (): void => {
    if (env && timer !== undefined) env.clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { key, value } = pending;
    if (readOnly || useStorageStatus.getState().mode === 'blocked') return;
    let toWrite = value;
    const stored = readRaw(key);
    if (stored !== null && stored !== lastWritten) {
      const theirs = parse(stored);
      if (theirs && theirs.version === options.version) toWrite = { ...value, state: options.merge(value.state, theirs.state) };
    }
    const raw = JSON.stringify(toWrite);
    try {
      backend.setItem(key, raw);
      lastWritten = raw;
      lastRefused = null;
      pending = null;
      clearPending(key);
      spareHas = null;
      // Everything is in the main storage again: the spare is emptied (if it was ever opened).
      void keeper?.then((kept) => kept.clear(key));
      status.set({ mode: 'ok', unsaved: false, kept: null, lastSavedAt: Date.now() });
    } catch (error) {
      if (!isQuotaError(error)) {
        status.set({ mode: 'blocked' });
        return;
      }
      let inSession = false;
      try {
        options.fallback?.setItem(pendingKey(key), raw);
        inSession = options.fallback !== undefined;
      } catch {
        // Session storage is full too: the spare (IndexedDB) is the only place left besides memory.
      }
      lastRefused = raw;
      status.set({ mode: 'full', ...(raw === spareHas ? keptInSpare : { kept: inSession ? 'session' : 'memory', unsaved: true }) });
      keepInSpare(key, raw);
      if (env) timer = env.setTimeout(flush, retryEvery);
    }
  };

  /** The copies read through the schema and merged into one (null when there are none). */
  const combine = (copies: StorageValue<S>[], normalize?: (state: unknown) => S): StorageValue<S> | null => {
    const read = normalize ? copies.map((copy) => ({ ...copy, state: normalize(copy.state) })) : copies;
    return read.reduce<StorageValue<S> | null>((merged, copy) => (merged ? { ...merged, state: options.merge(merged.state, copy.state) } : copy), null);
  };

  if (env) {
    // Write at once when the learner switches away or leaves; warn while anything could not be written.
    env.addEventListener('pagehide', flush);
    env.addEventListener('visibilitychange', () => {
      if (typeof document !== 'undefined' && document.visibilityState === 'hidden') flush();
    });
    env.addEventListener('beforeunload', (event: Event) => {
      flush();
      // Only while closing the page would lose work: not once the spare (IndexedDB) holds it.
      if (pending && !readOnly && useStorageStatus.getState().unsaved) event.preventDefault();
    });
  }

  return {
    getItem(key) {
      const raw = readRaw(key);
      // Every copy of the current version, in order: the main storage's, then what waited in session storage
      // while it was full; the spare's (IndexedDB) is read below and merged last.
      const copies: StorageValue<S>[] = [];
      if (raw !== null) {
        const value = parse(raw);
        if (!value) {
          keepBackup(key, raw);
          status.set({ corrupted: true });
        } else if ((value.version ?? 0) > options.version) {
          // Never overwrite a newer version's data: leave it, offer it, and work in memory here.
          readOnly = true;
          spareOff = true;
          status.set({ newer: raw });
          return null;
        } else {
          lastWritten = raw;
          // An older version goes to `migrate` as saved (with a backup kept first); the spare is left as it is.
          if (value.version !== options.version) {
            keepBackup(key, raw);
            spareOff = true;
            return value;
          }
          copies.push(value);
        }
      }
      const kept = readPending(key);
      if (kept) copies.push(kept);
      const spareMayHold = options.spare ? options.spare.mayHold() : false;
      if (spareMayHold === false && (copies.length === 0 || !options.normalize)) return combine(copies);
      const normalizing = copies.length > 0 ? options.normalize?.() : undefined;
      // The spare's copy, if it may hold one: never an error, and not waited for beyond SPARE_READ_TIMEOUT.
      const readSpare = Promise.resolve(spareMayHold)
        .then((mayHold) => (mayHold ? spare().then((kept) => kept.read(key, options.version, SPARE_READ_TIMEOUT) as Promise<StorageValue<S> | null>) : null))
        .catch(() => null);
      return readSpare.then(async (spareCopy) => {
        const all = spareCopy ? [...copies, spareCopy] : copies;
        const normalize = all.length > 0 ? await (normalizing ?? options.normalize?.()) : undefined;
        return combine(all, normalize);
      });
    },
    setItem(key, value) {
      pending = { key, value };
      if (readOnly) return;
      if (!env) return flush();
      if (timer === undefined) timer = env.setTimeout(flush, delay);
    },
    removeItem(key) {
      try {
        backend.removeItem(key);
      } catch {
        // nothing to remove from blocked storage
      }
    },
  };
}
/** Checks once whether storage can be used at all (private modes and sandboxed iframes may refuse it). */
export function probeStorage(backend: StorageBackend): boolean {
  try {
    const key = '__frontline_probe__';
    backend.setItem(key, '1');
    backend.removeItem(key);
    return true;
  } catch (error) {
    // A full storage still works for reading; only a refusal to run at all means "blocked".
    return isQuotaError(error);
  }
}
