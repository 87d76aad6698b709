import { z } from 'zod';

/** The course file, content/course.yaml. */
export const courseSchema = z
  .object({
    // The course's name is the brand's (content/brand.yaml), with the other names learners see.
    title: z.never({ error: 'title has moved to brand.yaml: write the course’s name there as "course:"' }).optional(),
    tagline: z.string({ error: 'tagline is required: one line under the course title' }).min(1),
    lessons: z
      .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lesson is named by its folder (kebab-case), e.g. star-method'), {
        error: 'lessons must be a list of lesson folders, e.g. [service-breakdowns, star-method]',
      })
      .min(1, 'list at least 1 lesson, or leave lessons out to run every lesson')
      .superRefine((ids, ctx) => {
        ids.forEach((id, index) => {
          if (ids.indexOf(id) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `"${id}" is already listed at lessons[${ids.indexOf(id)}]: list each lesson once` });
        });
      })
      .optional(),
    skills: z.record(
      z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'skill ids are kebab-case'),
      z.string().min(1, 'give each skill a label learners can read'),
    ),
  })
  .strict();
export type CourseFile = z.infer<typeof courseSchema>;
/** The course as the pages read it (`virtual:course`): course.yaml with the course's name from brand.yaml. */
export interface Course extends Omit<CourseFile, 'title'> {
  title: string;
}

/** Lesson frontmatter, checked against the skills declared in course.yaml. */
export function makeLessonFrontmatterSchema(skillIds: readonly string[]) {
  return z
    .object({
      title: z.string({ error: 'title is required: the lesson name' }).min(3, 'title is too short'),
      summary: z
        .string({ error: 'summary is required: one sentence for the course home page' })
        .min(10, 'summary is too short: write one full sentence'),
      order: z
        .number({ error: 'order is required: a whole number giving the lesson position (1, 2, 3 …)' })
        .int('order must be a whole number')
        .min(1, 'order starts at 1'),
      minutes: z
        .number({ error: 'minutes is required: the study time in minutes, as a number' })
        .int('minutes must be a whole number')
        .min(1, 'minutes must be at least 1')
        .max(90, 'minutes must be at most 90: split a longer lesson'),
      objectives: z
        .array(z.string().min(5, 'an objective must be a full sentence'), {
          error: 'objectives is required: a list of 3–5 measurable objectives',
        })
        .min(3, 'list at least 3 objectives')
        .max(5, 'list at most 5 objectives'),
      skills: z
        .array(
          z.string().refine((s) => skillIds.includes(s), {
            message: `unknown skill: use one declared in content/course.yaml (${skillIds.join(', ')})`,
          }),
        )
        .default([]),
    })
    .strict();
}
export type LessonFrontmatter = z.infer<ReturnType<typeof makeLessonFrontmatterSchema>>;

/** What the course home needs of a lesson without loading its body (built by the content plugin). */
export interface LessonMeta extends Omit<LessonFrontmatter, 'objectives'> {
  id: string;
}

/** One part of a lesson (intro, a `##` section, the closing) and how many projector slides it is cut into. */
export interface LessonPartMeta {
  kind: 'intro' | 'section' | 'closing';
  id: string;
  title: string;
  hasNotes: boolean;
  slides: number;
}

/** A lesson as its page and slides show it: the metadata plus what comes with its body. */
export interface Lesson extends LessonMeta {
  objectives: LessonFrontmatter['objectives'];
  parts: LessonPartMeta[];
}
