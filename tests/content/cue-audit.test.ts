import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllQuizzes } from '../../vite-plugins/content-plugin.ts';
import {
  auditCues,
  EXAM_CEILING,
  formatCueAudit,
  GENERIC_REPLIES,
  KIND_MARGIN,
  randomCredit,
  strategiesFor,
  type Pool,
} from '../../content-checks/cue-audit.ts';
import type { MultipleQuestion, Question, SingleQuestion } from '../../src/engine/index.ts';

/**
 * The cue audit (content-checks/cue-audit.ts): a learner who knows nothing, playing every quiz with a test-wise learner's
 * strategies, must stay near random guessing, and far below the final assessment's pass mark. On failure the
 * message lists the cue and the items that carry it (`npx tsx scripts/cue-audit.ts` prints the whole report).
 */
const { quizzes, finalAssessment } = loadAllQuizzes(path.resolve('content'));
const lessonQuestions = quizzes.flatMap((quiz) => quiz.questions);
const examPools = (finalAssessment?.pools ?? []) as unknown as Pool[];
const audit = auditCues(lessonQuestions, examPools);

describe('cue audit of the course', () => {
  it('no cue fails the audit', () => {
    expect(audit.failures.map((f) => `${f.cue}${f.where.length ? `: ${f.where.join(', ')}` : ''}`), formatCueAudit(audit, { carriers: false })).toEqual([]);
  });

  it(`a learner who knows nothing expects at most ${EXAM_CEILING * 100} % on the final assessment, whatever cue they follow`, () => {
    expect(audit.exam.testWise).toBeLessThanOrEqual(EXAM_CEILING);
    for (const s of audit.exam.strategies) expect(s.score, s.strategy).toBeLessThanOrEqual(EXAM_CEILING);
    expect(audit.exam.random).toBeLessThan(audit.exam.testWise + 1e-9);
  });

  it(`per kind, no strategy gains more than ${KIND_MARGIN * 100} points over guessing`, () => {
    for (const kind of audit.kinds) for (const s of kind.strategies) expect(s.credit, `${kind.kind}: ${s.label}`).toBeLessThanOrEqual(kind.random + KIND_MARGIN);
  });

  it(`a bank of ${GENERIC_REPLIES.length} generic replies earns less than half marks on every rewrite question`, () => {
    expect(GENERIC_REPLIES.length).toBeGreaterThanOrEqual(20);
    const rewrites = [...lessonQuestions, ...examPools.flatMap((pool) => pool.questions)].filter((q) => q.kind === 'rewrite');
    expect(rewrites.length).toBeGreaterThanOrEqual(6);
    const passing = rewrites.flatMap((q) => strategiesFor(q).filter((s) => s.credit >= 0.5).map((s) => `${q.id}: ${s.label} (${s.credit.toFixed(2)})`));
    expect(passing).toEqual([]);
  });
});

describe('the audit can fail (each cue it looks for is found in an item built to carry it)', () => {
  const single = (id: string, options: [string, number][]): SingleQuestion => ({
    id,
    kind: 'single',
    skills: [],
    prompt: 'What do you do?',
    options: options.map(([text, credit], i) => ({ id: String.fromCharCode(97 + i), text, credit, feedback: '' })),
  });
  // The key lists the most actions and is the longest; the distractors are short and absolute.
  const cued = Array.from({ length: 6 }, (_, i) =>
    single(`cued-${i}`, [
      ['Apologize, check the order, then call her back within the hour with a date', 1],
      ['Always refuse.', 0],
      ['Never apologize.', 0],
      ['Say it is policy.', 0.5],
    ]),
  );

  it('finds the key is the longest, lists the most actions and avoids absolutes', () => {
    const found = auditCues(cued, [{ questions: cued, draw: 6 }]);
    const cues = found.failures.map((f) => f.cue).join('\n');
    expect(cues).toMatch(/single: "longest option" expects 100\.0 %/);
    expect(cues).toMatch(/single: "most actions" expects/);
    expect(cues).toMatch(/single: "no absolute words" expects/);
    expect(cues).toMatch(/the key is the longest option in 100\.0 %/);
    expect(cues).toMatch(/test-wise learner .* expects 100\.0 %/);
    expect(found.failures.find((f) => f.cue.includes('"longest option"'))?.where).toContain('cued-0 (+63)');
  });

  it('finds a select-all item where ticking everything pays, and a sort whose counts are even', () => {
    const ticks: MultipleQuestion = {
      id: 'ticks',
      kind: 'multiple',
      skills: [],
      prompt: 'Which apply?',
      options: ['One', 'Two', 'Three', 'Four', 'Five'].map((text, i) => ({ id: String(i), text, correct: i < 4, feedback: '' })),
    };
    const sort = {
      id: 'sort',
      kind: 'categorize',
      skills: [],
      prompt: 'Sort these.',
      categories: [
        { id: 'x', label: 'X' },
        { id: 'y', label: 'Y' },
      ],
      items: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, text: id, category: i % 2 ? 'x' : 'y', feedback: '' })),
    } as Question;
    const found = auditCues([ticks, sort], []).failures.map((f) => `${f.cue} @ ${f.where.join(',')}`);
    expect(found.some((f) => f.includes('"tick everything"'))).toBe(true);
    expect(found.some((f) => f.startsWith('select-all: 4 of 5') && f.endsWith('@ ticks'))).toBe(true);
    expect(found.some((f) => f.startsWith('categorize: every category holds 2') && f.endsWith('@ sort'))).toBe(true);
  });

  it('finds a conversation where the longest reply always wins', () => {
    const conversation = {
      id: 'talk',
      kind: 'conversation',
      skills: [],
      prompt: 'A customer calls.',
      start: 'n1',
      nodes: [
        {
          id: 'n1',
          customer: 'My order is late.',
          responses: [
            { id: 'r1', text: 'I am so sorry, let me check your order now and call you back in ten minutes.', points: 2, feedback: '', next: 'good' },
            { id: 'r2', text: 'Not my job.', points: 0, feedback: '', next: 'bad' },
          ],
        },
      ],
      endings: [
        { id: 'good', outcome: 'recovered', text: 'Fine.' },
        { id: 'bad', outcome: 'lost', text: 'Gone.' },
      ],
    } as Question;
    expect(randomCredit(conversation)).toBeCloseTo(0.5);
    const found = auditCues([conversation], []).failures.map((f) => f.cue);
    expect(found.some((cue) => cue.startsWith('conversation: "longest option reply" expects 100.0 %'))).toBe(true);
    expect(found.some((cue) => cue.startsWith('conversation: the best reply is the longest at 100.0 %'))).toBe(true);
  });
});
