/**
 * Runs a set of pattern detectors over tokens. A detector names a move and lists its patterns; what a
 * move means is documented where its patterns are (good-moves.ts, harmful-moves.ts).
 */
import { compile, findAll, isNegated, type Pattern, type Span } from './patterns.ts';
import type { Token } from './tokens.ts';

export interface Detector<M extends string> {
  readonly move: M;
  readonly patterns: readonly Pattern[];
  /** Drop matches that a negator governs ("I am NOT sorry"). Default true. */
  readonly negatable?: boolean;
  /** Extra matches found by code, for what a pattern cannot say. */
  readonly extra?: (tokens: readonly Token[]) => Span[];
  /** Drop a match for a reason a pattern cannot say (e.g. "we messed up" is ownership, not blame). */
  readonly reject?: (tokens: readonly Token[], span: Span) => boolean;
}

export function detector<M extends string>(
  move: M,
  patterns: readonly string[],
  options: Omit<Detector<M>, 'move' | 'patterns'> = {},
): Detector<M> {
  // Compiled at first use, not when the module loads: a page that shows a quiz before any rewrite is graded (the
  // quiz's intro) starts without this work.
  let compiled: readonly Pattern[] | undefined;
  return {
    move,
    get patterns() {
      return (compiled ??= patterns.map(compile));
    },
    ...options,
  };
}

/** The spans where a detector's move is made, left to right, not overlapping. */
export function runDetector<M extends string>(tokens: readonly Token[], d: Detector<M>): Span[] {
  const spans = [...d.patterns.flatMap((pattern) => findAll(tokens, pattern)), ...(d.extra?.(tokens) ?? [])]
    .filter((span) => d.negatable === false || !isNegated(tokens, span))
    .filter((span) => !d.reject?.(tokens, span))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of spans) if (!kept.some((k) => overlaps(k, span))) kept.push(span);
  return kept;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
