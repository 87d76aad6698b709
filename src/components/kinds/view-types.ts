/**
 * What each surface of the app needs to show a question kind: the quiz (input, feedback after "Check answer"),
 * the projected workshop quiz (the room's view and the revealed answer's points) and a phone in a live room. Each
 * kind has a folder here with one file per surface; quiz-views.ts, projector-views.ts and phone-views.ts collect
 * them in tables typed `satisfies { [K in QuestionKind]: … }`, so a kind added to the engine without its views fails
 * to compile, and a route loads only its own surface's code. Features never branch on a question's kind.
 */
import type { ComponentType, ReactNode } from 'react';
import type { QuestionKind, QuestionOf, ResponseFor } from '../../engine/index.ts';

/** A question's input in a quiz attempt. */
export interface InputProps<K extends QuestionKind> {
  question: QuestionOf<K>;
  /** Display order of options/items for this attempt (from the engine's plan). */
  order: readonly string[];
  /** The attempt's seed: conversation replies are ordered from it at every step. */
  seed: number;
  response: ResponseFor<K> | undefined;
  onChange: (response: ResponseFor<K> | undefined) => void;
  /** After "Check answer" in practice mode the answer is locked. */
  locked: boolean;
  /** The legend's id, so the question heading can take focus. */
  legendId: string;
}

/** What the learner gave, what was best and why: after "Check answer" and in the review. */
export interface FeedbackProps<K extends QuestionKind> {
  question: QuestionOf<K>;
  response: ResponseFor<K> | undefined;
  /** Display order of options/items in the attempt. */
  order: readonly string[];
  /** The attempt's seed (conversation replies are ordered from it). */
  seed: number;
}

export interface QuizView<K extends QuestionKind> {
  /** What to do before "Check answer" works, said when the learner presses it too soon. */
  readonly nudge: string;
  readonly Input: ComponentType<InputProps<K>>;
  readonly Feedback: ComponentType<FeedbackProps<K>>;
}

/** One point of a revealed answer on the projector: what the panel under the answer shows. */
export interface RevealStep {
  /** The option, item or criterion it explains (the one highlighted), or a step of the best path. */
  readonly id: string;
  readonly title: string;
  /** The option it explains, in full (the revealed options show only their letter and verdict). */
  readonly quote?: string;
  readonly body: ReactNode;
  readonly tone?: 'good' | 'warn' | 'bad';
}

export interface ProjectorBodyProps<K extends QuestionKind> {
  question: QuestionOf<K>;
  revealed: boolean;
  /** The "Answer" heading (focused on reveal), placed where the answer starts. */
  heading: ReactNode;
  /** The id of the point on show in the panel; `onShow` picks another. */
  shown: string | undefined;
  onShow: (id: string) => void;
  /** Before the reveal, the page of a long list of items on show. */
  page: number;
}

export interface ProjectorView<K extends QuestionKind> {
  /** The question's choices for the room, and once revealed its answer. */
  readonly Body: ComponentType<ProjectorBodyProps<K>>;
  /** The revealed answer's points, in the order R steps through them: the keyed answer first. */
  revealSteps(question: QuestionOf<K>): RevealStep[];
  /** How many items the room reads before the reveal, when they are shown a page at a time (0: no pages). */
  pagedItems(question: QuestionOf<K>): number;
}

/** A choice as the room's phones and tally show it, in the room's order. */
export interface Choice {
  id: string;
  text: string;
  /** The keyed answer (credit 1, correct, the best first reply). */
  best: boolean;
}

export type Verdict = 'right' | 'partly' | 'wrong';

export interface Bar {
  key: string;
  label: string;
  text: string;
  count: number;
  best: boolean;
}

export interface PhoneInputProps<K extends QuestionKind> {
  question: QuestionOf<K>;
  response: ResponseFor<K> | undefined;
  /** Undefined when the phone's answer is empty again (nothing ticked): "Send answer" waits for one. */
  onChange: (response: ResponseFor<K> | undefined) => void;
  locked: boolean;
}

export interface PhoneView<K extends QuestionKind> {
  readonly Input: ComponentType<PhoneInputProps<K>>;
  /** The answerable choices in the room's order ([] when answers are free text). */
  choices(question: QuestionOf<K>): Choice[];
  /** How a phone's answer compares with the key, after "Reveal answer"; null when there is no key to compare with. */
  verdict(question: QuestionOf<K>, response: ResponseFor<K>): Verdict | null;
  /** The keyed answer as a phone shows it after the reveal, when a list of keyed choices does not say it. */
  readonly KeyedAnswer?: ComponentType<{ question: QuestionOf<K> }>;
  /** The projector's chart of the room's answers; null when answers are read, not counted (rewrites). */
  readonly tally: null | {
    caption: string;
    /** What the keyed bar is called after the reveal. */
    bestLabel: string;
    /**
     * Shown on the projector only with the answer (the speaker view has it all along): a chart of one row per item,
     * which beside the items would shrink the slide while the room reads them.
     */
    withAnswer?: boolean;
    /** Bars from the tally; one per choice when absent. */
    bars?(question: QuestionOf<K>, tally: Record<string, number>, choices: readonly Choice[]): Bar[];
  };
}

