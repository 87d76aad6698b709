import { parse } from 'yaml';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { FinalAssessmentFile, QuizFile } from '../../src/content/quiz-schema.ts';
import { makeFinalAssessmentSchema, makeQuizSchema } from '../../src/content/quiz-schema.ts';
import type { Question } from '../../src/engine/index.ts';
import { bestConversationPath, isFullCredit, scoreQuestion } from '../../src/engine/index.ts';

const SKILLS = ['star-method', 'listening', 'service-recovery', 'positive-phrasing', 'nonverbal-communication'];
const quizSchema = makeQuizSchema(SKILLS);

/** Issues as `path: message`, with paths written like trainers read them: questions[0].options[1].id */
function issues(result: z.ZodSafeParseResult<unknown>): { path: string; message: string }[] {
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), ''),
    message: issue.message,
  }));
}

const single = () => ({
  id: 'angry-caller',
  kind: 'single',
  skills: ['star-method'],
  prompt: 'A caller starts shouting. What do you do first?',
  discussion: 'What would you say in your first ten seconds?',
  options: [
    { id: 'a', text: 'Listen, then acknowledge.', credit: 1, feedback: 'They feel heard.' },
    { id: 'b', text: 'Ask for the account number.', credit: 0.5, feedback: 'Too soon.' },
    { id: 'c', text: 'Tell them to calm down.', credit: 0, feedback: 'It gets worse.' },
  ],
});
const multiple = () => ({
  id: 'signs',
  kind: 'multiple',
  skills: ['listening'],
  prompt: 'Which are signs of trouble?',
  options: [
    { id: 'a', text: 'Sighing', correct: true, feedback: 'Yes.' },
    { id: 'b', text: 'Smiling', correct: false, feedback: 'No.' },
  ],
});
const order = () => ({
  id: 'steps',
  kind: 'order',
  skills: ['star-method'],
  prompt: 'Order the steps.',
  items: [
    { id: 's', text: 'Situation' },
    { id: 't', text: 'Task' },
    { id: 'a', text: 'Action' },
  ],
  feedback: 'S, T, A.',
});
const categorize = () => ({
  id: 'cues',
  kind: 'categorize',
  skills: ['nonverbal-communication'],
  prompt: 'Sort the cues.',
  categories: [
    { id: 'pos', label: 'Positive' },
    { id: 'neg', label: 'Negative' },
  ],
  items: [
    { id: 'smile', text: 'Smile', category: 'pos', feedback: 'Open.' },
    { id: 'arms', text: 'Crossed arms', category: 'neg', feedback: 'Closed.' },
  ],
});
const conversation = () => ({
  id: 'wrong-order',
  kind: 'conversation',
  skills: ['service-recovery'],
  prompt: 'The wrong order arrived.',
  start: 'n1',
  nodes: [
    {
      id: 'n1',
      customer: 'This is wrong!',
      responses: [
        { id: 'r1', text: 'Sorry, let me fix it.', points: 2, feedback: 'Good.', next: 'n2' },
        { id: 'r2', text: 'Not my fault.', points: 0, feedback: 'Bad.', next: 'lost' },
      ],
    },
    {
      id: 'n2',
      customer: 'How long?',
      // Reply ids may repeat across nodes, as the lesson quizzes do.
      responses: [
        { id: 'r1', text: 'Ten minutes.', points: 2, feedback: 'Good.', next: 'recovered' },
        { id: 'r2', text: 'Ask my manager.', points: 0, feedback: 'Meh.', next: 'escalated' },
      ],
    },
  ],
  endings: [
    { id: 'recovered', outcome: 'recovered', text: 'Happy.' },
    { id: 'escalated', outcome: 'escalated', text: 'Manager.' },
    { id: 'lost', outcome: 'lost', text: 'Gone.' },
  ],
});
const rewrite = () => ({
  id: 'policy',
  kind: 'rewrite',
  skills: ['positive-phrasing'],
  prompt: 'Rewrite it.',
  original: "I can't do anything about that, it's company policy.",
  modelAnswer: "Here's what I can do.",
  criteria: [
    { id: 'offers-action', label: 'Says what you can do', weight: 1, anyOf: ['i can', 'let me'], feedback: 'Say what you can do.' },
    { id: 'no-policy', label: 'No policy', noneOf: ['policy'], feedback: 'Policy is not an answer.' },
  ],
});

const quiz = (...questions: unknown[]) => ({ title: 'Scenario quiz', questions });
const allKinds = () => quiz(single(), multiple(), order(), categorize(), conversation(), rewrite());

/** Parses a quiz whose only question is `question` and returns its issues. */
const questionIssues = (question: unknown) => issues(quizSchema.safeParse(quiz(question)));

describe('makeQuizSchema: valid files', () => {
  it('accepts a quiz with every kind of question and fills in defaults', () => {
    const result = quizSchema.safeParse(allKinds());
    expect(issues(result)).toEqual([]);
    expect(result.data).toMatchObject({ mode: 'practice', passMark: 0.8 });
    expect(result.data?.draw).toBeUndefined();
  });

  it('accepts the example from docs/authoring.md', () => {
    const yaml = `
title: "The STAR method: scenario quiz"
mode: practice
passMark: 0.8
draw: 1
questions:
  - id: star-angry-caller
    kind: single
    skills: [star-method]
    prompt: A caller starts shouting before you finish your greeting. What do you do first?
    discussion: What would you say in your first ten seconds?
    options:
      - { id: a, text: "…", credit: 1, feedback: "…" }
      - { id: b, text: "…", credit: 0.5, feedback: "…" }
      - { id: c, text: "…", credit: 0, feedback: "…" }
`;
    expect(issues(quizSchema.safeParse(parse(yaml)))).toEqual([]);
  });

  it('produces questions the engine scores: each best answer earns full credit', () => {
    const data = quizSchema.parse(allKinds());
    const best: Record<string, unknown> = {
      'angry-caller': { kind: 'single', choice: 'a' },
      signs: { kind: 'multiple', choices: ['a'] },
      steps: { kind: 'order', order: ['s', 't', 'a'] },
      cues: { kind: 'categorize', placements: { smile: 'pos', arms: 'neg' } },
      'wrong-order': { kind: 'conversation', path: ['r1', 'r1'] },
      policy: { kind: 'rewrite', text: 'Let me sort that out for you.' },
    };
    for (const question of data.questions) expect(isFullCredit(scoreQuestion(best[question.id], question))).toBe(true);
    const conv = data.questions.find((question) => question.kind === 'conversation');
    expect(conv && bestConversationPath(conv)).toEqual({ path: ['r1', 'r1'], points: 4 });
  });

  it('infers types the engine accepts', () => {
    expectTypeOf<QuizFile['questions'][number]>().toExtend<Question>();
    expectTypeOf<QuizFile['mode']>().toEqualTypeOf<'practice' | 'exam'>();
    expectTypeOf<FinalAssessmentFile['pools'][number]['questions'][number]>().toExtend<Question>();
    expectTypeOf<FinalAssessmentFile['pools'][number]['objective']>().toEqualTypeOf<string>();
  });
});

describe('makeQuizSchema: file fields', () => {
  it.each([
    ['a missing title', { questions: [single()] }, 'title', 'title is required'],
    ['an unknown mode', { ...quiz(single()), mode: 'test' }, 'mode', 'practice'],
    ['a pass mark above 1', { ...quiz(single()), passMark: 80 }, 'passMark', 'between 0 and 1'],
    ['draw 0', { ...quiz(single()), draw: 0 }, 'draw', 'at least 1'],
    ['a fractional draw', { ...quiz(single()), draw: 1.5 }, 'draw', 'whole number'],
    ['a draw above the question count', { ...quiz(single(), multiple()), draw: 3 }, 'draw', 'only 2 questions'],
    ['no questions', quiz(), 'questions', 'at least 1 question'],
    ['a misspelt field', { ...quiz(single()), pasMark: 0.8 }, '', 'unknown field "pasMark"'],
  ])('rejects %s', (_label, file, path, message) => {
    expect(issues(quizSchema.safeParse(file))).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it('rejects duplicate question ids at the second one', () => {
    expect(issues(quizSchema.safeParse(quiz(single(), { ...multiple(), id: 'angry-caller' })))).toEqual([
      { path: 'questions[1].id', message: expect.stringContaining('duplicate question id "angry-caller"') },
    ]);
  });

  it('checks a spot question: at least one harmful phrase, no more harmful than innocent ones, unique phrase ids', () => {
    const phrase = (id: string, harmful: boolean) => ({ id, text: `Phrase ${id}.`, harmful, feedback: 'Why.' });
    const spot = (phrases: unknown[]) => ({ id: 'spot-1', kind: 'spot', skills: ['star-method'], prompt: 'Mark what causes the breakdown.', phrases });
    expect(questionIssues(spot([phrase('p1', true), phrase('p2', false), phrase('p3', false)]))).toEqual([]);
    expect(questionIssues(spot([phrase('p1', false), phrase('p2', false), phrase('p3', false)]))).toEqual([
      { path: 'questions[0].phrases', message: 'a spot question needs at least one phrase with harmful: true' },
    ]);
    expect(questionIssues(spot([phrase('p1', true), phrase('p2', true), phrase('p3', false)]))).toEqual([
      { path: 'questions[0].phrases', message: expect.stringContaining('2 of 3 phrases are harmful') },
    ]);
    expect(questionIssues(spot([phrase('p1', true), phrase('p1', false), phrase('p3', false)]))).toEqual([
      { path: 'questions[0].phrases[1].id', message: expect.stringContaining('duplicate phrase id "p1"') },
    ]);
    expect(questionIssues(spot([{ id: 'p1', text: 'x', feedback: 'y' }, phrase('p2', false), phrase('p3', true)]))).toEqual([
      { path: 'questions[0].phrases[0].harmful', message: expect.stringContaining('harmful is required') },
    ]);
  });

  it('rejects an unknown kind at questions[0].kind', () => {
    expect(questionIssues({ ...single(), kind: 'singel' })).toEqual([
      { path: 'questions[0].kind', message: 'kind must be single, multiple, order, categorize, conversation, rewrite or spot' },
    ]);
  });

  it('rejects skills not declared in course.yaml', () => {
    expect(questionIssues({ ...single(), skills: ['star-method', 'juggling'] })).toEqual([
      { path: 'questions[0].skills[1]', message: expect.stringContaining('unknown skill "juggling"') },
    ]);
  });

  it('names a misspelt question field', () => {
    const { prompt, ...rest } = single();
    expect(questionIssues({ ...rest, promt: prompt })).toEqual(
      expect.arrayContaining([
        { path: 'questions[0].prompt', message: expect.stringContaining('prompt is required') },
        { path: 'questions[0]', message: expect.stringContaining('unknown field "promt"') },
      ]),
    );
  });
});

describe('single', () => {
  it('needs 3–5 options', () => {
    expect(questionIssues({ ...single(), options: single().options.slice(0, 2) })).toEqual([
      { path: 'questions[0].options', message: 'a single-choice question needs 3–5 options' },
    ]);
  });

  it('keeps credit between 0 and 1', () => {
    const options = single().options.map((o, i) => (i === 1 ? { ...o, credit: 2 } : o));
    expect(questionIssues({ ...single(), options })).toEqual([{ path: 'questions[0].options[1].credit', message: 'credit must be between 0 and 1' }]);
  });

  it('requires feedback on every option', () => {
    const options = single().options.map((o, i) => (i === 2 ? { ...o, feedback: ' ' } : o));
    expect(questionIssues({ ...single(), options })).toEqual([
      { path: 'questions[0].options[2].feedback', message: 'feedback is required: explain what happens after this choice' },
    ]);
  });

  it('needs an option with credit 1', () => {
    const options = single().options.map((o) => ({ ...o, credit: Math.min(o.credit, 0.5) }));
    expect(questionIssues({ ...single(), options })).toEqual([{ path: 'questions[0].options', message: expect.stringContaining('credit 1') }]);
  });

  it('needs unique option ids', () => {
    const options = single().options.map((o, i) => (i === 2 ? { ...o, id: 'a' } : o));
    expect(questionIssues({ ...single(), options })).toEqual([
      { path: 'questions[0].options[2].id', message: expect.stringContaining('duplicate option id "a"') },
    ]);
  });
});

describe('multiple', () => {
  it('needs at least one correct option', () => {
    const options = multiple().options.map((o) => ({ ...o, correct: false }));
    expect(questionIssues({ ...multiple(), options })).toEqual([{ path: 'questions[0].options', message: expect.stringContaining('correct: true') }]);
  });

  it('needs unique option ids', () => {
    const options = multiple().options.map((o) => ({ ...o, id: 'x' }));
    expect(questionIssues({ ...multiple(), options })).toEqual([{ path: 'questions[0].options[1].id', message: expect.stringContaining('duplicate') }]);
  });
});

describe('order', () => {
  it('needs unique item ids and a feedback', () => {
    const items = order().items.map((item, i) => (i === 2 ? { ...item, id: 's' } : item));
    expect(questionIssues({ ...order(), items })).toEqual([{ path: 'questions[0].items[2].id', message: expect.stringContaining('duplicate item id "s"') }]);
    const { feedback: _feedback, ...noFeedback } = order();
    expect(questionIssues(noFeedback)).toEqual([{ path: 'questions[0].feedback', message: expect.stringContaining('feedback is required') }]);
  });
});

describe('categorize', () => {
  it('rejects an item naming a missing category', () => {
    const items = categorize().items.map((item, i) => (i === 0 ? { ...item, category: 'happy' } : item));
    expect(questionIssues({ ...categorize(), items })).toEqual(
      expect.arrayContaining([{ path: 'questions[0].items[0].category', message: expect.stringContaining('no category "happy"') }]),
    );
  });

  it('rejects a category no item uses', () => {
    const categories = [...categorize().categories, { id: 'meh', label: 'Neutral' }];
    expect(questionIssues({ ...categorize(), categories })).toEqual([{ path: 'questions[0].categories[2]', message: expect.stringContaining('"meh" has no items') }]);
  });

  it('needs unique category ids', () => {
    const categories = categorize().categories.map((c) => ({ ...c, id: 'pos' }));
    expect(questionIssues({ ...categorize(), categories })).toContainEqual({
      path: 'questions[0].categories[1].id',
      message: expect.stringContaining('duplicate category id "pos"'),
    });
  });
});

describe('conversation', () => {
  type Conv = ReturnType<typeof conversation>;
  const edit = (change: (c: Conv) => void) => {
    const c = conversation();
    change(c);
    return questionIssues(c);
  };

  it('needs a start that names a node', () => {
    expect(edit((c) => (c.start = 'n9'))).toEqual([{ path: 'questions[0].start', message: expect.stringContaining('start "n9" is not a node id') }]);
    expect(edit((c) => (c.start = 'lost'))).toContainEqual({ path: 'questions[0].start', message: expect.stringContaining('not a node id') });
  });

  it('needs 2–4 responses per node', () => {
    expect(edit((c) => c.nodes[1]!.responses.splice(1))).toContainEqual({ path: 'questions[0].nodes[1].responses', message: 'each node needs 2–4 responses' });
  });

  it('rejects a next that is neither a node nor an ending', () => {
    expect(edit((c) => (c.nodes[0]!.responses[1]!.next = 'gone'))).toContainEqual({
      path: 'questions[0].nodes[0].responses[1].next',
      message: expect.stringContaining('next "gone" is neither a node nor an ending'),
    });
  });

  it('rejects a loop at the reply that closes it', () => {
    expect(edit((c) => (c.nodes[1]!.responses[1]!.next = 'n1'))).toEqual([
      { path: 'questions[0].nodes[1].responses[1].next', message: expect.stringContaining('loop (n1 → n2 → n1)') },
      // The escalated ending was only reachable through that reply.
      { path: 'questions[0].endings[1]', message: expect.stringContaining('ending "escalated" cannot be reached') },
    ]);
  });

  it('rejects a reply that leads back to its own node', () => {
    expect(edit((c) => (c.nodes[0]!.responses[1]!.next = 'n1'))).toContainEqual({
      path: 'questions[0].nodes[0].responses[1].next',
      message: expect.stringContaining('loop (n1 → n1)'),
    });
  });

  it('rejects nodes and endings that cannot be reached from start', () => {
    const issuesFound = edit((c) => {
      c.nodes.push({
        id: 'n3',
        customer: 'Orphan',
        responses: [
          { id: 'r1', text: 'a', points: 0, feedback: 'f', next: 'lost' },
          { id: 'r2', text: 'b', points: 0, feedback: 'f', next: 'lost' },
        ],
      });
      c.endings.push({ id: 'never', outcome: 'lost', text: 'x' });
    });
    expect(issuesFound).toEqual([
      { path: 'questions[0].nodes[2]', message: expect.stringContaining('node "n3" cannot be reached from start "n1"') },
      { path: 'questions[0].endings[3]', message: expect.stringContaining('ending "never" cannot be reached') },
    ]);
  });

  it('rejects ids shared by nodes and endings, and repeated reply ids within a node', () => {
    expect(edit((c) => (c.endings[0]!.id = 'n2'))).toContainEqual({ path: 'questions[0].endings[0].id', message: expect.stringContaining('duplicate id "n2"') });
    expect(edit((c) => (c.nodes[0]!.responses[1]!.id = 'r1'))).toContainEqual({
      path: 'questions[0].nodes[0].responses[1].id',
      message: expect.stringContaining('duplicate response id "r1"'),
    });
  });

  it('rejects an unknown outcome and negative points', () => {
    expect(edit((c) => ((c.endings[0] as { outcome: string }).outcome = 'won'))).toEqual([
      { path: 'questions[0].endings[0].outcome', message: 'outcome must be recovered, escalated or lost' },
    ]);
    expect(edit((c) => (c.nodes[0]!.responses[0]!.points = -1))).toContainEqual({ path: 'questions[0].nodes[0].responses[0].points', message: 'points must be 0 or more' });
  });
});

describe('rewrite', () => {
  it('needs a non-empty anyOf or noneOf on each criterion', () => {
    const criteria = rewrite().criteria.map((c, i) => (i === 1 ? { ...c, noneOf: [] } : c));
    expect(questionIssues({ ...rewrite(), criteria })).toEqual([{ path: 'questions[0].criteria[1]', message: expect.stringContaining('needs something to check') }]);
    const { noneOf: _noneOf, ...bare } = rewrite().criteria[1]!;
    expect(questionIssues({ ...rewrite(), criteria: [rewrite().criteria[0], bare] })).toEqual([
      { path: 'questions[0].criteria[1]', message: expect.stringContaining('needs something to check') },
    ]);
  });

  it('needs a positive weight and phrases with words', () => {
    const criteria = rewrite().criteria.map((c, i) => (i === 0 ? { ...c, weight: 0, anyOf: ['i can', '!!'] } : c));
    expect(questionIssues({ ...rewrite(), criteria })).toEqual([
      { path: 'questions[0].criteria[0].weight', message: 'weight must be more than 0' },
      { path: 'questions[0].criteria[0].anyOf[1]', message: 'a phrase needs at least one word' },
    ]);
  });

  it('needs unique criterion ids', () => {
    const criteria = rewrite().criteria.map((c) => ({ ...c, id: 'same' }));
    expect(questionIssues({ ...rewrite(), criteria })).toEqual([{ path: 'questions[0].criteria[1].id', message: expect.stringContaining('duplicate criterion id') }]);
  });

  it('accepts shared moves: move on a criterion that asks, avoid on one that rules out', () => {
    const criteria = [
      { id: 'sorry', label: 'Apologizes', weight: 1, move: 'apology', feedback: 'Say sorry.' },
      { id: 'act', label: 'Acts', weight: 2, move: 'next-step', anyOf: ['leave it with me'], feedback: 'Say what you will do.' },
      { id: 'no-blame', label: 'No blame', avoid: 'blame', noneOf: ['day team'], feedback: 'Own it.' },
    ];
    expect(questionIssues({ ...rewrite(), criteria })).toEqual([]);
  });

  it('names an unknown move and lists the shared ones', () => {
    const criteria = [
      { id: 'sorry', label: 'Apologizes', weight: 1, move: 'apologise', feedback: 'Say sorry.' },
      { id: 'calm', label: 'Calm', avoid: 'rudeness', feedback: 'Stay calm.' },
    ];
    expect(questionIssues({ ...rewrite(), criteria })).toEqual([
      { path: 'questions[0].criteria[0].move', message: expect.stringMatching(/^move must be a shared move, or a list of them .*: apology, .*time-commitment/) },
      { path: 'questions[0].criteria[1].avoid', message: expect.stringMatching(/^avoid must be a shared harmful move: non-apology, .*push-back/) },
    ]);
  });

  it('takes a list of moves (any one meets the criterion), and required only on what asks', () => {
    const [asks, rulesOut] = rewrite().criteria;
    expect(questionIssues({ ...rewrite(), criteria: [{ ...asks, move: ['next-step', 'follow-up'], required: true }, rulesOut] })).toEqual([]);
    expect(questionIssues({ ...rewrite(), criteria: [{ ...asks, move: ['next-step', 'callback'] }, rulesOut] })).toEqual([
      { path: 'questions[0].criteria[0].move', message: expect.stringMatching(/^move must be a shared move, or a list of them/) },
    ]);
    expect(questionIssues({ ...rewrite(), criteria: [asks, { ...rulesOut, required: true }] })).toEqual([
      { path: 'questions[0].criteria[1].required', message: expect.stringContaining('remove required') },
    ]);
  });

  it('names a bad about entry: no words that name it, or a repeated id', () => {
    const about = { id: 'card', label: 'the gift card', anyOf: ['gift card'] };
    expect(questionIssues({ ...rewrite(), about: [about] })).toEqual([]);
    expect(questionIssues({ ...rewrite(), about: [{ ...about, anyOf: [] }] })).toEqual([
      { path: 'questions[0].about[0].anyOf', message: expect.stringContaining('at least one word') },
    ]);
    expect(questionIssues({ ...rewrite(), about: [about, about] })).toEqual([
      { path: expect.stringMatching(/^questions\[0\]\.about/), message: expect.stringContaining('card') },
    ]);
  });

  it('keeps asking and ruling out apart, with a weight only on what asks', () => {
    const [asks, rulesOut] = rewrite().criteria;
    expect(questionIssues({ ...rewrite(), criteria: [{ ...asks, noneOf: ['policy'] }, rulesOut] })).toEqual([
      { path: 'questions[0].criteria[0]', message: expect.stringContaining('not both') },
    ]);
    const { weight: _weight, ...unweighted } = asks!;
    expect(questionIssues({ ...rewrite(), criteria: [unweighted, rulesOut] })).toEqual([
      { path: 'questions[0].criteria[0].weight', message: expect.stringContaining('weight is required') },
    ]);
    expect(questionIssues({ ...rewrite(), criteria: [asks, { ...rulesOut, weight: 1 }] })).toEqual([
      { path: 'questions[0].criteria[1].weight', message: expect.stringContaining('remove weight') },
    ]);
    expect(questionIssues({ ...rewrite(), criteria: [rulesOut] })).toEqual([
      { path: 'questions[0].criteria', message: expect.stringContaining('at least one criterion that asks for something') },
    ]);
  });
});

describe('makeFinalAssessmentSchema', () => {
  const schema = makeFinalAssessmentSchema(SKILLS, { 'service-breakdowns': 1, 'star-method': 2 });
  const q = (id: string) => ({ ...single(), id });
  const file = () => ({
    title: 'Final assessment',
    pools: [
      { objective: 'service-breakdowns#1', draw: 1, questions: [q('fa-1'), q('fa-2')] },
      { objective: 'star-method#1', draw: 1, questions: [q('fa-3')] },
      { objective: 'star-method#2', draw: 1, questions: [q('fa-4')] },
    ],
  });

  it('accepts a valid file and defaults to exam mode', () => {
    const result = schema.safeParse(file());
    expect(issues(result)).toEqual([]);
    expect(result.data).toMatchObject({ mode: 'exam', passMark: 0.8 });
  });

  const withPool = (index: number, pool: Record<string, unknown>) => ({ ...file(), pools: file().pools.map((p, i) => (i === index ? pool : p)) });
  it.each([
    ['an unknown lesson', withPool(0, { objective: 'juggling#1', draw: 1, questions: [q('x')] }), 'pools[0].objective', 'no lesson "juggling"'],
    ['an objective the lesson does not have', withPool(0, { objective: 'service-breakdowns#2', draw: 1, questions: [q('x')] }), 'pools[0].objective', '#2 does not exist'],
    ['a malformed objective', withPool(0, { objective: 'service-breakdowns', draw: 1, questions: [q('x')] }), 'pools[0].objective', '<lesson-id>#<n>'],
    ['an objective left untested', { ...file(), pools: file().pools.slice(0, 2) }, 'pools', 'missing: star-method#2'],
    ['a draw of 0', withPool(1, { objective: 'star-method#1', draw: 0, questions: [q('x')] }), 'pools[1].draw', 'at least 1'],
    ['a draw larger than the pool', withPool(1, { objective: 'star-method#1', draw: 2, questions: [q('x')] }), 'pools[1].draw', 'only 1 questions'],
    ['a pool with no questions', withPool(1, { objective: 'star-method#1', draw: 1, questions: [] }), 'pools[1].questions', 'at least 1 question'],
    ['a misspelt pool field', withPool(1, { objectve: 'star-method#1', draw: 1, questions: [q('x')] }), 'pools[1]', 'unknown field "objectve"'],
    ['a repeated question id', withPool(2, { objective: 'star-method#2', draw: 1, questions: [q('fa-1')] }), 'pools[2].questions[0].id', 'duplicate question id "fa-1"'],
    ['an objective pooled twice', withPool(2, { objective: 'star-method#1', draw: 1, questions: [q('x')] }), 'pools[2].objective', 'already has pool 2'],
    ['a question with an unknown skill', withPool(1, { objective: 'star-method#1', draw: 1, questions: [{ ...q('x'), skills: ['juggling'] }] }), 'pools[1].questions[0].skills[0]', 'unknown skill'],
  ])('rejects %s', (_label, input, path, message) => {
    expect(issues(schema.safeParse(input))).toContainEqual({ path, message: expect.stringContaining(message) });
  });
});

describe('makeQuizSchema: review pools', () => {
  it('accepts review pools and rejects a lesson reviewed twice', () => {
    const file = { title: 'Q', questions: [single()], review: [{ from: 'service-breakdowns', draw: 2 }] };
    expect(issues(quizSchema.safeParse(file))).toEqual([]);
    const twice = { ...file, review: [...file.review, { from: 'service-breakdowns', draw: 1 }] };
    expect(issues(quizSchema.safeParse(twice))).toContainEqual({ path: 'review[1].from', message: expect.stringContaining('already reviewed') });
    expect(issues(quizSchema.safeParse({ ...file, review: [{ from: 'service-breakdowns' }] }))).toContainEqual({
      path: 'review[0].draw',
      message: expect.stringContaining('draw is required'),
    });
  });
});
