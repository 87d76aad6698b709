/**
 * The parts every kind's question schema is built from (docs/architecture.md, "Question kinds"). A kind's schema is
 * the one definition of its question: the engine's types are inferred from it, content validation adds the course's
 * skills to it (src/content/quiz-schema.ts) and the live relay parses with it (src/protocol/live.ts).
 *
 * Messages are written for trainers, not developers: each says what the field is for and what to write. Shapes
 * live in the field schemas; rules that relate fields to each other (ids, references) are checks that report the
 * exact field, e.g. `questions[2].nodes[1].id`. No transforms, so `z.toJSONSchema` can still produce
 * content/quiz.schema.json for editors.
 *
 * Each kind's schema is built inside a function called once with a `@__PURE__` mark: the app never parses a
 * question (the build does), so the schemas and zod/mini stay out of every bundle that only scores.
 */
import * as z from 'zod/mini';

export type Path = (string | number)[];
export type Ctx = z.core.$RefinementCtx;

/** A deeply read-only copy of a schema's output: questions are data the engine reads and never changes. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The type of a question a schema accepts, read-only. */
export type QuestionType<S extends z.core.SomeType> = DeepReadonly<z.output<S>>;

/** A required, non-blank string; `hint` tells the trainer what to write there. */
export function text(field: string, hint: string) {
  const message = `${field} is required: ${hint}`;
  return z.string({ error: message }).check(z.regex(/\S/, message));
}

/** A strict object: a misspelt field is reported by name instead of being silently ignored. */
export function strict<T extends z.core.$ZodLooseShape>(shape: T, what: string) {
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `unknown field ${iss.keys.map((key) => `"${key}"`).join(', ')}: check the spelling against docs/authoring.md`
        : `expected ${what}`,
  });
}

/** An array with a length rule; `message` reads like "a single-choice question needs 3–5 options". */
export function list<T extends z.core.SomeType>(item: T, field: string, message: string, min: number, max?: number) {
  const base = z.array(item, { error: `${field} is required: ${message}` }).check(z.minLength(min, message));
  return max === undefined ? base : base.check(z.maxLength(max, message));
}

export const feedback = (hint: string) => text('feedback', hint);

/** Words and phrases of a question's own, e.g. ["i can", "let me"]; each needs at least one letter or digit. */
export const phraseList = (error: string) =>
  z.array(z.string({ error: 'a phrase must be text' }).check(z.regex(/[\p{L}\p{N}]/u, 'a phrase needs at least one word')), { error });

export const phrases = (field: string) => z.optional(phraseList(`${field} must be a list of phrases, e.g. ["i can", "let me"]`));

/**
 * The fields every question has. `skills` is checked only as a list of text here: which skills exist is the
 * course's rule (content/course.yaml), added by src/content/quiz-schema.ts.
 */
export function questionBase() {
  return {
    id: text('id', 'a stable id, unique across the course'),
    /** Skill tags declared in content/course.yaml; drive the per-skill breakdown. */
    skills: z.array(z.string({ error: 'a skill is a tag id from content/course.yaml' }), {
      error: 'skills is required: a list of skill tags from content/course.yaml (may be empty: [])',
    }),
    prompt: text('prompt', 'the situation and the question the learner answers'),
    /** Optional prompt for the room in the workshop quiz. */
    discussion: z.optional(z.string({ error: 'discussion must be text: a question for the room' })),
  };
}

export function issue(ctx: Ctx, path: Path, message: string): void {
  ctx.addIssue({ code: 'custom', message, path });
}

/** Reports every repeated id at `<listPath>[i].id`, naming where it was first used. */
export function uniqueIds(ctx: Ctx, items: readonly { id: string }[], listPath: Path, what: string): void {
  const first = new Map<string, number>();
  items.forEach(({ id }, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else issue(ctx, [...listPath, index, 'id'], `duplicate ${what} id "${id}": already used by ${what} ${earlier + 1}; ids must be unique`);
  });
}

/**
 * One schema for a table of kinds' schemas (`{ single: …, order: … }`), told apart by `kind`: the table's keys are
 * the kinds, so a kind added to it is added here too.
 */
export function unionByKind<T extends Readonly<Record<string, z.core.$ZodTypeDiscriminable>>>(
  table: T,
  params?: z.core.$ZodDiscriminatedUnionParams,
) {
  const [first, ...rest] = Object.values(table) as T[keyof T][];
  return z.discriminatedUnion('kind', [first!, ...rest], params);
}

/** "a, b or c", for a message listing choices. */
export const orList = (words: readonly string[]): string => (words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? ''));
