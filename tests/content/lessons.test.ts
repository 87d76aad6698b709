import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonFiles, loadAllLessons, loadAllQuizzes, loadLessonMeta, loadCourse } from '../../vite-plugins/content-plugin.ts';
import { loadWorkshop } from '../../vite-plugins/workshop-content.ts';
import { mdxComponents } from '../../src/components/mdx/registry.tsx';

const dir = path.resolve('content');
const { course, lessons } = loadAllLessons(dir);
const workshop = loadWorkshop(dir, lessons, loadAllQuizzes(dir).quizzes);

const COURSE_LESSONS = ['service-breakdowns', 'difficult-customers', 'star-method', 'nonverbal-cues', 'recovery-phrasing'];

describe('content/ as a whole', () => {
  it('declares skills with readable labels', () => {
    expect(Object.keys(course.skills).length).toBeGreaterThan(3);
  });

  it('orders lessons by their frontmatter order, each position used once', () => {
    const orders = lessons.map((lesson) => lesson.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it.each(COURSE_LESSONS.filter((id) => lessons.some((lesson) => lesson.id === id)))('%s is in the course', (id) => {
    expect(lessons.find((lesson) => lesson.id === id)).toBeDefined();
  });
});

describe.each(lessonFiles(dir).map((file) => [path.basename(path.dirname(file)), file] as const))('lesson %s', (id, file) => {
  const meta = loadLessonMeta(file, course);
  const source = readFileSync(file, 'utf8');
  const sections = meta.parts.filter((part) => part.kind === 'section');

  it('has valid frontmatter with 3–5 objectives and known skills', () => {
    expect(meta.id).toBe(id);
    expect(meta.objectives.length).toBeGreaterThanOrEqual(3);
    expect(meta.objectives.length).toBeLessThanOrEqual(5);
    for (const skill of meta.skills) expect(Object.keys(course.skills)).toContain(skill);
  });

  it('opens with a scenario', () => {
    expect(meta.parts[0]?.kind).toBe('intro');
    expect(source).toMatch(/<Scenario\s+title="[^"]+"/);
  });

  it('has 5–9 sections, each with its trainer notes', () => {
    expect(sections.length).toBeGreaterThanOrEqual(5);
    expect(sections.length).toBeLessThanOrEqual(9);
    expect(sections.filter((section) => !section.hasNotes).map((section) => section.title)).toEqual([]);
  });

  it('ends with key takeaways and a reflection prompt', () => {
    expect(meta.parts.at(-1)?.kind).toBe('closing');
    expect(source).toMatch(/<KeyTakeaways>/);
    expect(source).toMatch(/<Reflection\s+id="[a-z0-9-]+"\s+prompt="[^"]+"/);
  });

  it('uses only components from the registry, and at least one interactive one', () => {
    const used = new Set([...source.matchAll(/<([A-Z][A-Za-z]+)/g)].map((match) => match[1]!));
    const known = Object.keys(mdxComponents);
    expect([...used].filter((name) => !known.includes(name))).toEqual([]);
    const interactive = ['LostCustomerCalculator', 'CustomerTypeExplorer', 'StarStepper', 'CueSorter', 'PhraseRewriter'];
    expect(interactive.some((name) => used.has(name))).toBe(true);
  });

  // Trainer-note minutes time the slides in a workshop; they are not the study time. The lesson's workshop
  // plan (content/<id>/workshop.yaml) adds discussion, a role-play and the quiz to them: presentation +
  // discussion + role-play + quiz is the lesson's block on the agenda (tests/content/workshop.test.ts).
  it('times every trainer note, and has a workshop plan that adds discussion, a role-play and the quiz to the slides', () => {
    const notes = [...source.matchAll(/<TrainerNotes(\s+minutes=\{(\d+)\})?/g)];
    expect(notes.filter((m) => m[2] === undefined)).toEqual([]);
    const presentation = notes.reduce((sum, m) => sum + Number(m[2]), 0);
    const plan = workshop.lessons.find((candidate) => candidate.id === id);
    expect(plan, `${id} needs a workshop.yaml`).toBeDefined();
    const block = presentation + plan!.discussion.minutes + plan!.rolePlay.minutes + plan!.quiz.minutes;
    expect(plan!.presentationMinutes).toBe(presentation);
    // The room's block is longer than studying alone: the slides, then as long again or more to talk and practise.
    expect(block).toBeGreaterThanOrEqual(2 * presentation);
    expect(block).toBeGreaterThan(meta.minutes);
  });
});

describe('course.yaml', () => {
  it('loads', () => {
    expect(loadCourse(dir).tagline).toBe('Prevent and recover from customer service breakdowns');
  });

  it('refuses a title, which has moved to brand.yaml', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'frontline-course-'));
    try {
      writeFileSync(path.join(copy, 'course.yaml'), `title: Frontline\n${readFileSync(path.join(dir, 'course.yaml'), 'utf8')}`);
      expect(() => loadCourse(copy)).toThrow(/course\.yaml: title: title has moved to brand\.yaml/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
