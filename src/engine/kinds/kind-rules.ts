/**
 * What the pure side needs to know about a question kind, in one place per kind (docs/architecture.md, "Question
 * kinds"): how a response is scored, when it counts as answered, the display order the attempt's seed gives, the
 * compact code saved progress uses in an LMS, and the interaction an LMS is told about. Each kind's module exports
 * one `KindRules`; registry.ts collects them in a table a missing kind fails to compile.
 */
import type { Response } from '../attempt/responses.ts';
import type { Rng } from '../random.ts';
import type { Question, QuestionKind, Score } from '../types.ts';

export type QuestionOf<K extends QuestionKind> = Extract<Question, { kind: K }>;
export type ResponseFor<K extends QuestionKind> = Extract<Response, { kind: K }>;

export type InteractionType = 'choice' | 'sequencing' | 'matching' | 'long-fill-in' | 'fill-in' | 'performance' | 'other';

export interface FormattedInteraction {
  type: InteractionType;
  response: string;
  /** The correct response pattern, where the question has one. */
  correct?: string;
}

interface Described {
  id: string;
  description: { 'en-US': string };
}

/** An xAPI interaction's components (choices, or source and target for matching), for its activity definition. */
export interface InteractionComponents {
  choices?: Described[];
  source?: Described[];
  target?: Described[];
}

export interface KindRules<K extends QuestionKind> {
  readonly kind: K;
  /** Scores any stored value as a response to this question; never throws (`invalid` instead). */
  score(response: unknown, question: QuestionOf<K>): Score;
  /** Whether a response of this kind gives enough to check or to move on. */
  isAnswered(response: ResponseFor<K>, question: QuestionOf<K>): boolean;
  /** The ids (options or items) this attempt shows, in the order `rng` gives; `[]` when nothing is ordered here. */
  displayOrder(question: QuestionOf<K>, rng: Rng): string[];
  /** Saved progress in an LMS: an answer as a few characters, and back (undefined when it no longer fits). */
  readonly codec: {
    pack(question: QuestionOf<K>, response: ResponseFor<K>): string;
    unpack(question: QuestionOf<K>, packed: string): ResponseFor<K> | undefined;
  };
  /**
   * The live room: what a phone may send (the response as kept, or null when it does not fit the question) and the
   * tally keys it counts under. Every kind is answered from phones.
   */
  readonly live: {
    accept(question: QuestionOf<K>, response: ResponseFor<K>): ResponseFor<K> | null;
    tallyKeys(response: ResponseFor<K>): string[];
    /** Free text the trainer reads (and may spotlight) instead of counting it; undefined for counted answers. */
    readable?(response: ResponseFor<K>): string | undefined;
    /**
     * The question as phones get it before the reveal, when losing its key fields is not enough (an ordering
     * question's key is the order of its items, so they go out in `roomOrder`, the room's display order); the relay
     * strips the key fields after.
     */
    beforeReveal?(question: QuestionOf<K>, roomOrder: readonly string[]): QuestionOf<K>;
  };
  /** What an LMS is told: SCORM 2004 and xAPI share a format; SCORM 1.2 has its own; xAPI also lists components. */
  readonly lms: {
    format2004(question: QuestionOf<K>, response: ResponseFor<K>): FormattedInteraction;
    format12(question: QuestionOf<K>, response: ResponseFor<K>): FormattedInteraction;
    components(question: QuestionOf<K>): InteractionComponents;
  };
}

/** A position as SCORM 1.2's single-character identifier (0–9, a–z), or `?` past 36. */
export const scormChar = (index: number): string => (index >= 0 && index < 36 ? index.toString(36) : '?');
/** The SCORM 1.2 characters of ids by their place in `all`. */
export const scormChars = (ids: readonly string[], all: readonly string[]): string[] => ids.map((id) => scormChar(all.indexOf(id)));

/** A position as one base-36 character for the compact progress code, or '' when it cannot be one. */
export const codeOf = (ids: readonly string[], id: string): string => {
  const index = ids.indexOf(id);
  return index >= 0 && index < 36 ? index.toString(36) : '';
};
/** The ids a code of base-36 characters names, skipping any that no longer exist. */
export const idsOfCode = (ids: readonly string[], packed: string): string[] =>
  [...packed].map((c) => ids[parseInt(c, 36)]).filter((id): id is string => id !== undefined);

/** True when no id appears twice. */
export const unique = (ids: readonly string[]): boolean => new Set(ids).size === ids.length;

/** The longest rewrite a phone may send to a live room. */
export const LIVE_REWRITE_CHARS = 600;

export const described = (id: string, text: string): Described => ({ id, description: { 'en-US': text } });

/** Free text for an LMS: line breaks collapsed (scorm-again and LMSs built like it refuse them), cut to `max`. */
export const oneLine = (text: string, max: number): string => text.replace(/\s+/g, ' ').trim().slice(0, max);
