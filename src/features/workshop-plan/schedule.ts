import type { WorkshopData, WorkshopLesson } from '../../content/workshop.ts';

/**
 * The half-day agenda as clock times: the opening, each lesson's block (slides, discussion, role-play, quiz) in
 * course order with the breaks after the lessons they follow, then the closing. Pure, so it is easy to test.
 */

export type AgendaRow =
  | { kind: 'session'; start: number; minutes: number; title: string; notes: string }
  | { kind: 'lesson'; start: number; minutes: number; lesson: WorkshopLesson }
  | { kind: 'break'; start: number; minutes: number; title: string };

/** A lesson's block: presenting the slides, then discussion, a role-play and the workshop quiz. */
export function lessonMinutes(lesson: WorkshopLesson): number {
  return lesson.presentationMinutes + lesson.discussion.minutes + lesson.rolePlay.minutes + lesson.quiz.minutes;
}

/** The parts of a lesson's block, in running order. */
export function lessonParts(lesson: WorkshopLesson): { id: 'slides' | 'discussion' | 'role-play' | 'quiz'; label: string; minutes: number }[] {
  return [
    { id: 'slides', label: 'Slides and talk', minutes: lesson.presentationMinutes },
    { id: 'discussion', label: 'Discussion', minutes: lesson.discussion.minutes },
    { id: 'role-play', label: 'Role-play', minutes: lesson.rolePlay.minutes },
    { id: 'quiz', label: 'Workshop quiz', minutes: lesson.quiz.minutes },
  ];
}

/** "09:00" → minutes after midnight. */
export function parseClock(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Minutes after midnight → "9:05" (24-hour clock, as trainers write it on a whiteboard). */
export function formatClock(minutes: number): string {
  const day = ((minutes % 1440) + 1440) % 1440;
  return `${Math.floor(day / 60)}:${String(day % 60).padStart(2, '0')}`;
}

/** 233 → "3 h 53 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export function schedule(workshop: WorkshopData): { rows: AgendaRow[]; start: number; end: number } {
  const agenda = workshop.agenda;
  const start = agenda ? parseClock(agenda.start) : 9 * 60;
  const rows: AgendaRow[] = [];
  let clock = start;
  const push = (row: AgendaRow) => {
    rows.push(row);
    clock += row.minutes;
  };
  if (agenda) push({ kind: 'session', start: clock, ...agenda.opening });
  for (const lesson of workshop.lessons) {
    push({ kind: 'lesson', start: clock, minutes: lessonMinutes(lesson), lesson });
    for (const pause of agenda?.breaks.filter((candidate) => candidate.after === lesson.id) ?? []) {
      push({ kind: 'break', start: clock, minutes: pause.minutes, title: pause.title ?? 'Break' });
    }
  }
  if (agenda) push({ kind: 'session', start: clock, ...agenda.closing });
  return { rows, start, end: clock };
}
