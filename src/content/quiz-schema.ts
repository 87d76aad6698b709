/**
 * Schemas for quiz files (content/<lesson-id>/quiz.yaml) and the final assessment
 * (content/final-assessment/quiz.yaml), exactly as documented in docs/authoring.md.
 *
 * A question's schema is the engine's (`questionSchema`: each kind's fields, rules and messages, defined once in
 * src/engine/kinds/<kind>-schema.ts); this file adds what only the course knows (its skills) and the files around
 * the questions. Messages are written for trainers, not developers: each says what the field is for and what to
 * write. Rules that relate fields to each other live in `superRefine`s that report the exact field, e.g.
 * `questions[2].id`. No transforms, so `z.toJSONSchema` can still produce content/quiz.schema.json for editors.
 */
import { z } from 'zod';
import { strict, text } from './schema-parts.ts';
import { questionSchema } from '../engine/index.ts';

type Ctx = z.RefinementCtx;
type Path = (string | number)[];


/** An array with a length rule; `message` reads like "a quiz needs at least 1 question". */
function list<T extends z.core.SomeType>(item: T, field: string, message: string, min: number) {
  return z.array(item, { error: `${field} is required: ${message}` }).min(min, message);
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

/**
 * The schema of one question, discriminated on `kind`: the engine's, plus the course's rule that every skill is
 * declared in content/course.yaml. The skills are checked whatever else is wrong with the question, as the field's
 * own rule would be.
 */
export function makeQuestionSchema(skillIds: readonly string[]) {
  return questionSchema.check(
    z.superRefine(
      (question, ctx) => {
        question.skills.forEach((skill, index) => {
          if (typeof skill === 'string' && !skillIds.includes(skill)) {
            issue(ctx, ['skills', index], `unknown skill "${skill}": use one declared in content/course.yaml (${skillIds.join(', ')})`);
          }
        });
      },
      { when: ({ value }) => typeof value === 'object' && value !== null && Array.isArray((value as { skills?: unknown }).skills) },
    ),
  );
}

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
/** A reference to a lesson objective that exists (`objectives` gives each lesson id its number of objectives). */
function objectiveRef(objectives: Readonly<Record<string, number>>, what: string) {
  const lessonIds = Object.keys(objectives);
  return z
    .string({ error: `objective is required: the lesson objective ${what}, as <lesson-id>#<n>, e.g. star-method#2` })
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
    });
}

export function makeFinalAssessmentSchema(skillIds: readonly string[], objectives: Readonly<Record<string, number>>) {
  const pool = strict(
    {
      objective: objectiveRef(objectives, 'this pool tests'),
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

/**
 * Schema of a file of the company's own scenarios, content/local/<name>.yaml: each question names the lesson
 * objective it tests and where it is used — `practice` joins that lesson's quiz, `exam` the final assessment's pool
 * for the objective. An exam question also says how it stays unseen (`unseen`: the decision it asks, the nearest
 * lesson-quiz questions, and why none of them practises that decision), as coverage.yaml does for the course's own.
 */
export function makeLocalQuestionsSchema(skillIds: readonly string[], objectives: Readonly<Record<string, number>>) {
  const unseen = strict(
    {
      decision: text('decision', 'what the question asks the learner to decide, in one sentence'),
      nearest: list(text('nearest', 'a lesson-quiz question id'), 'nearest', 'name the lesson-quiz questions closest in topic', 1),
      differs: text('differs', 'why none of the nearest questions practises this decision'),
    },
    'unseen: { decision, nearest, differs }',
  );
  const entry = strict(
    {
      objective: objectiveRef(objectives, 'this question tests'),
      use: z.enum(['practice', 'exam'], {
        error: 'use is required: practice (joins the lesson’s quiz) or exam (joins the final assessment’s pool for the objective)',
      }),
      unseen: unseen.optional(),
      question: makeQuestionSchema(skillIds),
    },
    'a local question: { objective, use, unseen, question }',
  );
  return strict(
    {
      title: z.string().optional(),
      questions: list(entry, 'questions', 'a file of local questions needs at least 1 question', 1),
    },
    'a file of local questions: { title, questions }',
  ).superRefine((file, ctx) => {
    const first = new Map<string, number>();
    file.questions.forEach((entry, index) => {
      const earlier = first.get(entry.question.id);
      if (earlier === undefined) first.set(entry.question.id, index);
      else issue(ctx, ['questions', index, 'question', 'id'], `duplicate question id "${entry.question.id}": already used by question ${earlier + 1}; ids must be unique`);
    });
    file.questions.forEach((entry, index) => {
      if (entry.use === 'exam' && !entry.unseen) {
        issue(ctx, ['questions', index, 'unseen'], 'unseen is required for an exam question: { decision, nearest, differs }, so it asks nothing learners practised');
      }
    });
  });
}

export type QuizFile = z.infer<ReturnType<typeof makeQuizSchema>>;
export type LocalQuestionsFile = z.infer<ReturnType<typeof makeLocalQuestionsSchema>>;
export type FinalAssessmentFile = z.infer<ReturnType<typeof makeFinalAssessmentSchema>>;
