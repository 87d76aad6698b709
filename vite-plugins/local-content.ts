import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Question } from '../src/engine/index.ts';
import { ContentError, formatZodError } from '../src/content/format-error.ts';
import type { CourseFile, Lesson } from '../src/content/lesson-schema.ts';
import { makeLocalQuestionsSchema, type LocalQuestionsFile } from '../src/content/quiz-schema.ts';
import type { FinalAssessmentData, QuizData } from '../src/content/quiz-types.ts';
import { auditCues, type Pool } from '../content-checks/cue-audit.ts';
import { contentHash, parseYaml, readContentSource, rel } from './content-files.ts';

/**
 * The company's own scenarios: content/local/*.yaml (or .json). Each question names the objective it tests and joins
 * that lesson's quiz (`use: practice`) or the final assessment's pool for the objective (`use: exam`), checked as the
 * course's own are: the question schema, ids unique across the course, the exam's unseen rule (no id a lesson quiz
 * asks; `unseen` says which decision it asks, the nearest lesson-quiz questions and why none practises it; no
 * decision asked twice) and the cue audit over the course with them in. Every error names the file and the field.
 */
export const LOCAL_DIR = 'local';

type Entry = LocalQuestionsFile['questions'][number];
export interface LocalQuestion extends Entry {
  file: string;
  index: number;
}

/** The local question files, in name order. */
export function localFiles(dir: string): string[] {
  const folder = path.join(dir, LOCAL_DIR);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => path.join(folder, name));
}

/** Every local question, checked against the schema and the lessons' objectives (`all`: every lesson folder). */
export function readLocalQuestions(dir: string, course: CourseFile, all: readonly Lesson[]): LocalQuestion[] {
  const objectives = Object.fromEntries(all.map((lesson) => [lesson.id, lesson.objectives.length]));
  const schema = makeLocalQuestionsSchema(Object.keys(course.skills), objectives);
  return localFiles(dir).flatMap((file) => {
    const result = schema.safeParse(readContentSource(file));
    if (!result.success) throw new ContentError(formatZodError(rel(file), result.error));
    return result.data.questions.map((entry, index) => ({ ...entry, file, index }));
  });
}

const where = (entry: LocalQuestion, field: string) => `${rel(entry.file)}: questions[${entry.index}].${field}`;

/** The decisions the course's own final-assessment questions ask (content/coverage.yaml's `exam`), lower-cased. */
function courseDecisions(dir: string): Map<string, string> {
  const file = path.join(dir, 'coverage.yaml');
  if (!existsSync(file)) return new Map();
  const map = parseYaml(file, readFileSync(file, 'utf8')) as { exam?: { question: string; decision: string }[] } | null;
  return new Map((map?.exam ?? []).map((entry) => [entry.decision.toLowerCase().trim(), entry.question]));
}

/**
 * The course's quizzes and final assessment (each checked whole) with the local questions joined in. `owner` names
 * where every question id of the course is already used.
 */
export function joinLocalQuestions(
  dir: string,
  local: readonly LocalQuestion[],
  quizzes: readonly QuizData[],
  finalAssessment: FinalAssessmentData | undefined,
  owner: ReadonlyMap<string, string>,
): { quizzes: QuizData[]; finalAssessment: FinalAssessmentData | undefined } {
  if (local.length === 0) return { quizzes: [...quizzes], finalAssessment };
  const ids = new Map(owner);
  for (const pool of finalAssessment?.pools ?? []) for (const question of pool.questions) ids.set(question.id, 'the final assessment');
  const practised = new Set(quizzes.flatMap((quiz) => quiz.questions.map((question) => question.id)));
  for (const entry of local) {
    const other = ids.get(entry.question.id);
    if (other) throw new ContentError(`${where(entry, 'question.id')}: "${entry.question.id}" is already used in ${other}; question ids are unique across the course`);
    ids.set(entry.question.id, rel(entry.file));
    if (entry.use === 'practice') practised.add(entry.question.id);
  }

  const joined = quizzes.map((quiz) => {
    const mine = local.filter((entry) => entry.use === 'practice' && entry.objective.split('#')[0] === quiz.id).map((entry) => entry.question);
    return mine.length === 0 ? quiz : withQuestions(quiz, [...quiz.questions, ...mine]);
  });
  for (const entry of local.filter((e) => e.use === 'practice')) {
    const lesson = entry.objective.split('#')[0]!;
    if (!quizzes.some((quiz) => quiz.id === lesson)) {
      throw new ContentError(`${where(entry, 'use')}: ${lesson} has no quiz to join: write use: exam, or add content/${lesson}/quiz.yaml`);
    }
  }

  const exam = local.filter((entry) => entry.use === 'exam');
  if (exam.length > 0 && !finalAssessment) {
    throw new ContentError(`${where(exam[0]!, 'use')}: the course has no final assessment to join: write use: practice, or add content/final-assessment/quiz.yaml`);
  }
  // The unseen rule: the nearest questions are lesson-quiz questions, and no decision is asked twice in the exam.
  const decisions = courseDecisions(dir);
  for (const entry of exam) {
    const unseen = entry.unseen!;
    unseen.nearest.forEach((id, n) => {
      if (!practised.has(id)) throw new ContentError(`${where(entry, `unseen.nearest[${n}]`)}: "${id}" is no lesson-quiz question: name the practice questions closest in topic`);
    });
    const decision = unseen.decision.toLowerCase().trim();
    const asked = decisions.get(decision);
    if (asked) throw new ContentError(`${where(entry, 'unseen.decision')}: the final assessment already asks this decision (${asked}): an exam question asks a decision of its own`);
    decisions.set(decision, entry.question.id);
  }
  const final = finalAssessment && {
    ...finalAssessment,
    pools: finalAssessment.pools.map((pool) => ({ ...pool, questions: [...pool.questions, ...exam.filter((e) => e.objective === pool.objective).map((e) => e.question)] })),
  };
  if (final) final.hashes = hashesOf(final.pools.flatMap((pool) => pool.questions));

  // The cue audit, over the course with the local questions in: a cue they bring in fails the build, naming them.
  const audit = auditCues(
    joined.flatMap((quiz) => quiz.questions),
    (final?.pools ?? []) as unknown as Pool[],
  );
  const localIds = new Map(local.map((entry) => [entry.question.id, entry]));
  for (const failure of audit.failures) {
    const carrier = failure.where.map((id) => localIds.get(id.split(/[.\s]/)[0]!)).find((entry) => entry !== undefined);
    throw new ContentError(
      carrier
        ? `${where(carrier, 'question')}: cue audit: ${failure.cue} (docs/authoring.md, "Writing items without cues")`
        : `${rel(path.join(dir, LOCAL_DIR))}: cue audit: with the local questions in, ${failure.cue}${failure.where.length ? ` (${failure.where.join(', ')})` : ''}`,
    );
  }
  return { quizzes: joined, finalAssessment: final };
}

function hashesOf(questions: readonly Question[]): Record<string, string> {
  return Object.fromEntries(questions.map((question) => [question.id, contentHash(question)]));
}

function withQuestions(quiz: QuizData, questions: QuizData['questions']): QuizData {
  return { ...quiz, questions, hashes: hashesOf(questions) };
}
