import type { Lesson } from '../../content/lesson-schema.ts';

/**
 * The slide deck of a lesson: slide 1 is the title, then each lesson part (intro, each `##` section, the
 * closing) as the slides the build cut it into (see vite-plugins/remark-lesson-parts.ts: one idea per slide, never
 * shrunk to fit), then a last slide that sends the room to the workshop quiz. Slides are 1-based, as in the URL.
 */

export type SlideKind = { kind: 'title' } | { kind: 'part'; part: number; page: number; pages: number } | { kind: 'end' };

type Deck = Pick<Lesson, 'parts'>;

const pagesOf = (part: Lesson['parts'][number]) => Math.max(1, part.slides);

export function slideCount(lesson: Deck): number {
  return lesson.parts.reduce((sum, part) => sum + pagesOf(part), 0) + 2;
}

export function slideAt(lesson: Deck, slide: number): SlideKind {
  if (slide <= 1) return { kind: 'title' };
  let first = 2;
  for (const [part, meta] of lesson.parts.entries()) {
    const pages = pagesOf(meta);
    if (slide < first + pages) return { kind: 'part', part, page: slide - first, pages };
    first += pages;
  }
  return { kind: 'end' };
}

/** A short name for a slide (announcements, the speaker view's "Next" label). */
export function slideName(lesson: Deck & Pick<Lesson, 'title'>, slide: number): string {
  const at = slideAt(lesson, slide);
  if (at.kind === 'title') return lesson.title;
  if (at.kind === 'end') return 'Workshop quiz';
  const title = lesson.parts[at.part]?.title ?? '';
  return at.pages > 1 ? `${title} (${at.page + 1} of ${at.pages})` : title;
}

/**
 * The slide a URL segment asks for. `exact` is false when a slide number is written in another form than its
 * own ("02", "2.0"), so the route redirects; `outOfRange` is true for a number that is no slide of the deck
 * ("0", "999") or no number at all ("abc"), so the route says so instead of showing some other slide.
 */
export function resolvePosition(raw: string | undefined, count: number): { position: number; exact: boolean; outOfRange: boolean } {
  const value = Number(raw);
  const isNumber = Number.isFinite(value) && raw?.trim() !== '' && Number.isInteger(value);
  if (!isNumber || value < 1 || value > count) return { position: Math.min(Math.max(isNumber ? value : 1, 1), Math.max(count, 1)), exact: false, outOfRange: true };
  return { position: value, exact: raw === String(value), outOfRange: false };
}
