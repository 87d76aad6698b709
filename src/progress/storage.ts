import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { useStorageStatus } from './status.ts';

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
 * - when storage is full, the latest state goes to the tab's session storage (or stays in memory), the page
 *   warns before it is left, and the write is retried until it succeeds.
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
      pending = null;
      clearPending(key);
      status.set({ mode: 'ok', unsaved: false, lastSavedAt: Date.now() });
    } catch (error) {
      if (!isQuotaError(error)) {
        status.set({ mode: 'blocked' });
        return;
      }
      try {
        options.fallback?.setItem(pendingKey(key), raw);
      } catch {
        // Session storage is full too: the state stays in memory, and leaving the page is warned about.
      }
      status.set({ mode: 'full', unsaved: true });
      if (env) timer = env.setTimeout(flush, retryEvery);
    }
  };

  if (env) {
    // Write at once when the learner switches away or leaves; warn while anything could not be written.
    env.addEventListener('pagehide', flush);
    env.addEventListener('visibilitychange', () => {
      if (typeof document !== 'undefined' && document.visibilityState === 'hidden') flush();
    });
    env.addEventListener('beforeunload', (event: Event) => {
      flush();
      if (pending && !readOnly && useStorageStatus.getState().unsaved) event.preventDefault();
    });
  }

  return {
    getItem(key) {
      const raw = readRaw(key);
      const kept = readPending(key);
      if (raw === null) return kept && options.normalize ? options.normalize().then((normalize) => ({ ...kept, state: normalize(kept.state) })) : kept;
      const value = parse(raw);
      if (!value) {
        keepBackup(key, raw);
        status.set({ corrupted: true });
        return kept;
      }
      if ((value.version ?? 0) > options.version) {
        // Never overwrite a newer version's data: leave it, offer it, and work in memory here.
        readOnly = true;
        status.set({ newer: raw });
        return null;
      }
      lastWritten = raw;
      // An older version goes to `migrate` as saved (with a backup kept first).
      if (value.version !== options.version) {
        keepBackup(key, raw);
        return value;
      }
      const load = options.normalize;
      if (!load) return kept ? { ...value, state: options.merge(value.state, kept.state) } : value;
      return load().then((normalize) => {
        const state = normalize(value.state);
        // Work saved to session storage while the main storage was full is merged back in.
        return { ...value, state: kept ? options.merge(state, normalize(kept.state)) : state };
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
