import { create } from 'zustand';

/**
 * The health of saving, for the banners: not persisted (it describes this tab's storage right now).
 * - mode `ok`: saving works; `blocked`: storage refused (progress kept in memory only); `full`: the last save
 *   failed for lack of room (the work is kept where `kept` says, and the save retried).
 * - `unsaved`: changes that closing the page would lose (a warning is shown before leaving it).
 * - `kept`: while `full`, where the latest work waits: `spare` (IndexedDB: survives a reload and closing the
 *   tab), `session` (this tab's session storage: survives a reload, not closing the tab) or `memory` (this page
 *   only); null while saving works.
 * - `corrupted` + `backup`: saved data could not be read; the raw text is kept for download.
 * - `newer`: the saved data comes from a newer Frontline; it is left untouched and offered for download.
 */
export interface StorageStatus {
  mode: 'ok' | 'blocked' | 'full';
  unsaved: boolean;
  kept: 'spare' | 'session' | 'memory' | null;
  corrupted: boolean;
  backup: string | null;
  newer: string | null;
  lastSavedAt: number | null;
  set: (patch: Partial<Omit<StorageStatus, 'set'>>) => void;
}

export const useStorageStatus = create<StorageStatus>()((set) => ({
  mode: 'ok',
  unsaved: false,
  kept: null,
  corrupted: false,
  backup: null,
  newer: null,
  lastSavedAt: null,
  set: (patch) => set(patch),
}));
