/**
 * Hand-written shape checks for responses read back from storage. The engine stays free of zod so it can
 * run anywhere (workers, Node scripts, tests) and so a scorer can never throw on odd input.
 */
import type { QuestionKind, Score } from './types.ts';

/** An `invalid` score with a reason a learner or trainer can read. */
export function invalid(reason: string): Score {
  return { kind: 'invalid', reason };
}

/** A `points` score: `earned` out of `total`. */
export function earnedScore(earned: number, total: number): Score {
  return { kind: 'points', earned, total };
}

/** True for plain objects (not arrays, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for an array whose every element is a string. */
export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Returns the response as a record when it is an object of the expected kind, or a reason why not.
 * Checking `kind` catches answers saved for an older version of a question whose kind has changed.
 */
export function asResponseOf(
  response: unknown,
  kind: QuestionKind,
): { ok: true; value: Record<string, unknown> } | { ok: false; score: Score } {
  if (response === undefined || response === null) return { ok: false, score: invalid('not answered') };
  if (!isRecord(response)) return { ok: false, score: invalid(`expected a ${kind} response object`) };
  if (response.kind !== kind) {
    return { ok: false, score: invalid(`expected a ${kind} response, got ${describeKind(response.kind)}`) };
  }
  return { ok: true, value: response };
}

function describeKind(kind: unknown): string {
  return typeof kind === 'string' ? `a ${kind} response` : 'a response without a kind';
}

/** The first value that appears twice, if any. */
export function firstDuplicate(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}
