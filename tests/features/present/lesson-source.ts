import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import type { RootContent } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { loadCourse, loadLessonMeta } from '../../../vite-plugins/content-plugin.ts';
import { groupLessonParts, splitIntoSlides } from '../../../vite-plugins/remark-lesson-parts.ts';
import type { Lesson } from '../../../src/content/lesson-schema.ts';

/**
 * What the trainer-route tests need to know about a lesson, read from content/ rather than written into the
 * tests, so that editing a lesson (a new section, reworded notes) does not break them.
 */
export interface SectionSource {
  title: string;
  /** The 1-based slide that opens this section: slide 1 is the title, then each part's slides in turn. */
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

/** A lesson with its parts and their slide counts, as the content build reads it. */
export function lessonMeta(id: string): Lesson {
  return loadLessonMeta(path.resolve('content', id, 'lesson.mdx'), loadCourse(path.resolve('content')));
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
      slide: 2 + meta.parts.slice(0, part).reduce((sum, p) => sum + p.slides, 0),
      source: chunk,
      opening: opening ?? '',
      ...(notes ? { notes: { ...(notes[1] ? { minutes: Number(notes[1]) } : {}), say: say ?? '' } } : {}),
    };
  });
}

/** The 1-based slide that shows the lesson's <`element`> (a widget, a diagram), cut as the build cuts the deck. */
export function slideWith(id: string, element: string): number {
  const tree = createProcessor({ remarkPlugins: [remarkFrontmatter] }).parse(lessonSource(id));
  const slides = groupLessonParts(tree.children as RootContent[]).parts.flatMap((part) => splitIntoSlides(part.children));
  const index = slides.findIndex((slide) => slide.some((node) => node.type === 'mdxJsxFlowElement' && node.name === element));
  if (index < 0) throw new Error(`content/${id}/lesson.mdx: no <${element}>`);
  // Slide 1 is the title; the parts' slides follow.
  return index + 2;
}
