import type { LessonMeta } from '../../content/lesson-schema.ts';

/**
 * The slide deck of a lesson: slide 1 is the title, then one slide per lesson part (intro, each `##`
 * section, the closing), then a last slide that sends the room to the workshop quiz. Slides are 1-based,
 * as in the URL.
 */

export type SlideKind = { kind: 'title' } | { kind: 'part'; part: number } | { kind: 'end' };

export function slideCount(lesson: Pick<LessonMeta, 'parts'>): number {
  return lesson.parts.length + 2;
}

export function slideAt(lesson: Pick<LessonMeta, 'parts'>, slide: number): SlideKind {
  if (slide <= 1) return { kind: 'title' };
  if (slide >= slideCount(lesson)) return { kind: 'end' };
  return { kind: 'part', part: slide - 2 };
}

/** A short name for a slide (announcements, the speaker view's "Next" label). */
export function slideName(lesson: Pick<LessonMeta, 'parts' | 'title'>, slide: number): string {
  const at = slideAt(lesson, slide);
  if (at.kind === 'title') return lesson.title;
  if (at.kind === 'end') return 'Workshop quiz';
  return lesson.parts[at.part]?.title ?? '';
}

/**
 * The slide a URL segment means, clamped to 1…count: "0" → 1, "99" → count, "abc" → 1, "2.6" → 3.
 * `exact` is false when the segment is not already that slide's canonical form, so the route redirects.
 */
export function resolvePosition(raw: string | undefined, count: number): { position: number; exact: boolean } {
  const value = Number(raw);
  const rounded = Number.isFinite(value) && raw?.trim() !== '' ? Math.round(value) : 1;
  const position = Math.min(Math.max(rounded, 1), Math.max(count, 1));
  return { position, exact: raw === String(position) };
}
