import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Plugin } from 'vite';
import { createProcessor } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import type { RootContent } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { courseSchema, makeLessonFrontmatterSchema, type CourseFile, type Lesson } from '../src/content/lesson-schema.ts';
import { ContentError, formatZodError } from '../src/content/format-error.ts';
import { groupLessonParts, splitIntoSlides } from './remark-lesson-parts.ts';
import { makeFinalAssessmentSchema, makeQuizSchema } from '../src/content/quiz-schema.ts';
import { FINAL_ASSESSMENT_ID, type QuizData, type FinalAssessmentData, type QuizMeta } from '../src/content/quiz-types.ts';
import { createHash } from 'node:crypto';
import { loadWorkshop, workshopWatchFiles } from './workshop-content.ts';
import { applyBrandColours, brandFile, brandModule, loadBrand } from './brand.ts';

/**
 * Reads and validates everything under content/ at build time, so that broken content fails `npm run build`
 * (and every test run, which goes through the same plugin) with the file and the field named.
 * Lesson bodies stay plain MDX, compiled lazily by @mdx-js/rollup; this plugin serves what must be known
 * without loading a body: `lesson.mdx?meta` (frontmatter + the list of parts), `quiz.yaml?meta` (a quiz's pass mark)
 * and `virtual:course`.
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
  if (!existsSync(file)) throw new ContentError(`${rel(file)}: missing: the course needs a course.yaml (tagline, skills)`);
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
export function loadLessonMeta(file: string, course: CourseFile): Lesson {
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
      slides: splitIntoSlides(part.children).length,
    })),
  };
}

/** Validates the whole content folder; cross-file rules (unique order) live here. */
export function loadAllLessons(dir: string): { course: CourseFile; lessons: Lesson[] } {
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

export const FINAL_ASSESSMENT = FINAL_ASSESSMENT_ID;

/** The quiz file of a folder, YAML or JSON. */
export function quizFile(folder: string): string | undefined {
  return ['quiz.yaml', 'quiz.yml', 'quiz.json'].map((name) => path.join(folder, name)).find((file) => existsSync(file));
}

function readQuizSource(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ContentError(`${rel(file)}: not valid JSON: ${(error as Error).message}`);
    }
  }
  return parseYaml(file, text);
}

/** A short stable hash of a question's content: a resumed attempt asks again any question whose hash changed. */
export function contentHash(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 10);
}

export function readQuizFile(file: string, course: CourseFile): QuizData {
  const result = makeQuizSchema(Object.keys(course.skills)).safeParse(readQuizSource(file));
  if (!result.success) throw new ContentError(formatZodError(rel(file), result.error));
  const quiz = result.data;
  return {
    ...quiz,
    id: path.basename(path.dirname(file)),
    hashes: Object.fromEntries(quiz.questions.map((question) => [question.id, contentHash(question)])),
  };
}

/** Validates the final assessment against the course's skills and every lesson's objectives. */
export function loadFinalAssessment(file: string, course: CourseFile, lessons: readonly Lesson[]): FinalAssessmentData {
  const objectives = Object.fromEntries(lessons.map((lesson) => [lesson.id, lesson.objectives.length]));
  const result = makeFinalAssessmentSchema(Object.keys(course.skills), objectives).safeParse(readQuizSource(file));
  if (!result.success) throw new ContentError(formatZodError(rel(file), result.error));
  const questions = result.data.pools.flatMap((pool) => pool.questions);
  return {
    ...result.data,
    id: FINAL_ASSESSMENT,
    hashes: Object.fromEntries(questions.map((question) => [question.id, contentHash(question)])),
  };
}

/**
 * Rules that span quiz files: review pools name an earlier lesson with a quiz and draw no more than it holds;
 * the final assessment asks only questions no lesson quiz asks (unseen in practice).
 */
function checkAcrossQuizzes(dir: string, lessons: readonly Lesson[], quizzes: readonly QuizData[], finalFile?: string, finalAssessment?: FinalAssessmentData) {
  const order = new Map(lessons.map((lesson) => [lesson.id, lesson.order]));
  for (const quiz of quizzes) {
    const file = rel(quizFile(path.join(dir, quiz.id))!);
    quiz.review?.forEach((pool, index) => {
      const source = quizzes.find((other) => other.id === pool.from);
      if (!source) {
        throw new ContentError(`${file}: review[${index}].from: no lesson quiz "${pool.from}": use one of ${quizzes.map((q) => q.id).join(', ')}`);
      }
      if ((order.get(pool.from) ?? 0) >= (order.get(quiz.id) ?? 0)) {
        throw new ContentError(`${file}: review[${index}].from: "${pool.from}" does not come before ${quiz.id}; review only earlier lessons`);
      }
      if (pool.draw > source.questions.length) {
        throw new ContentError(`${file}: review[${index}].draw: ${pool.draw} is more than the ${source.questions.length} questions of ${pool.from}`);
      }
    });
  }
  if (!finalAssessment || !finalFile) return;
  const owner = new Map(quizzes.flatMap((quiz) => quiz.questions.map((question) => [question.id, quiz.id] as const)));
  finalAssessment.pools.forEach((pool, index) => {
    pool.questions.forEach((question, qi) => {
      const lesson = owner.get(question.id);
      if (lesson) {
        throw new ContentError(
          `${rel(finalFile)}: pools[${index}].questions[${qi}].id: "${question.id}" is also in ${rel(quizFile(path.join(dir, lesson))!)}; the final assessment asks only questions learners have not practised`,
        );
      }
    });
  });
}

/** Every quiz, with the rules that span files: question ids unique course-wide, pools no larger than their quiz. */
export function loadAllQuizzes(dir: string) {
  const { course, lessons } = loadAllLessons(dir);
  const quizzes: QuizData[] = [];
  const owner = new Map<string, string>();
  for (const lesson of lessons) {
    const file = quizFile(path.join(dir, lesson.id));
    if (!file) continue;
    const quiz = readQuizFile(file, course);
    quiz.questions.forEach((question, index) => {
      const other = owner.get(question.id);
      if (other) {
        throw new ContentError(`${rel(file)}: questions[${index}].id: "${question.id}" is already used in ${other}; question ids are unique across the course`);
      }
      owner.set(question.id, rel(file));
    });
    quizzes.push(quiz);
  }
  const finalFile = quizFile(path.join(dir, FINAL_ASSESSMENT));
  const finalAssessment = finalFile ? loadFinalAssessment(finalFile, course, lessons) : undefined;
  checkAcrossQuizzes(dir, lessons, quizzes, finalFile, finalAssessment);
  return { course, lessons, quizzes, finalAssessment };
}

const VIRTUAL_COURSE = 'virtual:course';
const VIRTUAL_WORKSHOP = 'virtual:workshop';
const VIRTUAL_BRAND = 'virtual:brand';
/** Stylesheets with colours marked `/* brand: … *\/` (see vite-plugins/brand.ts). */
const BRANDED_CSS = /\.css$/;
const QUIZ_PREFIX = 'quiz:';
const QUIZ_META_PREFIX = 'quiz-meta:';
const QUIZ_FILE = /[\\/](quiz\.(?:ya?ml|json))$/;
const META_PREFIX = 'lesson-meta:';
const PARTS_PREFIX = 'lesson-parts:';

/** Everything buildStart checks: every file of the content folder, and the rules across files. */
export function checkContent(dir: string): void {
  const { lessons, quizzes } = loadAllQuizzes(dir);
  loadWorkshop(dir, lessons, quizzes);
  loadBrand(dir);
}

/** `livePreview`: the dev server starts whatever the content; vite-plugins/content-preview.ts shows its errors in the page. */
export function contentPlugin(options: { livePreview?: boolean } = {}): Plugin {
  let dir = '';
  return {
    name: 'frontline-content',
    enforce: 'pre',
    configResolved(config) {
      dir = resolveContentDir(config.root);
    },
    buildStart() {
      // Fail fast on any content error, before a single module is compiled.
      if (!options.livePreview) checkContent(dir);
    },
    async resolveId(source, importer) {
      if (source === VIRTUAL_COURSE) return `\0${VIRTUAL_COURSE}`;
      if (source === VIRTUAL_WORKSHOP) return `\0${VIRTUAL_WORKSHOP}`;
      if (source === VIRTUAL_BRAND) return `\0${VIRTUAL_BRAND}`;
      // A virtual id keeps `lesson.mdx?meta` away from the MDX compiler.
      const [file, query] = source.split('?');
      if (file?.endsWith('lesson.mdx') && (query === 'meta' || query === 'parts')) {
        const resolved = await this.resolve(file, importer, { skipSelf: true });
        if (resolved) return `\0${query === 'meta' ? META_PREFIX : PARTS_PREFIX}${resolved.id}`;
      }
      // Quiz files become validated JSON modules (a virtual id keeps Vite's own JSON/YAML handling out).
      if (file && QUIZ_FILE.test(file) && (!query || query === 'meta')) {
        const resolved = await this.resolve(file, importer, { skipSelf: true });
        if (resolved) return `\0${query ? QUIZ_META_PREFIX : QUIZ_PREFIX}${resolved.id}`;
      }
      return undefined;
    },
    load(id) {
      if (id === `\0${VIRTUAL_COURSE}`) {
        const course = loadCourse(dir);
        this.addWatchFile(path.join(dir, 'course.yaml'));
        this.addWatchFile(brandFile(dir));
        // The course's name is the brand's: the one name every page shows.
        return `export default ${JSON.stringify({ title: loadBrand(dir).course, ...course })};`;
      }
      if (id === `\0${VIRTUAL_BRAND}`) {
        this.addWatchFile(brandFile(dir));
        return brandModule(loadBrand(dir));
      }
      if (id === `\0${VIRTUAL_WORKSHOP}`) {
        // The workshop plan (agenda, role-play cards, rating slips): one lazy chunk, only the trainer's pages load it.
        const { lessons, quizzes } = loadAllQuizzes(dir);
        for (const file of workshopWatchFiles(dir, lessons)) this.addWatchFile(file);
        return `export default ${JSON.stringify(loadWorkshop(dir, lessons, quizzes))};`;
      }
      if (id.startsWith(`\0${META_PREFIX}`)) {
        const file = id.slice(META_PREFIX.length + 1);
        this.addWatchFile(file);
        // Objectives and parts stay out of the eagerly bundled metadata: only the lesson page and its slides
        // show them, and they come with the lesson body (`?parts`, the frontmatter), keeping the home page small.
        const { objectives: _objectives, parts: _parts, ...meta } = loadLessonMeta(file, loadCourse(dir));
        return `export default ${JSON.stringify(meta)};`;
      }
      if (id.startsWith(`\0${PARTS_PREFIX}`)) {
        const file = id.slice(PARTS_PREFIX.length + 1);
        this.addWatchFile(file);
        return `export default ${JSON.stringify(loadLessonMeta(file, loadCourse(dir)).parts)};`;
      }
      const quizPrefix = [QUIZ_PREFIX, QUIZ_META_PREFIX].find((prefix) => id.startsWith(`\0${prefix}`));
      if (quizPrefix) {
        const file = id.slice(quizPrefix.length + 1);
        this.addWatchFile(file);
        const { course, lessons } = loadAllLessons(dir);
        const data = path.basename(path.dirname(file)) === FINAL_ASSESSMENT ? loadFinalAssessment(file, course, lessons) : readQuizFile(file, course);
        // `?meta`: only what every page may need without loading the quiz (its pass mark), bundled eagerly.
        const meta: QuizMeta = { id: data.id, passMark: data.passMark };
        return `export default ${JSON.stringify(quizPrefix === QUIZ_META_PREFIX ? meta : data)};`;
      }
      return undefined;
    },
    transformIndexHtml: {
      order: 'pre',
      // The page's own title and description, before a route sets its title: the brand's course name.
      handler: (html) => {
        const name = loadBrand(dir).course.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
        return html.replaceAll('%BRAND_COURSE%', name);
      },
    },
    transform(code, id) {
      // The brand's colours, written into the stylesheets at build time: no script, and no rule added.
      if (!BRANDED_CSS.test(id) || !code.includes('brand:')) return undefined;
      this.addWatchFile(brandFile(dir));
      return { code: applyBrandColours(code, loadBrand(dir).resolved), map: null };
    },
  };
}
