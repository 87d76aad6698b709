import type { StorageBackend } from '../../src/progress/storage.ts';

/** An in-memory storage backend whose failures tests can switch on. */
export function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const state = { blocked: false, full: false, writes: 0 };
  const backend: StorageBackend = {
    getItem(key) {
      if (state.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem(key, value) {
      if (state.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
      if (state.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      state.writes++;
      data.set(key, value);
    },
    removeItem(key) {
      if (state.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
      data.delete(key);
    },
  };
  return { backend, data, state };
}
