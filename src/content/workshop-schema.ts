/**
 * Schemas for the live-workshop plan: content/workshop.yaml (the half-day agenda) and
 * content/<lesson-id>/workshop.yaml (one lesson's block: timings, discussion, role-play cards, rating slips,
 * the quiz questions to run), as documented in docs/authoring.md.
 *
 * Messages are written for trainers: each says what the field is for and what to write. Rules that need other
 * files (quiz question ids, lesson ids, objective numbers) are checked by vite-plugins/workshop-content.ts.
 */
import { z } from 'zod';
import { strict, text } from './schema-parts.ts';


function minutes(field: string, max: number) {
  return z
    .number({ error: `${field} is required: the minutes this takes in the room, as a whole number` })
    .int(`${field} must be a whole number of minutes`)
    .min(1, `${field} must be at least 1 minute`)
    .max(max, `${field} must be at most ${max} minutes: split it up`);
}

function list<T extends z.ZodType>(item: T, field: string, message: string, min: number, max: number) {
  return z.array(item, { error: `${field} is required: ${message}` }).min(min, message).max(max, message);
}

const id = z
  .string({ error: 'id is required: a short kebab-case name, unique in this file' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case (a-z, 0-9, -)');

/** Uniqueness of ids inside one list, reported at the repeated id. */
function uniqueIds(items: readonly { id: string }[], ctx: z.RefinementCtx, what: string) {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate ${what} id "${item.id}": already used by ${what} ${first + 1}` });
  });
}

export const rolePlayCardSchema = strict(
  {
    id,
    title: text('title', 'a short name for the role-play, shown on both cards'),
    scenario: text('scenario', 'what both players know: where they are and what has happened so far'),
    customer: text('customer', 'the brief for the person playing the customer: what they want, how they feel, what they do'),
    staff: text('staff', 'the brief for the person playing the staff member: what they know and what they may offer'),
  },
  'a role-play card: id, title, scenario, customer, staff',
);

export const ratingItemSchema = strict(
  {
    text: text('text', 'one behaviour the observer can see or hear, e.g. “Apologizes within the first minute”'),
    objective: z
      .number({ error: 'objective must be a number: the position of the lesson objective this behaviour shows (1, 2, 3 …)' })
      .int('objective must be a whole number')
      .min(1, 'objective starts at 1')
      .optional(),
  },
  'a behaviour: { text, objective }',
);

export const ratingSlipSchema = strict(
  {
    id,
    title: text('title', 'the heading printed on the slip'),
    for: z.enum(['role-play', 'colleagues'], {
      error: 'for must be "role-play" (an observer fills it in during a role-play) or "colleagues" (handed out to rate someone at work)',
    }),
    instructions: text('instructions', 'one or two sentences telling the person with the slip what to do'),
    scale: list(text('each scale label', 'a short rating, e.g. Seen'), 'scale', 'give 2–5 rating labels, e.g. [Seen, Partly, Not yet]', 2, 5).optional(),
    items: list(ratingItemSchema, 'items', 'list 1–8 behaviours to rate', 1, 8),
    writeIn: list(text('each writeIn question', 'an open question, e.g. One thing that worked'), 'writeIn', 'give 1–3 open questions with space to write', 1, 3).optional(),
  },
  'a rating slip: id, title, for, instructions, items',
);

export const workshopLessonSchema = strict(
  {
    discussion: strict(
      {
        minutes: minutes('discussion.minutes', 30),
        prompts: list(text('each prompt', 'a question for the room'), 'prompts', 'give 1–4 questions for the room', 1, 4),
      },
      'discussion: { minutes, prompts }',
    ),
    rolePlay: strict(
      {
        minutes: minutes('rolePlay.minutes', 45),
        howTo: text('howTo', 'how to run the role-play: groups, roles, timings, feedback'),
        cards: list(rolePlayCardSchema, 'cards', 'give 1–3 role-play cards', 1, 3).superRefine((cards, ctx) => uniqueIds(cards, ctx, 'card')),
      },
      'rolePlay: { minutes, howTo, cards }',
    ),
    quiz: strict(
      {
        minutes: minutes('quiz.minutes', 30),
        questions: list(
          z.string({ error: 'a question id from this lesson’s quiz.yaml' }),
          'questions',
          'list 1–12 question ids from this lesson’s quiz.yaml, in the order you will run them',
          1,
          12,
        ),
      },
      'quiz: { minutes, questions }',
    ),
    ratingSlips: list(ratingSlipSchema, 'ratingSlips', 'give 1–3 rating slips, at least one for the role-play', 1, 3).superRefine((slips, ctx) => {
      uniqueIds(slips, ctx, 'slip');
      if (!slips.some((slip) => slip.for === 'role-play')) {
        ctx.addIssue({ code: 'custom', message: 'add a slip with for: role-play, so the observer has a checklist' });
      }
    }),
  },
  'a lesson workshop plan: discussion, rolePlay, quiz, ratingSlips',
);
export type WorkshopLessonFile = z.infer<typeof workshopLessonSchema>;
export type RolePlayCard = z.infer<typeof rolePlayCardSchema>;
export type RatingSlip = z.infer<typeof ratingSlipSchema>;

const session = (what: string) =>
  strict(
    {
      title: text('title', `the ${what}’s name on the agenda`),
      minutes: minutes('minutes', 60),
      notes: text('notes', `what happens in the ${what}, in a sentence or two`),
    },
    `the ${what}: { title, minutes, notes }`,
  );

export const workshopAgendaSchema = strict(
  {
    title: text('title', 'the workshop’s name, printed at the top of the agenda'),
    start: z
      .string({ error: 'start is required: the start time, 24-hour, e.g. "09:00" (in quotes)' })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'start must be a 24-hour time like "09:00" (in quotes)'),
    opening: session('opening'),
    breaks: z
      .array(
        strict(
          {
            after: text('after', 'the id of the lesson the break follows, e.g. difficult-customers'),
            minutes: minutes('minutes', 60),
            title: z.string().regex(/\S/, 'title must not be blank').optional(),
          },
          'a break: { after, minutes }',
        ),
        { error: 'breaks must be a list like [{ after: difficult-customers, minutes: 15 }]' },
      )
      .default([]),
    closing: session('closing'),
    prepare: list(text('each prepare item', 'one thing to print, set up or bring'), 'prepare', 'list 1–10 things to get ready', 1, 10),
  },
  'the workshop agenda: title, start, opening, breaks, closing, prepare',
);
export type WorkshopAgendaFile = z.infer<typeof workshopAgendaSchema>;

/** One lesson's workshop block as the app receives it (built by vite-plugins/workshop-content.ts). */
export interface WorkshopLesson extends WorkshopLessonFile {
  id: string;
  title: string;
  order: number;
  objectives: string[];
  /** Presenting the slides: the sum of the lesson's <TrainerNotes minutes>. */
  presentationMinutes: number;
  /** The quiz questions to run: their place in the workshop quiz (1-based) and their prompt. */
  quizQuestions: { id: string; position: number; prompt: string }[];
}

export interface WorkshopData {
  /** The half-day agenda, when content/workshop.yaml exists. */
  agenda: WorkshopAgendaFile | null;
  /** Lessons with a workshop.yaml, in course order. */
  lessons: WorkshopLesson[];
}
