import { create } from 'zustand';

/**
 * The health of saving, for the banners: not persisted (it describes this tab's storage right now).
 * - mode `ok`: saving works; `blocked`: storage refused (progress kept in memory only); `full`: the last save
 *   failed for lack of room (the work is kept in this tab's session storage or memory and retried).
 * - `unsaved`: changes not yet written to lasting storage (a warning is shown before leaving the page).
 * - `corrupted` + `backup`: saved data could not be read; the raw text is kept for download.
 * - `newer`: the saved data comes from a newer Frontline; it is left untouched and offered for download.
 */
export interface StorageStatus {
  mode: 'ok' | 'blocked' | 'full';
  unsaved: boolean;
  corrupted: boolean;
  backup: string | null;
  newer: string | null;
  lastSavedAt: number | null;
  set: (patch: Partial<Omit<StorageStatus, 'set'>>) => void;
}

export const useStorageStatus = create<StorageStatus>()((set) => ({
  mode: 'ok',
  unsaved: false,
  corrupted: false,
  backup: null,
  newer: null,
  lastSavedAt: null,
  set: (patch) => set(patch),
}));
