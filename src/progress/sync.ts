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
 *
 * And when another tab's save lacks something this tab holds, this tab saves again. Each tab merges what is stored
 * before it writes, but tabs can run in different processes and a write is not seen everywhere at once: a tab can
 * write its copy over a save it has not seen yet (a lesson just marked complete next door, or data from before a
 * reset). Without the second save the stored copy would stay without it until this tab's next change, and lose it
 * if this tab closed first. "Lacks" is judged by merging ours into theirs with ties going to theirs, so two tabs
 * agree when they hold the same things; the same content is never saved twice in a row for this reason.
 */
export function startTabSync(store: StoreApi<ProgressState>, target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window) {
  let lastResaved: string | null = null;
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
      const mergedText = canonical(merged);
      if (mergedText !== canonical(ours)) {
        store.setState(merged);
        return;
      }
      const theirsText = canonical(theirs);
      if (canonical(mergeProgress(theirs, ours)) === theirsText || mergedText === lastResaved) return;
      lastResaved = mergedText;
      store.setState({ ...merged });
    });
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
