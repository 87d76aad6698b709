import type { MDXProps } from 'mdx/types';
import type { ComponentType } from 'react';
import course from 'virtual:course';
import type { Lesson, LessonFrontmatter, LessonMeta, LessonPartMeta } from './lesson-schema.ts';

/**
 * The typed course model. Lessons are discovered from content/<id>/lesson.mdx (those course.yaml's `lessons`
 * list names, in its order, where it has one): their metadata is bundled
 * eagerly (it is small and validated at build time), their bodies load lazily, one chunk per lesson.
 */
const metaModules = import.meta.glob<LessonMeta | null>('@content/*/lesson.mdx', {
  query: '?meta',
  import: 'default',
  eager: true,
});
const bodyModules = import.meta.glob<{ default: ComponentType<MDXProps>; frontmatter: LessonFrontmatter }>('@content/*/lesson.mdx');
const partModules = import.meta.glob<LessonPartMeta[]>('@content/*/lesson.mdx', { query: '?parts', import: 'default' });

const idFromPath = (file: string) => /([^/]+)\/lesson\.mdx/.exec(file)?.[1] ?? file;

/** The lessons the course runs, in course order (a folder course.yaml's `lessons` list leaves out is null here). */
export const lessons: readonly LessonMeta[] = Object.values(metaModules)
  .filter((meta): meta is LessonMeta => meta !== null)
  .sort((a, b) => a.order - b.order);

const bodies = new Map(Object.entries(bodyModules).map(([file, load]) => [idFromPath(file), load]));
const partLists = new Map(Object.entries(partModules).map(([file, load]) => [idFromPath(file), load]));

export { course };

export function getLesson(id: string | undefined): LessonMeta | undefined {
  return lessons.find((lesson) => lesson.id === id);
}

/** The lesson after this one in course order, if any. */
export function nextLesson(id: string): LessonMeta | undefined {
  const index = lessons.findIndex((lesson) => lesson.id === id);
  return index >= 0 ? lessons[index + 1] : undefined;
}

/** Loads a lesson's body (one chunk per lesson) with the parts of it only the lesson and its slides show. */
export async function loadLesson(meta: LessonMeta): Promise<{ lesson: Lesson; Body: ComponentType<MDXProps> }> {
  const load = bodies.get(meta.id);
  const loadParts = partLists.get(meta.id);
  if (!load || !loadParts) throw new Error(`No lesson body for "${meta.id}"`);
  const [module, parts] = await Promise.all([load(), loadParts()]);
  return { lesson: { ...meta, objectives: module.frontmatter.objectives, parts }, Body: module.default };
}

export function skillLabel(skill: string): string {
  return course.skills[skill] ?? skill;
}
