import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getLesson } from '../../../src/content/course.ts';
import type { LessonMeta } from '../../../src/content/lesson-schema.ts';

/**
 * What the trainer-route tests need to know about a lesson, read from content/ rather than written into the
 * tests, so that editing a lesson (a new section, reworded notes) does not break them.
 */
export interface SectionSource {
  title: string;
  /** The 1-based slide that shows this section: slide 1 is the title, slide 2 the intro. */
  slide: number;
  /** The section's MDX, notes included. */
  source: string;
  /** The first words of the section's first paragraph of prose (shown on the slide). */
  opening: string;
  notes?: { minutes?: number; say: string };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first `count` words of a text, as a regular expression that matches them in rendered text. */
export function startOf(text: string, count = 5): RegExp {
  return new RegExp(escape(text.split(/\s+/).slice(0, count).join(' ')));
}

export function lessonMeta(id: string): LessonMeta {
  const meta = getLesson(id);
  if (!meta) throw new Error(`No lesson "${id}" in content/`);
  return meta;
}

const lessonSource = (id: string) => readFileSync(path.resolve('content', id, 'lesson.mdx'), 'utf8');

/** The title of the lesson's opening <Scenario>. */
export function scenarioTitle(id: string): string {
  const title = /<Scenario\s+title="([^"]+)"/.exec(lessonSource(id))?.[1];
  if (!title) throw new Error(`content/${id}/lesson.mdx: no <Scenario title="…">`);
  return title;
}

export function lessonSections(id: string): SectionSource[] {
  const source = lessonSource(id);
  const meta = lessonMeta(id);
  const chunks = source.split(/^## /m).slice(1);
  return chunks.map((chunk) => {
    const title = chunk.split('\n', 1)[0]!.trim();
    const part = meta.parts.findIndex((p) => p.kind === 'section' && p.title === title);
    if (part < 0) throw new Error(`content/${id}/lesson.mdx: no part titled "${title}"`);
    const body = chunk.slice(title.length).split(/<TrainerNotes/)[0]!;
    const opening = body
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .find((block) => /^[A-Z]/.test(block) && !block.startsWith('<'));
    const notes = /<TrainerNotes(?:\s+minutes=\{(\d+)\})?\s*>([\s\S]*?)<\/TrainerNotes>/.exec(chunk);
    const say = notes ? /\*\*Say:\*\*\s*([^*\n]+)/.exec(notes[2]!)?.[1]?.trim() : undefined;
    return {
      title,
      slide: part + 2,
      source: chunk,
      opening: opening ?? '',
      ...(notes ? { notes: { ...(notes[1] ? { minutes: Number(notes[1]) } : {}), say: say ?? '' } } : {}),
    };
  });
}
