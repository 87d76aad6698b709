import type { WorkshopData, WorkshopLesson } from './workshop-schema.ts';

/**
 * The live-workshop plan (content/workshop.yaml and each lesson's workshop.yaml), validated at build time. It
 * loads lazily, in one chunk, so only the trainer's pages download it.
 */
export async function loadWorkshop(): Promise<WorkshopData> {
  return (await import('virtual:workshop')).default;
}

export async function loadLessonWorkshop(lessonId: string | undefined): Promise<WorkshopLesson | undefined> {
  return (await loadWorkshop()).lessons.find((lesson) => lesson.id === lessonId);
}

export type { RatingSlip, RolePlayCard, WorkshopAgendaFile, WorkshopData, WorkshopLesson } from './workshop-schema.ts';
