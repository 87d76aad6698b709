import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, formatZodError } from '../src/content/format-error.ts';
import type { Lesson } from '../src/content/lesson-schema.ts';
import type { QuizData } from '../src/content/quiz-types.ts';
import { parseYaml, rel } from './content-files.ts';
import {
  workshopAgendaSchema,
  workshopLessonSchema,
  type WorkshopAgendaFile,
  type WorkshopData,
  type WorkshopLesson,
} from '../src/content/workshop-schema.ts';

/**
 * The live-workshop plan: content/workshop.yaml (the half-day agenda) and content/<lesson-id>/workshop.yaml
 * (each lesson's block). Validated with the rest of the content, so a wrong question id or lesson id fails
 * `npm run build` with the file and the field named.
 */


export const AGENDA_FILE = 'workshop.yaml';

export function workshopFile(dir: string, lessonId: string): string {
  return path.join(dir, lessonId, AGENDA_FILE);
}

const readYaml = (file: string): unknown => parseYaml(file, readFileSync(file, 'utf8'));

/** Minutes of a lesson's slides: the sum of its <TrainerNotes minutes={n}>. */
export function presentationMinutes(lessonFile: string): number {
  const source = readFileSync(lessonFile, 'utf8');
  return [...source.matchAll(/<TrainerNotes\s+minutes=\{(\d+)\}/g)].reduce((sum, match) => sum + Number(match[1]), 0);
}

function loadLessonWorkshop(dir: string, lesson: Lesson, quiz: QuizData | undefined): WorkshopLesson {
  const file = workshopFile(dir, lesson.id);
  const name = rel(file);
  const result = workshopLessonSchema.safeParse(readYaml(file) ?? {});
  if (!result.success) throw new ContentError(formatZodError(name, result.error));
  const plan = result.data;
  if (!quiz) throw new ContentError(`${name}: quiz: ${lesson.id} has no quiz.yaml; a workshop block runs the lesson’s quiz`);
  const quizName = rel(['quiz.yaml', 'quiz.yml', 'quiz.json'].map((f) => path.join(dir, lesson.id, f)).find((f) => existsSync(f)) ?? path.join(dir, lesson.id, 'quiz.yaml'));
  const quizQuestions = plan.quiz.questions.map((questionId, index) => {
    const position = quiz.questions.findIndex((question) => question.id === questionId);
    if (position < 0) {
      throw new ContentError(`${name}: quiz.questions[${index}]: "${questionId}" is not a question in ${quizName}`);
    }
    if (plan.quiz.questions.indexOf(questionId) !== index) {
      throw new ContentError(`${name}: quiz.questions[${index}]: "${questionId}" is listed twice`);
    }
    return { id: questionId, position: position + 1, prompt: quiz.questions[position]!.prompt };
  });
  plan.ratingSlips.forEach((slip, slipIndex) => {
    slip.items.forEach((item, itemIndex) => {
      if (item.objective !== undefined && item.objective > lesson.objectives.length) {
        throw new ContentError(
          `${name}: ratingSlips[${slipIndex}].items[${itemIndex}].objective: ${lesson.id} has ${lesson.objectives.length} objectives; use 1–${lesson.objectives.length}`,
        );
      }
    });
  });
  return {
    ...plan,
    id: lesson.id,
    title: lesson.title,
    order: lesson.order,
    objectives: lesson.objectives,
    presentationMinutes: presentationMinutes(path.join(dir, lesson.id, 'lesson.mdx')),
    quizQuestions,
  };
}

function loadAgenda(dir: string, lessons: readonly Lesson[], planned: ReadonlySet<string>, known: readonly Lesson[]): WorkshopAgendaFile {
  const file = path.join(dir, AGENDA_FILE);
  const name = rel(file);
  const result = workshopAgendaSchema.safeParse(readYaml(file) ?? {});
  if (!result.success) throw new ContentError(formatZodError(name, result.error));
  const agenda = result.data;
  agenda.breaks.forEach((pause, index) => {
    if (!known.some((lesson) => lesson.id === pause.after)) {
      throw new ContentError(`${name}: breaks[${index}].after: no lesson "${pause.after}": use one of ${known.map((l) => l.id).join(', ')}`);
    }
  });
  const missing = lessons.find((lesson) => !planned.has(lesson.id));
  if (missing) {
    throw new ContentError(`${rel(workshopFile(dir, missing.id))}: missing: the agenda in ${name} runs every lesson, so each needs a workshop.yaml`);
  }
  // A break after a lesson the course leaves out (course.yaml's `lessons`) is not taken.
  return { ...agenda, breaks: agenda.breaks.filter((pause) => lessons.some((lesson) => lesson.id === pause.after)) };
}

/**
 * Every workshop file under `dir`, validated against the lessons and their quizzes: the plan covers the lessons the
 * course runs (`lessons`), while a break may name any lesson folder (`known`).
 */
export function loadWorkshop(dir: string, lessons: readonly Lesson[], quizzes: readonly QuizData[], known: readonly Lesson[] = lessons): WorkshopData {
  const ordered = [...lessons].sort((a, b) => a.order - b.order);
  const plans = ordered
    .filter((lesson) => existsSync(workshopFile(dir, lesson.id)))
    .map((lesson) => loadLessonWorkshop(dir, lesson, quizzes.find((quiz) => quiz.id === lesson.id)));
  const agenda = existsSync(path.join(dir, AGENDA_FILE)) ? loadAgenda(dir, ordered, new Set(plans.map((plan) => plan.id)), known) : null;
  return { agenda, lessons: plans };
}

/** Files the workshop module depends on, so the dev server reloads it when any of them changes. */
export function workshopWatchFiles(dir: string, lessons: readonly Lesson[]): string[] {
  return [
    path.join(dir, AGENDA_FILE),
    ...lessons.flatMap((lesson) => [workshopFile(dir, lesson.id), path.join(dir, lesson.id, 'lesson.mdx'), path.join(dir, lesson.id, 'quiz.yaml')]),
  ];
}
