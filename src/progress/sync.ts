import type { StoreApi } from 'zustand';
import { mergeProgress } from './merge.ts';
import { pickData, type ProgressState } from './store.ts';
import { PROGRESS_KEY, PROGRESS_VERSION, type ProgressData } from './types.ts';

/** JSON with sorted keys, so two copies with the same data compare equal whatever order they were built in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * Keeps this tab in step with others: when another tab saves, its progress is merged into ours (never
 * replacing newer work here). Merging only when something actually differs stops two tabs echoing forever.
 */
export function startTabSync(store: StoreApi<ProgressState>, target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window) {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== PROGRESS_KEY || !event.newValue) return;
    let parsed: { state?: unknown; version?: number };
    try {
      parsed = JSON.parse(event.newValue) as { state?: unknown; version?: number };
    } catch {
      return;
    }
    if (parsed.version !== PROGRESS_VERSION) return;
    void import('./schema.ts').then(({ normalizeProgress }) => {
      const theirs: ProgressData = normalizeProgress(parsed.state);
      const ours = pickData(store.getState());
      const merged = mergeProgress(ours, theirs);
      if (canonical(merged) !== canonical(ours)) store.setState(merged);
    });
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
