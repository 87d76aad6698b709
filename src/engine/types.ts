/**
 * Types of the pure scoring engine.
 *
 * Naming (after Khan Academy's Perseus, where a scorer is `(userInput, rubric) => Score`):
 * - `<Kind>Question` is the rubric: what a trainer wrote in quiz.yaml, including the answer key.
 *   Field names match docs/authoring.md one to one, so a validated quiz file *is* a list of questions.
 * - `<Kind>Response` is what a learner gave for a question of that kind. Scorers accept it as `unknown`
 *   because responses come back from storage (localStorage, imported files) and may be stale or corrupt.
 * - `Score` is the outcome of scoring one response: `invalid` (nothing gradable: unanswered, malformed,
 *   unknown ids) or `points` earned out of a total. Scorers return `invalid` instead of throwing so that one
 *   bad stored answer can never crash a results page.
 *
 * Response shapes are schemas (attempt/responses.ts) with inferred types; `Response` shadows the DOM's global
 * `Response` inside modules that import it, so `QuestionResponse` is the same type under a name that does not.
 */

export type QuestionKind = 'single' | 'multiple' | 'order' | 'categorize' | 'conversation' | 'rewrite' | 'spot';

export interface QuestionBase {
  readonly id: string;
  readonly kind: QuestionKind;
  /** Skill tags declared in content/course.yaml; drive the per-skill breakdown. */
  readonly skills: readonly string[];
  readonly prompt: string;
  /** Optional prompt for the room in the workshop quiz. */
  readonly discussion?: string;
}

export interface SingleOption {
  readonly id: string;
  readonly text: string;
  /** 1 = best, 0.5 = acceptable, 0 = harmful. */
  readonly credit: number;
  readonly feedback: string;
}

export interface SingleQuestion extends QuestionBase {
  readonly kind: 'single';
  readonly options: readonly SingleOption[];
}

export interface MultipleOption {
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
  readonly feedback: string;
}

export interface MultipleQuestion extends QuestionBase {
  readonly kind: 'multiple';
  readonly options: readonly MultipleOption[];
}

export interface OrderItem {
  readonly id: string;
  readonly text: string;
}

export interface OrderQuestion extends QuestionBase {
  readonly kind: 'order';
  /** Listed in the correct order; the app shuffles them for display. */
  readonly items: readonly OrderItem[];
  readonly feedback: string;
}

export interface Category {
  readonly id: string;
  readonly label: string;
}

export interface CategorizeItem {
  readonly id: string;
  readonly text: string;
  /** Id of the category this item belongs in. */
  readonly category: string;
  readonly feedback: string;
}

export interface CategorizeQuestion extends QuestionBase {
  readonly kind: 'categorize';
  readonly categories: readonly Category[];
  readonly items: readonly CategorizeItem[];
}

export interface ConversationReply {
  /** Unique within its node; authors commonly reuse r1, r2… across nodes. */
  readonly id: string;
  readonly text: string;
  readonly points: number;
  readonly feedback: string;
  /** Id of the next node, or of an ending. */
  readonly next: string;
}

export interface ConversationNode {
  readonly id: string;
  /** The customer's line at this point of the dialogue. */
  readonly customer: string;
  readonly responses: readonly ConversationReply[];
}

export type ConversationOutcome = 'recovered' | 'escalated' | 'lost';

export interface ConversationEnding {
  readonly id: string;
  readonly outcome: ConversationOutcome;
  readonly text: string;
}

export interface ConversationQuestion extends QuestionBase {
  readonly kind: 'conversation';
  /** Id of the first node. */
  readonly start: string;
  readonly nodes: readonly ConversationNode[];
  readonly endings: readonly ConversationEnding[];
}

/**
 * Moves a strong reply makes, each recognised by a shared detector in engine/rewrite/ whatever the wording
 * (any common phrasing, UK or US spelling, simple typos; never inside a negated clause).
 */
export type RewriteGoodMove =
  | 'apology'
  | 'ownership'
  | 'next-step'
  | 'follow-up'
  | 'time-commitment'
  | 'duration'
  | 'permission'
  | 'reason'
  | 'thanks'
  | 'empathy'
  | 'alternative';

/** Moves that fail a reply. Their detectors apply to every rewrite question, whatever its criteria. */
export type RewriteHarmfulMove =
  | 'non-apology'
  | 'blame'
  | 'refusal'
  | 'sarcasm'
  | 'push-back'
  | 'policy'
  | 'negated-commitment'
  | 'dismissive'
  | 'over-promise'
  | 'dig'
  | 'label'
  | 'unrealistic-wait';

/**
 * One thing a trainer checks in a rewrite. A criterion either asks for something — `move` and/or `anyOf`,
 * with a `weight` — or rules something out — `avoid` and/or `noneOf`, without a weight: breaking it keeps
 * the reply under half marks, as every shared harmful move does.
 */
export interface RewriteCriterion {
  readonly id: string;
  readonly label: string;
  /** Points for meeting a criterion that asks for something; ignored on one that rules something out. */
  readonly weight?: number;
  /**
   * What the scenario cannot do without (the prompt asks for it): a reply that misses it is kept under half marks,
   * like a harmful move, however much else it does. Only on a criterion that asks for something.
   */
  readonly required?: boolean;
  /** A shared good move that meets this criterion, or several, any of which meets it ("solve it now or call back"). */
  readonly move?: RewriteGoodMove | readonly RewriteGoodMove[];
  /** Phrases of this question's own that also meet it (outside a negated clause). */
  readonly anyOf?: readonly string[];
  /** A shared harmful move this criterion names, so the learner sees it listed. */
  readonly avoid?: RewriteHarmfulMove;
  /** Phrases of this question's own that the reply must not contain. */
  readonly noneOf?: readonly string[];
  readonly feedback: string;
}

/**
 * One thing of the scenario a reply can be about (the expired card, the 20 % offer), with the words that name it.
 * A question with an `about` list grades a reply only when it names at least one of them: a stock apology that
 * would fit any customer earns nothing, however many good moves it makes.
 */
export interface RewriteAbout {
  readonly id: string;
  readonly label: string;
  /** Words and phrases that name it, negated or not ("I can't pause your membership" is about the membership). */
  readonly anyOf: readonly string[];
}

export interface RewriteQuestion extends QuestionBase {
  readonly kind: 'rewrite';
  readonly original: string;
  readonly modelAnswer: string;
  /** What a reply must be about; see `RewriteAbout`. Without it any reply is taken to be on topic. */
  readonly about?: readonly RewriteAbout[];
  readonly criteria: readonly RewriteCriterion[];
}

/** One phrase of the reply in a spot question, in the order the reply says them. */
export interface SpotPhrase {
  readonly id: string;
  readonly text: string;
  /** True for a phrase that causes the breakdown (the learner should mark it). */
  readonly harmful: boolean;
  /** Why this phrase does or does not cause the breakdown. */
  readonly feedback: string;
}

export interface SpotQuestion extends QuestionBase {
  readonly kind: 'spot';
  /** The reply, phrase by phrase; shown joined by spaces, each phrase a toggle. */
  readonly phrases: readonly SpotPhrase[];
}

export type Question =
  | SingleQuestion
  | MultipleQuestion
  | OrderQuestion
  | CategorizeQuestion
  | ConversationQuestion
  | RewriteQuestion
  | SpotQuestion;

// Response shapes (`<Kind>Response`, `Response`, `ResponseOf<Q>`) are defined once, as schemas, in
// attempt/responses.ts, and their types inferred there; index.ts exports them with the rest.

export type Score =
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'points'; readonly earned: number; readonly total: number };
