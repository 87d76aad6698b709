import { PROGRESS_VERSION, type ProgressData } from './types.ts';

/** Thrown for data saved by a newer Frontline (the safe storage never lets such data reach `migrate`). */
export class NewerVersionError extends Error {
  override name = 'NewerVersionError';
}

/**
 * zustand persist's `migrate`: brings data saved under any earlier version to the current shape.
 * Version 1 is the first released shape, so there is no older one to convert yet; every earlier version
 * still passes through `normalizeProgress`, which keeps what it can read. When a future version changes the
 * shape, add a step here (`if (version < 2) …`) with a fixture test of the old shape. The schema loads on
 * demand, like every read of saved data.
 *
 * A field added as optional needs no step and no new version: the schema reads records without it, and older
 * Frontlines (another tab not yet reloaded) still read records with it. So it was for a finished attempt's
 * per-question scores (`questionScores`): records saved before them have none, and `questionScoresOf`
 * (attempt-grade.ts) grades those from their answers, as every page did before.
 */
export async function migrateProgress(persisted: unknown, version: number): Promise<ProgressData> {
  if (version > PROGRESS_VERSION) {
    throw new NewerVersionError(`Progress was saved by a newer version of Frontline (v${version}).`);
  }
  const { normalizeProgress } = await import('./schema.ts');
  return normalizeProgress(persisted);
}
