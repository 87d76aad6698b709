import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAllQuizzes } from '../../vite-plugins/content-plugin.ts';
import { loadWorkshop } from '../../vite-plugins/workshop-content.ts';

/**
 * content/course.yaml's `lessons`: which lessons the course runs, in which order (issue 29). Every lesson folder is
 * still checked; the course, its quizzes, the final assessment's pools and the workshop plan cover only those listed.
 */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The course's content with course.yaml's `lessons` set (or the whole course.yaml changed). */
function withLessons(lessons: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'frontline-selection-'));
  made.push(dir);
  cpSync('content', dir, { recursive: true });
  const file = path.join(dir, 'course.yaml');
  const course = YAML.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, YAML.stringify({ ...course, lessons }));
  return dir;
}

const whole = loadAllQuizzes(path.resolve('content'));
const objectivesOf = (ids: readonly string[]) =>
  whole.all.filter((lesson) => ids.includes(lesson.id)).flatMap((lesson) => lesson.objectives.map((_, i) => `${lesson.id}#${i + 1}`));

describe('course.yaml lessons: a selection, in its own order', () => {
  it('without a list the course runs every lesson in frontmatter order', () => {
    expect(whole.lessons.map((lesson) => lesson.id)).toEqual([...whole.all].sort((a, b) => a.order - b.order).map((lesson) => lesson.id));
    expect(whole.finalAssessment!.pools.map((pool) => pool.objective).sort()).toEqual(objectivesOf(whole.all.map((l) => l.id)).sort());
  });

  it('runs only the listed lessons, in the listed order; the exam draws only from their objectives', () => {
    const [first, second, third, fourth] = [...whole.lessons].map((lesson) => lesson.id);
    const chosen = [fourth!, first!, second!];
    const content = loadAllQuizzes(withLessons(chosen));
    expect(content.lessons.map((lesson) => lesson.id)).toEqual(chosen);
    expect(content.lessons.map((lesson) => lesson.order)).toEqual([1, 2, 3]);
    expect(content.all).toHaveLength(whole.all.length);
    expect(content.quizzes.map((quiz) => quiz.id).sort()).toEqual([...chosen].sort());
    expect(content.quizzes.find((quiz) => quiz.id === third)).toBeUndefined();
    const pools = content.finalAssessment!.pools.map((pool) => pool.objective);
    expect(pools.sort()).toEqual(objectivesOf(chosen).sort());
    expect(pools.some((objective) => objective.startsWith(`${third}#`))).toBe(false);
    // Hashes cover only what the exam can ask.
    const asked = content.finalAssessment!.pools.flatMap((pool) => pool.questions.map((question) => question.id));
    expect(Object.keys(content.finalAssessment!.hashes).sort()).toEqual(asked.sort());
  });

  it('a review of a lesson left out, or now placed later, is dropped; one of an earlier lesson stays', () => {
    const reviewing = whole.quizzes.find((quiz) => (quiz.review ?? []).length >= 2)!;
    const [kept, dropped] = reviewing.review!;
    // `kept` comes first, the quiz itself next; `dropped` is left out.
    const chosen = [kept!.from, reviewing.id];
    const content = loadAllQuizzes(withLessons(chosen));
    const quiz = content.quizzes.find((q) => q.id === reviewing.id)!;
    expect(quiz.review?.map((pool) => pool.from)).toEqual([kept!.from]);
    expect(chosen).not.toContain(dropped!.from);
    // Placed before the lesson it reviews, the review has nothing earlier to bring back.
    const reversed = loadAllQuizzes(withLessons([reviewing.id, kept!.from]));
    expect(reversed.quizzes.find((q) => q.id === reviewing.id)!.review).toBeUndefined();
  });

  it('the workshop plan covers the listed lessons; a break after a lesson left out is not taken', () => {
    const dir = withLessons(whole.lessons.slice(0, 2).map((lesson) => lesson.id));
    const content = loadAllQuizzes(dir);
    const workshop = loadWorkshop(dir, content.lessons, content.quizzes, content.all);
    expect(workshop.lessons.map((plan) => plan.id)).toEqual(content.lessons.map((lesson) => lesson.id));
    for (const pause of workshop.agenda?.breaks ?? []) expect(content.lessons.map((lesson) => lesson.id)).toContain(pause.after);
  });

  it.each([
    ['an unknown lesson', ['service-breakdowns', 'no-such-lesson'], /course\.yaml: lessons\[1\]: no lesson folder "no-such-lesson": the lessons are /],
    ['a lesson listed twice', ['star-method', 'star-method'], /course\.yaml: lessons\[1\]: "star-method" is already listed at lessons\[0\]/],
    ['an empty list', [], /course\.yaml: lessons: list at least 1 lesson/],
    ['not a list', 'star-method', /course\.yaml: lessons: lessons must be a list of lesson folders/],
  ])('%s is refused, naming the file and the field', (_name, lessons, message) => {
    expect(() => loadAllQuizzes(withLessons(lessons))).toThrow(message);
  });
});
