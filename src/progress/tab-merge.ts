import type { StoreApi } from 'zustand';
import { mergeProgress } from './merge.ts';
import { normalizeProgress } from './schema.ts';
import { pickData, takeIn, type ProgressState } from './store.ts';
import { PROGRESS_VERSION, type ProgressData } from './types.ts';

/** JSON with sorted keys, so two copies with the same data compare equal whatever order they were built in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** What a tab remembers between other tabs' saves: the content it last saved again because theirs lacked it. */
export interface TabMemory {
  lastResaved: string | null;
}

/**
 * Another tab saved `raw`: its progress is merged into ours (never replacing newer work here). Merging only when
 * something actually differs stops two tabs echoing forever.
 *
 * And when their save lacks something this tab holds, this tab saves again. Each tab merges what is stored before
 * it writes, but tabs can run in different processes and a write is not seen everywhere at once: a tab can write
 * its copy over a save it has not seen yet (a lesson just marked complete next door, or data from before a reset).
 * Without the second save the stored copy would stay without it until this tab's next change, and lose it if this
 * tab closed first. "Lacks" is judged by merging ours into theirs with ties going to theirs, so two tabs agree when
 * they hold the same things; the same content is never saved twice in a row for this reason.
 */
export function takeOtherTabSave(store: StoreApi<ProgressState>, raw: string, memory: TabMemory): void {
  let parsed: { state?: unknown; version?: number };
  try {
    parsed = JSON.parse(raw) as { state?: unknown; version?: number };
  } catch {
    return;
  }
  if (parsed.version !== PROGRESS_VERSION) return;
  const theirs: ProgressData = normalizeProgress(parsed.state);
  const ours = pickData(store.getState());
  const merged = mergeProgress(ours, theirs);
  const mergedText = canonical(merged);
  if (mergedText !== canonical(ours)) {
    // What their save brings (an attempt finished, a lesson completed there) goes in the journal, for the LMS.
    store.setState(takeIn(store.getState(), merged));
    return;
  }
  if (canonical(mergeProgress(theirs, ours)) === canonical(theirs) || mergedText === memory.lastResaved) return;
  memory.lastResaved = mergedText;
  store.setState({ ...merged });
}
