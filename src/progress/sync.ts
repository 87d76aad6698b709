import type { StoreApi } from 'zustand';
import type { ProgressState } from './store.ts';
import { PROGRESS_KEY } from './types.ts';
import type { TabMemory } from './tab-merge.ts';

/**
 * Keeps this tab in step with others: when another tab saves, its progress is merged into ours, and ours is saved
 * again if theirs lacks something (see tab-merge.ts). The merging code loads with the first save from another tab:
 * most visits have one tab, and it is not part of the first visit's script.
 */
export function startTabSync(store: StoreApi<ProgressState>, target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window) {
  const memory: TabMemory = { lastResaved: null };
  const onStorage = (event: StorageEvent) => {
    const raw = event.newValue;
    if (event.key !== PROGRESS_KEY || !raw) return;
    void import('./tab-merge.ts').then(({ takeOtherTabSave }) => takeOtherTabSave(store, raw, memory));
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
