import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadAllQuizzes } from '../../vite-plugins/content-plugin.ts';
import { loadWorkshop } from '../../vite-plugins/workshop-content.ts';

const dir = path.resolve('content');
const { lessons, quizzes } = loadAllQuizzes(dir);
const workshop = loadWorkshop(dir, lessons, quizzes);
const agenda = workshop.agenda!;

const blockMinutes = (plan: (typeof workshop.lessons)[number]) =>
  plan.presentationMinutes + plan.discussion.minutes + plan.rolePlay.minutes + plan.quiz.minutes;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the half-day workshop (content/workshop.yaml)', () => {
  it('runs every lesson of the course, in course order', () => {
    expect(workshop.lessons.map((plan) => plan.id)).toEqual([...lessons].sort((a, b) => a.order - b.order).map((lesson) => lesson.id));
  });

  it('fits a half day: 3½ to 4 hours with its breaks', () => {
    const total =
      agenda.opening.minutes +
      agenda.closing.minutes +
      agenda.breaks.reduce((sum, pause) => sum + pause.minutes, 0) +
      workshop.lessons.reduce((sum, plan) => sum + blockMinutes(plan), 0);
    expect(total).toBeGreaterThanOrEqual(210);
    expect(total).toBeLessThanOrEqual(240);
    // Nobody sits through more than two lessons without a break.
    expect(agenda.breaks.length).toBeGreaterThanOrEqual(Math.floor((workshop.lessons.length - 1) / 2));
  });
});

describe.each(workshop.lessons.map((plan) => [plan.id, plan] as const))('the workshop block of %s', (id, plan) => {
  it('times the slides from the lesson’s trainer notes, and gives the room at least as long again to talk and practise', () => {
    const source = readFileSync(path.join(dir, id, 'lesson.mdx'), 'utf8');
    const notes = [...source.matchAll(/<TrainerNotes\s+minutes=\{(\d+)\}/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(plan.presentationMinutes).toBe(notes);
    expect(plan.discussion.minutes + plan.rolePlay.minutes + plan.quiz.minutes).toBeGreaterThanOrEqual(plan.presentationMinutes);
  });

  it('allows at least a minute for each workshop quiz question', () => {
    expect(plan.quiz.minutes).toBeGreaterThanOrEqual(plan.quiz.questions.length);
    expect(plan.quizQuestions.map((question) => question.id)).toEqual(plan.quiz.questions);
  });

  it('has an observer’s slip that checks every objective of the lesson as a behaviour', () => {
    const slip = plan.ratingSlips.find((candidate) => candidate.for === 'role-play')!;
    expect(slip.items.every((item) => item.objective !== undefined)).toBe(true);
    const covered = new Set(slip.items.map((item) => item.objective));
    expect(plan.objectives.map((_objective, index) => index + 1).filter((n) => !covered.has(n))).toEqual([]);
  });

  it('has role-play cards short enough to print two to a page', () => {
    for (const card of plan.rolePlay.cards) {
      expect(wordCount(card.scenario) + wordCount(card.customer)).toBeLessThanOrEqual(140);
      expect(wordCount(card.scenario) + wordCount(card.staff)).toBeLessThanOrEqual(140);
    }
  });
});

describe('the trainer notes point at real materials', () => {
  it.each(lessons.map((lesson) => lesson.id))('%s mentions only rating slips and role-play cards its workshop plan has', (id) => {
    const notes = [...readFileSync(path.join(dir, id, 'lesson.mdx'), 'utf8').matchAll(/<TrainerNotes[\s\S]*?<\/TrainerNotes>/g)].map((m) => m[0]).join('\n');
    const plan = workshop.lessons.find((candidate) => candidate.id === id)!;
    if (/rating slip/i.test(notes)) {
      expect(notes).toMatch(/workshop materials/i);
      expect(plan.ratingSlips.length).toBeGreaterThan(0);
    }
    if (/role-play card/i.test(notes)) expect(plan.rolePlay.cards.length).toBeGreaterThan(0);
    expect(notes).not.toMatch(/if you have them/i);
  });
});

/** A copy of content/ with one file changed, so a broken workshop file can be tried against the real course. */
function brokenContent(file: string, change: (data: Record<string, unknown>) => void): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'frontline-workshop-'));
  cpSync(dir, copy, { recursive: true });
  const target = path.join(copy, file);
  const data = YAML.parse(readFileSync(target, 'utf8')) as Record<string, unknown>;
  change(data);
  writeFileSync(target, YAML.stringify(data));
  return copy;
}

function load(copy: string) {
  const all = loadAllQuizzes(copy);
  return loadWorkshop(copy, all.lessons, all.quizzes);
}

describe('broken workshop files are reported with the file and the field', () => {
  it.each([
    [
      'an unknown quiz question',
      'star-method/workshop.yaml',
      (data: Record<string, unknown>) => ((data.quiz as { questions: string[] }).questions[1] = 'star-no-such-question'),
      /star-method\/workshop\.yaml: quiz\.questions\[1\]: "star-no-such-question" is not a question in .*star-method\/quiz\.yaml/,
    ],
    [
      'a misspelt field',
      'star-method/workshop.yaml',
      (data: Record<string, unknown>) => ((data.rolePlay as { cards: Record<string, unknown>[] }).cards[0]!.costumer = 'typo'),
      /star-method\/workshop\.yaml: rolePlay\.cards\[0\]\.costumer: unknown field/,
    ],
    [
      'missing minutes',
      'nonverbal-cues/workshop.yaml',
      (data: Record<string, unknown>) => delete (data.discussion as Record<string, unknown>).minutes,
      /nonverbal-cues\/workshop\.yaml: discussion\.minutes: discussion\.minutes is required/,
    ],
    [
      'an objective the lesson does not have',
      'recovery-phrasing/workshop.yaml',
      (data: Record<string, unknown>) => ((data.ratingSlips as { items: { objective: number }[] }[])[0]!.items[0]!.objective = 9),
      /recovery-phrasing\/workshop\.yaml: ratingSlips\[0\]\.items\[0\]\.objective: recovery-phrasing has 4 objectives/,
    ],
    [
      'no slip for the role-play',
      'star-method/workshop.yaml',
      (data: Record<string, unknown>) => ((data.ratingSlips as { for: string }[])[0]!.for = 'colleagues'),
      /star-method\/workshop\.yaml: ratingSlips: add a slip with for: role-play/,
    ],
    [
      'a break after a lesson that does not exist',
      'workshop.yaml',
      (data: Record<string, unknown>) => ((data.breaks as { after: string }[])[0]!.after = 'no-such-lesson'),
      /workshop\.yaml: breaks\[0\]\.after: no lesson "no-such-lesson"/,
    ],
    [
      'a start time that is not a time',
      'workshop.yaml',
      (data: Record<string, unknown>) => (data.start = '9 o’clock'),
      /workshop\.yaml: start: start must be a 24-hour time/,
    ],
  ])('%s', (_name, file, change, message) => {
    const copy = brokenContent(file, change);
    try {
      expect(() => load(copy)).toThrow(message);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('a lesson without a workshop.yaml, when the agenda runs every lesson', () => {
    const copy = brokenContent('workshop.yaml', () => undefined);
    try {
      rmSync(path.join(copy, 'nonverbal-cues', 'workshop.yaml'));
      expect(() => load(copy)).toThrow(/nonverbal-cues\/workshop\.yaml: missing: the agenda in .*workshop\.yaml runs every lesson/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('fails `vite build` itself, naming the file and the field', async () => {
    const copy = brokenContent('service-breakdowns/workshop.yaml', (data) => ((data.quiz as { minutes: unknown }).minutes = 'six'));
    process.env.FRONTLINE_CONTENT_DIR = copy;
    try {
      await expect(build({ logLevel: 'silent', build: { write: false } })).rejects.toThrow(/service-breakdowns\/workshop\.yaml: quiz\.minutes/);
    } finally {
      delete process.env.FRONTLINE_CONTENT_DIR;
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);
});
