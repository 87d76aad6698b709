import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
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
import { contentHash, parseYaml, readContentSource, rel } from './content-files.ts';
import { joinLocalQuestions, localFiles, readLocalQuestions } from './local-content.ts';
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

/**
 * A lesson's place in the course: its position in course.yaml's `lessons` list where there is one (undefined when
 * the list leaves it out), its frontmatter `order` otherwise.
 */
export function lessonPosition(course: CourseFile, id: string, order: number): number | undefined {
  if (!course.lessons) return order;
  const index = course.lessons.indexOf(id);
  return index >= 0 ? index + 1 : undefined;
}

/**
 * Validates the whole content folder; cross-file rules (unique order, the lessons course.yaml lists) live here.
 * `all` is every lesson folder, each checked; `lessons` the ones the course runs, in course order, each with its
 * position as `order` (course.yaml's `lessons` list decides both where it has one).
 */
export function loadAllLessons(dir: string): { course: CourseFile; lessons: Lesson[]; all: Lesson[] } {
  const course = loadCourse(dir);
  const all = lessonFiles(dir).map((file) => loadLessonMeta(file, course));
  if (all.length === 0) throw new ContentError(`${rel(dir)}: no lessons: add a folder with a lesson.mdx`);
  if (course.lessons) {
    course.lessons.forEach((id, index) => {
      if (!all.some((lesson) => lesson.id === id)) {
        throw new ContentError(`${rel(path.join(dir, 'course.yaml'))}: lessons[${index}]: no lesson folder "${id}": the lessons are ${all.map((l) => l.id).join(', ')}`);
      }
    });
  } else {
    const seen = new Map<number, string>();
    for (const lesson of all) {
      const other = seen.get(lesson.order);
      if (other) {
        throw new ContentError(
          `${rel(path.join(dir, lesson.id, 'lesson.mdx'))}: frontmatter.order: ${lesson.order} is already used by ${other}; give each lesson its own position`,
        );
      }
      seen.set(lesson.order, lesson.id);
    }
  }
  const lessons = all
    .flatMap((lesson) => {
      const order = lessonPosition(course, lesson.id, lesson.order);
      return order === undefined ? [] : [{ ...lesson, order }];
    })
    .sort((a, b) => a.order - b.order);
  return { course, lessons, all };
}

export const FINAL_ASSESSMENT = FINAL_ASSESSMENT_ID;

/** The quiz file of a folder, YAML or JSON. */
export function quizFile(folder: string): string | undefined {
  return ['quiz.yaml', 'quiz.yml', 'quiz.json'].map((name) => path.join(folder, name)).find((file) => existsSync(file));
}

export { contentHash };

export function readQuizFile(file: string, course: CourseFile): QuizData {
  const result = makeQuizSchema(Object.keys(course.skills)).safeParse(readContentSource(file));
  if (!result.success) throw new ContentError(formatZodError(rel(file), result.error));
  const quiz = result.data;
  return {
    ...quiz,
    id: path.basename(path.dirname(file)),
    hashes: Object.fromEntries(quiz.questions.map((question) => [question.id, contentHash(question)])),
  };
}

/**
 * Validates the final assessment against the course's skills and every lesson's objectives (`all`); the exam then
 * draws only from the pools of the lessons the course runs (`included`).
 */
export function loadFinalAssessment(file: string, course: CourseFile, all: readonly Lesson[], included: readonly Lesson[] = all): FinalAssessmentData {
  const objectives = Object.fromEntries(all.map((lesson) => [lesson.id, lesson.objectives.length]));
  const result = makeFinalAssessmentSchema(Object.keys(course.skills), objectives).safeParse(readContentSource(file));
  if (!result.success) throw new ContentError(formatZodError(rel(file), result.error));
  return finalAsRun({ ...result.data, id: FINAL_ASSESSMENT, hashes: {} }, included);
}

/** The final assessment's pools for the objectives of the lessons the course runs, with their questions' hashes. */
function finalAsRun(final: FinalAssessmentData, included: readonly Lesson[]): FinalAssessmentData {
  const runs = new Set(included.map((lesson) => lesson.id));
  const pools = final.pools.filter((pool) => runs.has(pool.objective.split('#')[0]!));
  const questions = pools.flatMap((pool) => pool.questions);
  return { ...final, pools, hashes: Object.fromEntries(questions.map((question) => [question.id, contentHash(question)])) };
}

/**
 * A lesson quiz as the course runs it: where course.yaml lists the lessons, a review pool of a lesson left out or
 * placed later is dropped (a review brings back only what came before).
 */
function asRun(quiz: QuizData, lessons: readonly Lesson[], course: CourseFile): QuizData {
  if (!course.lessons || !quiz.review) return quiz;
  const position = new Map(lessons.map((lesson) => [lesson.id, lesson.order]));
  const own = position.get(quiz.id) ?? 0;
  const review = quiz.review.filter((pool) => (position.get(pool.from) ?? Infinity) < own);
  const { review: _review, ...rest } = quiz;
  return review.length > 0 ? { ...rest, review } : rest;
}

/**
 * Rules that span quiz files: review pools name an earlier lesson with a quiz and draw no more than it holds;
 * the final assessment asks only questions no lesson quiz asks (unseen in practice).
 */
function checkAcrossQuizzes(dir: string, ordered: readonly Lesson[] | undefined, quizzes: readonly QuizData[], finalFile?: string, finalAssessment?: FinalAssessmentData) {
  // Without a `lessons` list in course.yaml, the frontmatter's order says which lessons come earlier (with one, a
  // review that does not come earlier in the list is dropped: asRun).
  const order = new Map((ordered ?? []).map((lesson) => [lesson.id, lesson.order]));
  for (const quiz of quizzes) {
    const file = rel(quizFile(path.join(dir, quiz.id))!);
    quiz.review?.forEach((pool, index) => {
      const source = quizzes.find((other) => other.id === pool.from);
      if (!source) {
        throw new ContentError(`${file}: review[${index}].from: no lesson quiz "${pool.from}": use one of ${quizzes.map((q) => q.id).join(', ')}`);
      }
      if (ordered && (order.get(pool.from) ?? 0) >= (order.get(quiz.id) ?? 0)) {
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

/**
 * Every quiz, with the rules that span files: question ids unique course-wide, pools no larger than their quiz. Every
 * file is checked; what is returned is what the course runs (`lessons`, their `quizzes`, the final assessment's pools
 * for their objectives), with `all` the lessons checked.
 */
export function loadAllQuizzes(dir: string) {
  const { course, lessons, all } = loadAllLessons(dir);
  const every: QuizData[] = [];
  const owner = new Map<string, string>();
  for (const lesson of all) {
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
    every.push(quiz);
  }
  const finalFile = quizFile(path.join(dir, FINAL_ASSESSMENT));
  // Checked whole, against every lesson: a lesson left out today may be run again tomorrow.
  const wholeFinal = finalFile ? loadFinalAssessment(finalFile, course, all) : undefined;
  checkAcrossQuizzes(dir, course.lessons ? undefined : all, every, finalFile, wholeFinal);
  // The company's own scenarios (content/local/) join their lesson's quiz or their objective's exam pool.
  const joined = joinLocalQuestions(dir, readLocalQuestions(dir, course, all), every, wholeFinal, owner);
  const runs = new Set(lessons.map((lesson) => lesson.id));
  const quizzes = joined.quizzes.filter((quiz) => runs.has(quiz.id)).map((quiz) => asRun(quiz, lessons, course));
  const finalAssessment = joined.finalAssessment && finalAsRun(joined.finalAssessment, lessons);
  return { course, lessons, all, quizzes, finalAssessment };
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
export function checkContent(dir: string): ReturnType<typeof loadAllQuizzes> {
  const content = loadAllQuizzes(dir);
  loadWorkshop(dir, content.lessons, content.quizzes, content.all);
  loadBrand(dir);
  return content;
}

/** `livePreview`: the dev server starts whatever the content; vite-plugins/content-preview.ts shows its errors in the page. */
export function contentPlugin(options: { livePreview?: boolean } = {}): Plugin {
  let dir = '';
  /** The whole content as the course runs it, read once per build (and again after a content file changes). */
  let cached: ReturnType<typeof loadAllQuizzes> | undefined;
  const content = () => (cached ??= loadAllQuizzes(dir));
  /** brand.yaml, read once per build (every stylesheet, the page and two modules use it), and again after a change. */
  let cachedBrand: ReturnType<typeof loadBrand> | undefined;
  const brand = () => (cachedBrand ??= loadBrand(dir));
  return {
    name: 'frontline-content',
    enforce: 'pre',
    configResolved(config) {
      dir = resolveContentDir(config.root);
    },
    buildStart() {
      // Fail fast on any content error, before a single module is compiled.
      cachedBrand = undefined;
      cached = options.livePreview ? undefined : checkContent(dir);
    },
    watchChange(id) {
      if (!path.resolve(id).startsWith(dir)) return;
      cached = undefined;
      cachedBrand = undefined;
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
        return `export default ${JSON.stringify({ title: brand().course, ...course })};`;
      }
      if (id === `\0${VIRTUAL_BRAND}`) {
        this.addWatchFile(brandFile(dir));
        return brandModule(brand());
      }
      if (id === `\0${VIRTUAL_WORKSHOP}`) {
        // The workshop plan (agenda, role-play cards, rating slips): one lazy chunk, only the trainer's pages load it.
        const { lessons, quizzes, all } = content();
        for (const file of workshopWatchFiles(dir, all)) this.addWatchFile(file);
        return `export default ${JSON.stringify(loadWorkshop(dir, lessons, quizzes, all))};`;
      }
      if (id.startsWith(`\0${META_PREFIX}`)) {
        const file = id.slice(META_PREFIX.length + 1);
        this.addWatchFile(file);
        // Objectives and parts stay out of the eagerly bundled metadata: only the lesson page and its slides
        // show them, and they come with the lesson body (`?parts`, the frontmatter), keeping the home page small.
        this.addWatchFile(path.join(dir, 'course.yaml'));
        const course = loadCourse(dir);
        const { objectives: _objectives, parts: _parts, ...meta } = loadLessonMeta(file, course);
        // A lesson course.yaml leaves out is no lesson of this course (its learners' progress stays saved).
        const order = lessonPosition(course, meta.id, meta.order);
        return `export default ${JSON.stringify(order === undefined ? null : { ...meta, order })};`;
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
        this.addWatchFile(path.join(dir, 'course.yaml'));
        for (const local of localFiles(dir)) this.addWatchFile(local);
        const { quizzes, finalAssessment } = content();
        const quizId = path.basename(path.dirname(file));
        // The quiz as the course runs it (null for the quiz of a lesson course.yaml leaves out).
        const data = quizId === FINAL_ASSESSMENT ? finalAssessment : quizzes.find((quiz) => quiz.id === quizId);
        if (!data) return 'export default null;';
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
        const name = brand().course.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
        return html.replaceAll('%BRAND_COURSE%', name);
      },
    },
    transform(code, id) {
      // The brand's colours, written into the stylesheets at build time: no script, and no rule added.
      if (!BRANDED_CSS.test(id) || !code.includes('brand:')) return undefined;
      this.addWatchFile(brandFile(dir));
      return { code: applyBrandColours(code, brand().resolved), map: null };
    },
  };
}
