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

export function backupKey(key: string): string {
  return `${key}:backup`;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

type Merge<S> = (ours: S, theirs: S) => S;

/**
 * A zustand PersistStorage that never throws and never discards a learner's data:
 * - unreadable or unparsable saved data is copied to a backup key before anything can overwrite it, and the
 *   app starts fresh with a notice offering the backup for download;
 * - a saved copy from another version is backed up before `migrate` runs;
 * - when storage is blocked, progress lives in memory and the status says so;
 * - when storage is full, the write fails quietly, the status says so, and the next write catches up;
 * - before each write, what another tab saved meanwhile is merged in, so tabs never overwrite each other.
 */
export function createSafeStorage<S>(backend: StorageBackend, options: { version: number; merge: Merge<S> }): PersistStorage<S> {
  const status = useStorageStatus.getState();
  let lastWritten: string | null = null;

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

  return {
    getItem(key) {
      const raw = readRaw(key);
      if (raw === null) return null;
      const value = parse(raw);
      if (!value) {
        keepBackup(key, raw);
        status.set({ corrupted: true });
        return null;
      }
      if (value.version !== options.version) keepBackup(key, raw);
      lastWritten = raw;
      return value;
    },
    setItem(key, value) {
      if (useStorageStatus.getState().mode === 'blocked') return;
      let toWrite = value;
      const stored = readRaw(key);
      if (stored !== null && stored !== lastWritten) {
        const theirs = parse(stored);
        if (theirs && theirs.version === options.version) {
          toWrite = { ...value, state: options.merge(value.state, theirs.state) };
        }
      }
      const raw = JSON.stringify(toWrite);
      try {
        backend.setItem(key, raw);
        lastWritten = raw;
        status.set({ mode: 'ok', lastSavedAt: Date.now() });
      } catch (error) {
        status.set({ mode: isQuotaError(error) ? 'full' : 'blocked' });
      }
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
