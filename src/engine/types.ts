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
 * Questions are not written here: each kind's question schema (kinds/<kind>-schema.ts, collected in
 * kinds/schemas.ts) is the one definition, and these types are inferred from it, read-only. Response shapes
 * are schemas too (attempt/responses.ts); `Response` shadows the DOM's global `Response` inside modules that
 * import it, so `QuestionResponse` is the same type under a name that does not.
 */
import type { GOOD_MOVES, HARMFUL_MOVES } from './kinds/rewrite-moves.ts';
import type { QuestionType } from './kinds/schema-parts.ts';
import type { QUESTION_SCHEMAS } from './kinds/schemas.ts';

export type { DeepReadonly } from './kinds/schema-parts.ts';

type Schemas = typeof QUESTION_SCHEMAS;

/** The kinds, one per entry of the schemas' table. */
export type QuestionKind = keyof Schemas;

/** The question of one kind, as its schema accepts it. */
type QuestionOfKind<K extends QuestionKind> = QuestionType<Schemas[K]>;

export type Question = { [K in QuestionKind]: QuestionOfKind<K> }[QuestionKind];

/** The fields every question has. */
export type QuestionBase = Pick<Question, 'id' | 'kind' | 'skills' | 'prompt' | 'discussion'>;

export type SingleQuestion = QuestionOfKind<'single'>;
export type SingleOption = SingleQuestion['options'][number];

export type MultipleQuestion = QuestionOfKind<'multiple'>;
export type MultipleOption = MultipleQuestion['options'][number];

export type OrderQuestion = QuestionOfKind<'order'>;
export type OrderItem = OrderQuestion['items'][number];

export type CategorizeQuestion = QuestionOfKind<'categorize'>;
export type Category = CategorizeQuestion['categories'][number];
export type CategorizeItem = CategorizeQuestion['items'][number];

export type ConversationQuestion = QuestionOfKind<'conversation'>;
export type ConversationNode = ConversationQuestion['nodes'][number];
export type ConversationReply = ConversationNode['responses'][number];
export type ConversationEnding = ConversationQuestion['endings'][number];
export type ConversationOutcome = ConversationEnding['outcome'];

export type RewriteQuestion = QuestionOfKind<'rewrite'>;
/** One thing a trainer checks in a rewrite: it asks for something (`move`, `anyOf`) or rules something out. */
export type RewriteCriterion = RewriteQuestion['criteria'][number];
/** One thing of the scenario a reply can be about, with the words that name it. */
export type RewriteAbout = NonNullable<RewriteQuestion['about']>[number];
/** A move a strong reply makes, recognised by a shared detector in engine/rewrite/. */
export type RewriteGoodMove = (typeof GOOD_MOVES)[number];
/** A move that fails a reply, whatever the question's criteria. */
export type RewriteHarmfulMove = (typeof HARMFUL_MOVES)[number];

export type SpotQuestion = QuestionOfKind<'spot'>;
/** One phrase of the reply in a spot question, in the order the reply says them. */
export type SpotPhrase = SpotQuestion['phrases'][number];

// Response shapes (`<Kind>Response`, `Response`, `ResponseOf<Q>`) are inferred in attempt/responses.ts from the
// kinds' response schemas; index.ts exports them with the rest.

export type Score =
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'points'; readonly earned: number; readonly total: number };
