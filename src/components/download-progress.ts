import { exportProgress } from '../progress/export.ts';
import { pickData, useProgressStore } from '../progress/store.ts';
import type { ProgressData } from '../progress/types.ts';
import { downloadText } from './download.ts';

/**
 * "Export progress": downloads what this browser holds (or `data`) as the file Import progress reads; returns the
 * file's name, for the message that says it was saved.
 */
export function downloadProgress(data: ProgressData = pickData(useProgressStore.getState())): string {
  const { filename, json } = exportProgress(data);
  downloadText(json, filename);
  return filename;
}
