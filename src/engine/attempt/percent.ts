/**
 * The one rounding rule for every score the course shows. Kept free of schemas so that pages showing a
 * percent load nothing else.
 */

/**
 * A share as a whole percent, rounded down (79.5 % shows as 79 %, never as a pass mark it did not reach).
 * A tiny epsilon absorbs float noise so 0.7 × 100 stays 70.
 */
export function percentOf(earned: number, total: number): number {
  if (!(total > 0) || !Number.isFinite(earned)) return 0;
  return Math.max(0, Math.min(100, Math.floor((earned / total) * 100 + 1e-9)));
}

/** Whether a whole percent (from `percentOf`) reaches a pass mark given as a fraction (0.8). */
export function isPassing(percent: number, passMark: number): boolean {
  return percent >= Math.round(passMark * 100);
}
