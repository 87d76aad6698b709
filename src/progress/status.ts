import { create } from 'zustand';

/**
 * The health of saving, for the banners: not persisted (it describes this tab's storage right now).
 * - mode `ok`: saving works; `blocked`: storage refused (progress kept in memory only); `full`: the last save failed.
 * - `corrupted` + `backup`: saved data could not be read; the raw text is kept for download.
 */
export interface StorageStatus {
  mode: 'ok' | 'blocked' | 'full';
  corrupted: boolean;
  backup: string | null;
  lastSavedAt: number | null;
  set: (patch: Partial<Omit<StorageStatus, 'set'>>) => void;
}

export const useStorageStatus = create<StorageStatus>()((set) => ({
  mode: 'ok',
  corrupted: false,
  backup: null,
  lastSavedAt: null,
  set: (patch) => set(patch),
}));
