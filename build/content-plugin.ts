import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Plugin } from 'vite';
import { createProcessor } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import type { RootContent } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { courseSchema, makeLessonFrontmatterSchema, type CourseFile, type LessonMeta } from '../src/content/lesson-schema.ts';
import { ContentError, formatZodError } from '../src/content/format-error.ts';
import { groupLessonParts } from './remark-lesson-parts.ts';

/**
 * Reads and validates everything under content/ at build time, so that broken content fails `npm run build`
 * (and every test run, which goes through the same plugin) with the file and the field named.
 * Lesson bodies stay plain MDX, compiled lazily by @mdx-js/rollup; this plugin serves what must be known
 * without loading a body: `lesson.mdx?meta` (frontmatter + the list of parts) and `virtual:course`.
 */

export function resolveContentDir(root: string): string {
  return path.resolve(root, process.env.FRONTLINE_CONTENT_DIR ?? 'content');
}

const rel = (file: string) => path.relative(process.cwd(), file) || file;

function parseYaml(file: string, text: string): unknown {
  try {
    return YAML.parse(text);
  } catch (error) {
    throw new ContentError(`${rel(file)}: not valid YAML: ${(error as Error).message}`);
  }
}

export function loadCourse(dir: string): CourseFile {
  const file = path.join(dir, 'course.yaml');
  if (!existsSync(file)) throw new ContentError(`${rel(file)}: missing: the course needs a course.yaml (title, tagline, skills)`);
  const result = courseSchema.safeParse(parseYaml(file, readFileSync(file, 'utf8')));
  if (!result.success) throw new ContentError(formatZodError(rel(file), result.error));
  return result.data;
}

/** Lesson folders: every folder under content/ holding a lesson.mdx. */
export function lessonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .map((name) => path.join(dir, name, 'lesson.mdx'))
    .filter((file) => existsSync(file))
    .sort();
}

function hasElement(nodes: RootContent[], name: string): boolean {
  return nodes.some(
    (node) =>
      (node.type === 'mdxJsxFlowElement' && node.name === name) ||
      ('children' in node && hasElement(node.children as RootContent[], name)),
  );
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Validates one lesson's frontmatter and lists its parts (intro, `##` sections, closing). */
export function loadLessonMeta(file: string, course: CourseFile): LessonMeta {
  const source = readFileSync(file, 'utf8');
  const id = path.basename(path.dirname(file));
  const name = rel(file);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    throw new ContentError(`${name}: the folder name "${id}" is the lesson id and URL: use kebab-case (a-z, 0-9, -)`);
  }
  const match = FRONTMATTER.exec(source);
  if (!match) throw new ContentError(`${name}: frontmatter: missing: start the file with --- title, summary, order, minutes, objectives --- `);
  const schema = makeLessonFrontmatterSchema(Object.keys(course.skills));
  const result = schema.safeParse(parseYaml(file, match[1] ?? '') ?? {});
  if (!result.success) {
    throw new ContentError(formatZodError(name, result.error).replaceAll(`${name}: `, `${name}: frontmatter.`));
  }
  let tree;
  try {
    tree = createProcessor({ remarkPlugins: [remarkFrontmatter] }).parse(source);
  } catch (error) {
    throw new ContentError(`${name}: not valid MDX: ${(error as Error).message}`);
  }
  const { parts } = groupLessonParts(tree.children as RootContent[]);
  return {
    id,
    ...result.data,
    parts: parts.map((part) => ({
      kind: part.kind,
      id: part.id,
      title: part.title,
      hasNotes: hasElement(part.children, 'TrainerNotes'),
    })),
  };
}

/** Validates the whole content folder; cross-file rules (unique order) live here. */
export function loadAllLessons(dir: string): { course: CourseFile; lessons: LessonMeta[] } {
  const course = loadCourse(dir);
  const lessons = lessonFiles(dir).map((file) => loadLessonMeta(file, course));
  if (lessons.length === 0) throw new ContentError(`${rel(dir)}: no lessons: add a folder with a lesson.mdx`);
  const seen = new Map<number, string>();
  for (const lesson of lessons) {
    const other = seen.get(lesson.order);
    if (other) {
      throw new ContentError(
        `${rel(path.join(dir, lesson.id, 'lesson.mdx'))}: frontmatter.order: ${lesson.order} is already used by ${other}; give each lesson its own position`,
      );
    }
    seen.set(lesson.order, lesson.id);
  }
  return { course, lessons };
}

const VIRTUAL_COURSE = 'virtual:course';
const META_PREFIX = 'lesson-meta:';

export function contentPlugin(): Plugin {
  let dir = '';
  return {
    name: 'frontline-content',
    enforce: 'pre',
    configResolved(config) {
      dir = resolveContentDir(config.root);
    },
    buildStart() {
      // Fail fast on any content error, before a single module is compiled.
      loadAllLessons(dir);
    },
    async resolveId(source, importer) {
      if (source === VIRTUAL_COURSE) return `\0${VIRTUAL_COURSE}`;
      // A virtual id keeps `lesson.mdx?meta` away from the MDX compiler.
      const [file, query] = source.split('?');
      if (file?.endsWith('lesson.mdx') && query === 'meta') {
        const resolved = await this.resolve(file, importer, { skipSelf: true });
        if (resolved) return `\0${META_PREFIX}${resolved.id}`;
      }
      return undefined;
    },
    load(id) {
      if (id === `\0${VIRTUAL_COURSE}`) {
        const course = loadCourse(dir);
        this.addWatchFile(path.join(dir, 'course.yaml'));
        return `export default ${JSON.stringify(course)};`;
      }
      if (id.startsWith(`\0${META_PREFIX}`)) {
        const file = id.slice(META_PREFIX.length + 1);
        this.addWatchFile(file);
        return `export default ${JSON.stringify(loadLessonMeta(file, loadCourse(dir)))};`;
      }
      return undefined;
    },
  };
}
