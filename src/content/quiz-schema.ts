/**
 * Schemas for quiz files (content/<lesson-id>/quiz.yaml) and the final assessment
 * (content/final-assessment/quiz.yaml), exactly as documented in docs/authoring.md.
 *
 * Messages are written for trainers, not developers: each says what the field is for and what to write.
 * Shapes live in the field schemas; rules that relate fields to each other (ids, references, the
 * conversation graph) live in `superRefine`s that report the exact field, e.g. `questions[2].nodes[1].id`.
 * No transforms, so `z.toJSONSchema` can still produce content/quiz.schema.json for editors.
 */
import { z } from 'zod';
import { findConversationProblems, GOOD_MOVES, HARMFUL_MOVES, type Question, type RewriteGoodMove, type RewriteHarmfulMove } from '../engine/index.ts';

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

/** A required, non-blank string; `hint` tells the trainer what to write there. */
function text(field: string, hint: string) {
  const message = `${field} is required: ${hint}`;
  return z.string({ error: message }).regex(/\S/, message);
}

/** A strict object: a misspelt field is reported by name instead of being silently ignored. */
function strict<T extends z.core.$ZodLooseShape>(shape: T, what: string) {
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `unknown field ${iss.keys.map((key) => `"${key}"`).join(', ')}: check the spelling against docs/authoring.md`
        : `expected ${what}`,
  });
}

/** An array with a length rule; `message` reads like "a single-choice question needs 3–5 options". */
function list<T extends z.ZodType>(item: T, field: string, message: string, min: number, max?: number) {
  const base = z.array(item, { error: `${field} is required: ${message}` }).min(min, message);
  return max === undefined ? base : base.max(max, message);
}

function issue(ctx: Ctx, path: Path, message: string): void {
  ctx.addIssue({ code: 'custom', message, path });
}

/** Reports every repeated id at `<listPath>[i].id`, naming where it was first used. */
function uniqueIds(ctx: Ctx, items: readonly { id: string }[], listPath: Path, what: string): void {
  const first = new Map<string, number>();
  items.forEach(({ id }, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else issue(ctx, [...listPath, index, 'id'], `duplicate ${what} id "${id}": already used by ${what} ${earlier + 1}; ids must be unique`);
  });
}

const feedback = (hint: string) => text('feedback', hint);

const phrases = (field: string) =>
  z
    .array(z.string({ error: 'a phrase must be text' }).regex(/[\p{L}\p{N}]/u, 'a phrase needs at least one word'), {
      error: `${field} must be a list of phrases, e.g. ["i can", "let me"]`,
    })
    .optional();

function questionBase(skillIds: readonly string[]) {
  return {
    id: text('id', 'a stable id, unique across the course'),
    skills: z.array(
      z.string({ error: 'a skill is a tag id from content/course.yaml' }).refine((skill) => skillIds.includes(skill), {
        error: (iss) => `unknown skill "${String(iss.input)}": use one declared in content/course.yaml (${skillIds.join(', ')})`,
      }),
      { error: 'skills is required: a list of skill tags from content/course.yaml (may be empty: [])' },
    ),
    prompt: text('prompt', 'the situation and the question the learner answers'),
    discussion: z.string({ error: 'discussion must be text: a question for the room' }).optional(),
  };
}

const singleOption = strict(
  {
    id: text('id', 'a short option id such as a, b, c'),
    text: text('text', 'the words of this option'),
    credit: z
      .number({ error: 'credit is required: 1 = best, 0.5 = acceptable, 0 = harmful' })
      .min(0, 'credit must be between 0 and 1')
      .max(1, 'credit must be between 0 and 1'),
    feedback: feedback('explain what happens after this choice'),
  },
  'an option: { id, text, credit, feedback }',
);

const multipleOption = strict(
  {
    id: text('id', 'a short option id such as a, b, c'),
    text: text('text', 'the words of this option'),
    correct: z.boolean({ error: 'correct is required: true or false' }),
    feedback: feedback('explain why this option does or does not apply'),
  },
  'an option: { id, text, correct, feedback }',
);

const spotPhrase = strict(
  {
    id: text('id', 'a short phrase id such as p1, p2'),
    text: text('text', 'the words of this phrase of the reply'),
    harmful: z.boolean({ error: 'harmful is required: true if this phrase causes the breakdown, else false' }),
    feedback: feedback('explain why this phrase does or does not cause the breakdown'),
  },
  'a phrase: { id, text, harmful, feedback }',
);

const orderItem = strict(
  { id: text('id', 'a short item id'), text: text('text', 'the words of this step') },
  'an item: { id, text }',
);

const category = strict(
  { id: text('id', 'a short category id'), label: text('label', 'the category name learners see') },
  'a category: { id, label }',
);

const categorizeItem = strict(
  {
    id: text('id', 'a short item id'),
    text: text('text', 'the words learners sort'),
    category: text('category', 'the id of the category this item belongs in'),
    feedback: feedback('explain why the item belongs in its category'),
  },
  'an item: { id, text, category, feedback }',
);

const reply = strict(
  {
    id: text('id', 'a reply id, unique within the question'),
    text: text('text', "the learner's reply"),
    points: z.number({ error: 'points is required: a number, 0 or more' }).min(0, 'points must be 0 or more'),
    feedback: feedback('explain how the customer takes this reply'),
    next: text('next', 'the id of the next node or of an ending'),
  },
  'a reply: { id, text, points, feedback, next }',
);

const node = strict(
  {
    id: text('id', 'a node id, unique within the question'),
    customer: text('customer', "the customer's line"),
    responses: list(reply, 'responses', 'each node needs 2–4 responses', 2, 4),
  },
  'a node: { id, customer, responses }',
);

const ending = strict(
  {
    id: text('id', 'an ending id, unique within the question'),
    outcome: z.enum(['recovered', 'escalated', 'lost'], { error: 'outcome must be recovered, escalated or lost' }),
    text: text('text', 'what happened in the end'),
  },
  'an ending: { id, outcome, text }',
);

const moveList = (moves: readonly string[]) => moves.join(', ');

const criterion = strict(
  {
    id: text('id', 'a criterion id'),
    label: text('label', 'what the criterion checks, in a few words'),
    weight: z
      .number({ error: 'weight must be a number above 0 (usually 1)' })
      .positive('weight must be more than 0')
      .optional(),
    required: z.boolean({ error: 'required must be true or false' }).optional(),
    move: z
      .union(
        [
          z.enum(GOOD_MOVES as [RewriteGoodMove, ...RewriteGoodMove[]]),
          z.array(z.enum(GOOD_MOVES as [RewriteGoodMove, ...RewriteGoodMove[]])).min(1),
        ],
        { error: `move must be a shared move, or a list of them (any one meets the criterion): ${moveList(GOOD_MOVES)}` },
      )
      .optional(),
    anyOf: phrases('anyOf'),
    avoid: z
      .enum(HARMFUL_MOVES as [RewriteHarmfulMove, ...RewriteHarmfulMove[]], {
        error: `avoid must be a shared harmful move: ${moveList(HARMFUL_MOVES)}`,
      })
      .optional(),
    noneOf: phrases('noneOf'),
    feedback: feedback('tell the learner how to meet this criterion'),
  },
  'a criterion: { id, label, weight, required, move, anyOf, avoid, noneOf, feedback }',
);

const aboutEntry = strict(
  {
    id: text('id', 'an id for this part of the scenario'),
    label: text('label', 'what the reply should be about, in a few words (the learner sees it)'),
    anyOf: z
      .array(z.string({ error: 'a phrase must be text' }).regex(/[\p{L}\p{N}]/u, 'a phrase needs at least one word'), {
        error: 'anyOf must be a list of words that name it, e.g. ["gift card", "voucher"]',
      })
      .min(1, 'anyOf needs at least one word that names it'),
  },
  'an about entry: { id, label, anyOf }',
);

/** Rules relating a rewrite criterion's fields: it either asks for something (with a weight) or rules something out. */
function checkCriterion(ctx: Ctx, c: z.infer<typeof criterion>, path: Path): void {
  const asks = c.move !== undefined || (c.anyOf?.length ?? 0) > 0;
  const rulesOut = c.avoid !== undefined || (c.noneOf?.length ?? 0) > 0;
  if (!asks && !rulesOut) {
    issue(ctx, path, 'a criterion needs something to check: move or anyOf (it asks for something) or avoid or noneOf (it rules something out)');
  } else if (asks && rulesOut) {
    issue(ctx, path, 'a criterion either asks for something (move, anyOf) or rules something out (avoid, noneOf), not both: split it in two');
  } else if (asks && c.weight === undefined) {
    issue(ctx, [...path, 'weight'], 'weight is required: a number above 0 (usually 1) for a criterion that asks for something');
  } else if (rulesOut && c.required !== undefined) {
    issue(ctx, [...path, 'required'], 'remove required: only a criterion that asks for something (move, anyOf) can be required');
  } else if (rulesOut && c.weight !== undefined) {
    issue(ctx, [...path, 'weight'], 'remove weight: a criterion that rules something out has none (breaking it keeps the score under half marks)');
  }
}

/** The schema of one question, discriminated on `kind`. */
export function makeQuestionSchema(skillIds: readonly string[]) {
  const base = questionBase(skillIds);
  const single = strict(
    { ...base, kind: z.literal('single'), options: list(singleOption, 'options', 'a single-choice question needs 3–5 options', 3, 5) },
    'a single-choice question',
  ).superRefine((q, ctx) => {
    uniqueIds(ctx, q.options, ['options'], 'option');
    if (!q.options.some((option) => option.credit === 1)) {
      issue(ctx, ['options'], 'a single-choice question needs a best option: give one option credit 1');
    }
  });

  const multiple = strict(
    { ...base, kind: z.literal('multiple'), options: list(multipleOption, 'options', 'a select-all question needs at least 2 options', 2) },
    'a select-all question',
  ).superRefine((q, ctx) => {
    uniqueIds(ctx, q.options, ['options'], 'option');
    if (!q.options.some((option) => option.correct)) {
      issue(ctx, ['options'], 'a select-all question needs at least one option with correct: true');
    }
  });

  const order = strict(
    {
      ...base,
      kind: z.literal('order'),
      items: list(orderItem, 'items', 'an ordering question needs at least 2 items, listed in the correct order', 2),
      feedback: feedback('explain why this is the right order'),
    },
    'an ordering question',
  ).superRefine((q, ctx) => uniqueIds(ctx, q.items, ['items'], 'item'));

  const categorize = strict(
    {
      ...base,
      kind: z.literal('categorize'),
      categories: list(category, 'categories', 'a categorize question needs at least 2 categories', 2),
      items: list(categorizeItem, 'items', 'a categorize question needs at least 2 items', 2),
    },
    'a categorize question',
  ).superRefine((q, ctx) => {
    uniqueIds(ctx, q.categories, ['categories'], 'category');
    uniqueIds(ctx, q.items, ['items'], 'item');
    const ids = new Set(q.categories.map((c) => c.id));
    q.items.forEach((item, index) => {
      if (!ids.has(item.category)) {
        issue(ctx, ['items', index, 'category'], `no category "${item.category}": use one of ${[...ids].join(', ')}`);
      }
    });
    const used = new Set(q.items.map((item) => item.category));
    q.categories.forEach((c, index) => {
      if (!used.has(c.id)) issue(ctx, ['categories', index], `category "${c.id}" has no items: add an item or remove it`);
    });
  });

  const conversation = strict(
    {
      ...base,
      kind: z.literal('conversation'),
      start: text('start', 'the id of the first node'),
      nodes: list(node, 'nodes', 'a conversation needs at least 1 node', 1),
      endings: list(ending, 'endings', 'a conversation needs at least 1 ending', 1),
    },
    'a conversation question',
  ).superRefine((q, ctx) => {
    for (const problem of findConversationProblems(q)) issue(ctx, [...problem.path], problem.message);
  });

  const rewrite = strict(
    {
      ...base,
      kind: z.literal('rewrite'),
      original: text('original', 'the sentence the learner rewrites'),
      modelAnswer: text('modelAnswer', 'a good rewrite, shown after the learner answers'),
      about: z.array(aboutEntry, { error: 'about must be a list of { id, label, anyOf }' }).optional(),
      criteria: list(criterion, 'criteria', 'a rewrite question needs at least 1 criterion', 1),
    },
    'a rewrite question',
  ).superRefine((q, ctx) => {
    uniqueIds(ctx, q.criteria, ['criteria'], 'criterion');
    if (q.about) uniqueIds(ctx, q.about, ['about'], 'about entry');
    q.criteria.forEach((c, index) => checkCriterion(ctx, c, ['criteria', index]));
    if (!q.criteria.some((c) => c.move !== undefined || (c.anyOf?.length ?? 0) > 0)) {
      issue(ctx, ['criteria'], 'a rewrite question needs at least one criterion that asks for something (move or anyOf)');
    }
  });

  const spot = strict(
    {
      ...base,
      kind: z.literal('spot'),
      phrases: list(spotPhrase, 'phrases', 'a spot question needs 3–8 phrases: the reply, split where a learner could mark it', 3, 8),
    },
    'a spot question',
  ).superRefine((q, ctx) => {
    uniqueIds(ctx, q.phrases, ['phrases'], 'phrase');
    const harmful = q.phrases.filter((phrase) => phrase.harmful).length;
    if (harmful === 0) issue(ctx, ['phrases'], 'a spot question needs at least one phrase with harmful: true');
    // Marking every phrase must not pay: (found − wrong) is at most 0 when innocent phrases are at least as many.
    else if (harmful * 2 > q.phrases.length) {
      issue(ctx, ['phrases'], `${harmful} of ${q.phrases.length} phrases are harmful: keep at least as many innocent phrases as harmful ones, or marking everything earns credit`);
    }
  });

  return z.discriminatedUnion('kind', [single, multiple, order, categorize, conversation, rewrite, spot], {
    error: (iss) =>
      iss.code === 'invalid_union'
        ? 'kind must be single, multiple, order, categorize, conversation, rewrite or spot'
        : 'expected a question: { id, kind, skills, prompt, … }',
  });
}

/**
 * Compile-time contract: a validated question must be usable by the engine as-is. If a schema field drifts
 * from src/engine/types.ts, this line stops the build.
 */
type AssertAssignable<T extends U, U> = T;
export type QuizQuestion = AssertAssignable<z.infer<ReturnType<typeof makeQuestionSchema>>, Question>;

const title = text('title', 'the name learners see at the top of the quiz');
const passMark = z
  .number({ error: 'passMark must be a number between 0 and 1, e.g. 0.8 for 80 %' })
  .min(0, 'passMark must be between 0 and 1, e.g. 0.8 for 80 %')
  .max(1, 'passMark must be between 0 and 1, e.g. 0.8 for 80 %')
  .default(0.8);
const mode = (fallback: 'practice' | 'exam') =>
  z.enum(['practice', 'exam'], { error: 'mode must be practice (feedback per question) or exam (feedback at the end)' }).default(fallback);

const drawCount = (what: string) =>
  z
    .number({ error: `draw is required: how many questions to draw from ${what}` })
    .int('draw must be a whole number')
    .min(1, 'draw must be at least 1');

/**
 * Spaced retrieval: a few questions drawn from an earlier lesson's quiz on every attempt. Which lessons are
 * "earlier" is a cross-file rule, checked by the content plugin.
 */
const reviewPool = strict(
  {
    from: text('from', 'the id of an earlier lesson whose quiz questions come back for review'),
    draw: drawCount('that lesson’s quiz'),
  },
  'a review pool: { from, draw }',
);

/** Schema of a lesson quiz, content/<lesson-id>/quiz.yaml; skills must be declared in course.yaml. */
export function makeQuizSchema(skillIds: readonly string[]) {
  return strict(
    {
      title,
      mode: mode('practice'),
      passMark,
      draw: z
        .number({ error: 'draw must be a whole number: how many questions each attempt asks' })
        .int('draw must be a whole number')
        .positive('draw must be at least 1')
        .optional(),
      review: z.array(reviewPool, { error: 'review must be a list of { from, draw }' }).optional(),
      questions: list(makeQuestionSchema(skillIds), 'questions', 'a quiz needs at least 1 question', 1),
    },
    'a quiz: { title, mode, passMark, draw, review, questions }',
  ).superRefine((quiz, ctx) => {
    uniqueIds(ctx, quiz.questions, ['questions'], 'question');
    if (quiz.draw !== undefined && quiz.draw > quiz.questions.length) {
      issue(ctx, ['draw'], `draw is ${quiz.draw} but the quiz has only ${quiz.questions.length} questions`);
    }
    const seen = new Set<string>();
    quiz.review?.forEach((pool, index) => {
      if (seen.has(pool.from)) issue(ctx, ['review', index, 'from'], `lesson "${pool.from}" is already reviewed: merge the two draws`);
      seen.add(pool.from);
    });
  });
}

/** An objective reference: `<lesson-id>#<n>`, the n-th objective (1-based) in that lesson's frontmatter. */
export const OBJECTIVE_REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)#([1-9][0-9]*)$/;

/**
 * Schema of content/final-assessment/quiz.yaml: questions of its own, never asked in a lesson quiz, grouped in
 * one pool per lesson objective. Every attempt draws from every pool, so every objective is tested every time.
 * `objectives` gives each lesson id its number of objectives.
 */
export function makeFinalAssessmentSchema(skillIds: readonly string[], objectives: Readonly<Record<string, number>>) {
  const lessonIds = Object.keys(objectives);
  const pool = strict(
    {
      objective: z
        .string({ error: 'objective is required: the lesson objective this pool tests, as <lesson-id>#<n>, e.g. star-method#2' })
        .superRefine((ref, ctx) => {
          const match = OBJECTIVE_REF.exec(ref);
          if (!match) {
            ctx.addIssue({ code: 'custom', message: `objective "${ref}" must look like <lesson-id>#<n>, e.g. star-method#2` });
            return;
          }
          const count = objectives[match[1]!];
          if (count === undefined) ctx.addIssue({ code: 'custom', message: `no lesson "${match[1]}": use one of ${lessonIds.join(', ')}` });
          else if (Number(match[2]) > count) {
            ctx.addIssue({ code: 'custom', message: `${match[1]} has ${count} objectives: #${match[2]} does not exist` });
          }
        }),
      draw: drawCount('this pool (usually 1)'),
      questions: list(makeQuestionSchema(skillIds), 'questions', 'a pool needs at least 1 question of its own', 1),
    },
    'a pool: { objective, draw, questions }',
  ).superRefine((p, ctx) => {
    if (p.draw > p.questions.length) issue(ctx, ['draw'], `draw is ${p.draw} but the pool has only ${p.questions.length} questions`);
  });
  return strict(
    {
      title,
      mode: mode('exam'),
      passMark,
      pools: list(pool, 'pools', 'the final assessment needs at least 1 pool', 1),
    },
    'a final assessment: { title, mode, passMark, pools }',
  ).superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    const ids = new Map<string, string>();
    file.pools.forEach((p, index) => {
      const earlier = seen.get(p.objective);
      if (earlier !== undefined) issue(ctx, ['pools', index, 'objective'], `objective ${p.objective} already has pool ${earlier + 1}: merge the two`);
      seen.set(p.objective, index);
      p.questions.forEach((question, qi) => {
        const other = ids.get(question.id);
        if (other) issue(ctx, ['pools', index, 'questions', qi, 'id'], `duplicate question id "${question.id}": already used at ${other}`);
        ids.set(question.id, `pools[${index}].questions[${qi}]`);
      });
    });
    const missing = Object.entries(objectives).flatMap(([lesson, count]) =>
      Array.from({ length: count }, (_, i) => `${lesson}#${i + 1}`).filter((ref) => !seen.has(ref)),
    );
    if (missing.length > 0) {
      issue(ctx, ['pools'], `every lesson objective needs a pool so each attempt tests it; missing: ${missing.join(', ')}`);
    }
  });
}

export type QuizFile = z.infer<ReturnType<typeof makeQuizSchema>>;
export type FinalAssessmentFile = z.infer<ReturnType<typeof makeFinalAssessmentSchema>>;
