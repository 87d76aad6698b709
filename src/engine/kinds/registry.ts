/**
 * Every question kind's pure rules, in one table (Perseus registers a widget once, tldraw a shape util once): the
 * `satisfies` clause makes a kind added to `QuestionKind` (the schemas' table, schemas.ts) without rules fail to compile. Code that needs a kind's
 * behaviour looks it up here; nothing outside engine/kinds/ and the UI's kind table branches on a question's kind
 * (tests/architecture/kind-dispatch.test.ts fails on one).
 */
import type { Question, QuestionKind } from '../types.ts';
import { categorize } from './categorize.ts';
import { conversation, conversationQuestionSchema } from './conversation.ts';
import type { KindRules, QuestionOf, ResponseFor } from './kind-rules.ts';
import { multiple } from './multiple.ts';
import { order } from './order.ts';
import { rewrite } from './rewrite.ts';
import { orList, unionByKind } from './schema-parts.ts';
import { QUESTION_SCHEMAS } from './schemas.ts';
import { single } from './single.ts';
import { spot } from './spot.ts';

export const KIND_RULES = { single, multiple, order, categorize, conversation, rewrite, spot } satisfies { readonly [K in QuestionKind]: KindRules<K> };

function anyQuestion() {
  return unionByKind(
    { ...QUESTION_SCHEMAS, conversation: conversationQuestionSchema },
    {
      error: (iss) =>
        iss.code === 'invalid_union' ? `kind must be ${orList(Object.keys(QUESTION_SCHEMAS))}` : 'expected a question: { id, kind, skills, prompt, … }',
    },
  );
}

/**
 * A question of any kind, with every rule of its kind and the messages trainers read (kinds/<kind>-schema.ts):
 * content validation adds the course's skills (src/content/quiz-schema.ts), the live relay its size limits
 * (src/protocol/live.ts). Parsed, it is a `Question`.
 */
export const questionSchema = /* @__PURE__ */ anyQuestion();

/** The kinds, in the order the table lists them. */
export const QUESTION_KINDS = /* @__PURE__ */ Object.keys(KIND_RULES) as QuestionKind[];

/** True for a kind this build knows (content from a newer build may carry one it does not). */
export function isKnownKind(kind: unknown): kind is QuestionKind {
  return typeof kind === 'string' && Object.hasOwn(KIND_RULES, kind);
}

/** A kind's rules seen through the union of kinds: call them with the question they were looked up for. */
export type AnyKindRules = KindRules<QuestionKind>;

/**
 * A question's rules. The registry's one cast: TypeScript cannot tie a table indexed by `question.kind` to the kind
 * of `question`, so callers pass the same question (and a response of its kind) back in.
 */
export function rulesFor(question: Question): AnyKindRules {
  return KIND_RULES[question.kind] as unknown as AnyKindRules;
}

export type { KindRules, QuestionOf, ResponseFor };

/** The questions of one kind, typed as such: for a rule only that kind has (an audit of select-all keys, say). */
export function ofKind<K extends QuestionKind>(questions: readonly Question[], kind: K): QuestionOf<K>[] {
  return questions.filter((question): question is QuestionOf<K> => question.kind === kind);
}
