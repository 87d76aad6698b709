import { PROGRESS_VERSION, type ProgressData } from './types.ts';

/** Export of progress as a JSON file. No schema code: exporting must work from any page, even a broken one. */
export interface ProgressExport {
  app: 'frontline';
  version: number;
  exportedAt: string;
  progress: ProgressData;
}

export function exportProgress(progress: ProgressData, now = new Date()): { filename: string; json: string } {
  const file: ProgressExport = { app: 'frontline', version: PROGRESS_VERSION, exportedAt: now.toISOString(), progress };
  return { filename: `frontline-progress-${now.toISOString().slice(0, 10)}.json`, json: JSON.stringify(file, null, 2) };
}
