/**
 * The interaction values the SCORM adapter writes, checked by the SCORM runtime itself: every question of every
 * quiz in the course, answered, is formatted for SCORM 1.2 and SCORM 2004 and written into scorm-again's
 * Scorm12API / Scorm2004API (the LMS side, which validates types, vocabularies and the response formats of
 * each interaction type); none may raise an error.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { Question, Response } from '../../src/engine/index.ts';
import type { LoadedQuiz } from '../../src/content/load-quiz.ts';
import { formatInteraction12, formatInteraction2004, interactionId, resultOf } from '../../src/reporting/interactions.ts';
import { answerFor, courseIndex } from './fixtures.ts';

let quizzes: readonly LoadedQuiz[];
let questions: Question[];
beforeAll(async () => {
  quizzes = (await courseIndex()).quizzes;
  questions = quizzes.flatMap((quiz) => Object.values(quiz.questions));
});

const KINDS = ['single', 'multiple', 'order', 'categorize', 'conversation', 'rewrite', 'spot'] as const;
const byKind = (kind: Question['kind']) => questions.filter((q) => q.kind === kind);

/** Responses a learner could give: the fixture's full answer plus a partial or wrong one per kind. */
function responsesFor(question: Question): Response[] {
  const full = answerFor(question);
  switch (question.kind) {
    case 'single':
      return [full, { kind: 'single', choice: question.options[0]!.id }];
    case 'multiple':
      return [full, { kind: 'multiple', choices: [question.options.at(-1)!.id] }, { kind: 'multiple', choices: question.options.map((o) => o.id) }];
    case 'order':
      return [full, { kind: 'order', order: question.items.map((i) => i.id) }];
    case 'categorize':
      return [full, { kind: 'categorize', placements: Object.fromEntries(question.items.map((i) => [i.id, question.categories[0]!.id])) }];
    case 'conversation':
      return [full];
    case 'rewrite':
      // A long reply with line breaks and characters SCORM 1.2's CMIString255 must survive.
      return [full, { kind: 'rewrite', text: `Sorry, "Ana" — that's on us.\n\nI’ll ring you back by 5 pm; ${'really '.repeat(80)}promise & thanks.` }];
    case 'spot':
      return [full, { kind: 'spot', marked: question.phrases.map((p) => p.id) }];
  }
}

const attempt = { id: 'mfk3c0a-1x2y3', quizId: 'final-assessment' };

describe('interaction types and formats per question kind', () => {
  it('the course has every kind of question', () => {
    for (const kind of KINDS) expect(byKind(kind).length, kind).toBeGreaterThan(0);
  });

  it.each([
    ['single', 'choice', 'choice'],
    ['multiple', 'choice', 'choice'],
    ['order', 'sequencing', 'sequencing'],
    ['categorize', 'matching', 'matching'],
    ['conversation', 'performance', 'other'],
    ['rewrite', 'fill-in', 'long-fill-in'],
  ] as const)('%s → %s in SCORM 1.2, %s in SCORM 2004 and cmi5', (kind, type12, type2004) => {
    for (const question of byKind(kind)) {
      const response = answerFor(question);
      expect(formatInteraction12(question, response).type).toBe(type12);
      expect(formatInteraction2004(question, response).type).toBe(type2004);
    }
  });

  it('SCORM 1.2 answers in single characters by position; SCORM 2004 by identifier with [,] and [.]', () => {
    const single = byKind('single')[0]!;
    if (single.kind !== 'single') throw new Error('unreachable');
    const second = single.options[1]!.id;
    expect(formatInteraction12(single, { kind: 'single', choice: second }).response).toBe('1');
    expect(formatInteraction2004(single, { kind: 'single', choice: second }).response).toBe(second);

    const multiple = byKind('multiple')[0]!;
    if (multiple.kind !== 'multiple') throw new Error('unreachable');
    const two = multiple.options.slice(0, 2).map((o) => o.id);
    expect(formatInteraction12(multiple, { kind: 'multiple', choices: two }).response).toBe('0,1');
    expect(formatInteraction2004(multiple, { kind: 'multiple', choices: two }).response).toBe(two.join('[,]'));
    expect(formatInteraction2004(multiple, { kind: 'multiple', choices: two }).correct).toBe(multiple.options.filter((o) => o.correct).map((o) => o.id).join('[,]'));

    const order = byKind('order')[0]!;
    if (order.kind !== 'order') throw new Error('unreachable');
    const reversed = [...order.items].reverse().map((i) => i.id);
    const f12 = formatInteraction12(order, { kind: 'order', order: reversed });
    expect(f12.response).toBe(order.items.map((_, i) => i.toString(36)).reverse().join(','));
    expect(f12.correct).toBe(order.items.map((_, i) => i.toString(36)).join(','));
    expect(formatInteraction2004(order, { kind: 'order', order: reversed }).correct).toBe(order.items.map((i) => i.id).join('[,]'));

    const categorize = byKind('categorize')[0]!;
    if (categorize.kind !== 'categorize') throw new Error('unreachable');
    const placements = Object.fromEntries(categorize.items.map((i) => [i.id, i.category]));
    expect(formatInteraction12(categorize, { kind: 'categorize', placements }).response).toMatch(/^([0-9a-z]\.[0-9a-z])(,[0-9a-z]\.[0-9a-z])*$/);
    expect(formatInteraction2004(categorize, { kind: 'categorize', placements }).response).toBe(
      categorize.items.map((i) => `${i.id}[.]${i.category}`).join('[,]'),
    );
    expect(formatInteraction2004(categorize, { kind: 'categorize', placements }).correct).toBe(
      formatInteraction2004(categorize, { kind: 'categorize', placements }).response,
    );
  });

  it('free text is cut to each standard’s size (255 in 1.2, 4,000 in 2004) and has no pattern to match', () => {
    const rewrite = byKind('rewrite')[0]!;
    const long = { kind: 'rewrite', text: 'word '.repeat(2000) } as const;
    expect(formatInteraction12(rewrite, long).response.length).toBeLessThanOrEqual(255);
    expect(formatInteraction2004(rewrite, long).response.length).toBeLessThanOrEqual(4000);
    expect(formatInteraction12(rewrite, long).correct).toBeUndefined();
    expect(formatInteraction2004(rewrite, long).correct).toBeUndefined();
  });

  it('result words: correct, wrong (1.2) / incorrect (2004), or the credit as a decimal', () => {
    expect(resultOf(1, 'wrong')).toBe('correct');
    expect(resultOf(0, 'wrong')).toBe('wrong');
    expect(resultOf(0, 'incorrect')).toBe('incorrect');
    expect(resultOf(0.5, 'incorrect')).toBe('0.5');
    expect(resultOf(2 / 3, 'wrong')).toBe('0.67');
  });
});

/** scorm-again as an LMS that keeps everything in memory (no commit URL) and says what it rejected. */
function lms12() {
  const api = new Scorm12API({ logLevel: 5, autocommit: false });
  expect(api.LMSInitialize('')).toBe('true');
  const set = (element: string, value: string) => {
    const ok = api.LMSSetValue(element, value);
    const code = String(api.LMSGetLastError());
    return { ok, code, detail: code === '0' ? '' : `${element} = ${JSON.stringify(value)}: ${api.LMSGetErrorString(code)} ${api.LMSGetDiagnostic(code)}` };
  };
  return { api, set };
}

function lms2004() {
  const api = new Scorm2004API({ logLevel: 5, autocommit: false });
  expect(api.Initialize('')).toBe('true');
  const set = (element: string, value: string) => {
    const ok = api.SetValue(element, value);
    const code = String(api.GetLastError());
    return { ok, code, detail: code === '0' ? '' : `${element} = ${JSON.stringify(value)}: ${api.GetErrorString(code)} ${api.GetDiagnostic(code)}` };
  };
  return { api, set };
}

describe('every question, answered, is accepted by scorm-again', () => {
  it('SCORM 1.2: LMSSetValue takes id, type, student_response, result and correct pattern without an error', () => {
    const { api, set } = lms12();
    let n = 0;
    const errors: string[] = [];
    for (const question of questions) {
      for (const response of responsesFor(question)) {
        const f = formatInteraction12(question, response);
        const at = `cmi.interactions.${n}.`;
        const writes: [string, string][] = [
          [`${at}id`, interactionId(attempt, question.id, '.').slice(0, 255)],
          [`${at}type`, f.type],
          [`${at}time`, '14:03:27'],
          [`${at}weighting`, '1'],
          [`${at}student_response`, f.response],
          [`${at}result`, resultOf(0.5, 'wrong')],
          ...(f.correct ? ([[`${at}correct_responses.0.pattern`, f.correct]] as [string, string][]) : []),
        ];
        for (const [element, value] of writes) {
          const result = set(element, value);
          if (result.ok !== 'true' || result.code !== '0') errors.push(`${question.kind} ${question.id}: ${result.detail}`);
        }
        n += 1;
      }
    }
    expect(errors).toEqual([]);
    expect(api.LMSGetValue('cmi.interactions._count')).toBe(String(n));
    expect(n).toBeGreaterThan(questions.length);
  });

  it('SCORM 2004: SetValue takes id, type, description, learner_response, result and correct pattern without an error', () => {
    const { api, set } = lms2004();
    let n = 0;
    const errors: string[] = [];
    for (const question of questions) {
      for (const response of responsesFor(question)) {
        const f = formatInteraction2004(question, response);
        const at = `cmi.interactions.${n}.`;
        const writes: [string, string][] = [
          [`${at}id`, interactionId(attempt, question.id, '/')],
          [`${at}type`, f.type],
          [`${at}description`, question.prompt.replace(/\s+/g, ' ').slice(0, 250)],
          [`${at}timestamp`, '2026-01-05T14:03:27'],
          [`${at}weighting`, '1'],
          ...(f.correct ? ([[`${at}correct_responses.0.pattern`, f.correct]] as [string, string][]) : []),
          [`${at}learner_response`, f.response],
          [`${at}result`, resultOf(1, 'incorrect')],
        ];
        for (const [element, value] of writes) {
          const result = set(element, value);
          if (result.ok !== 'true' || result.code !== '0') errors.push(`${question.kind} ${question.id}: ${result.detail}`);
        }
        n += 1;
      }
    }
    expect(errors).toEqual([]);
    expect(api.GetValue('cmi.interactions._count')).toBe(String(n));
  });

  it('the runtime does reject a malformed value (the check is not vacuous)', () => {
    const { set: set12 } = lms12();
    set12('cmi.interactions.0.id', 'q1');
    expect(set12('cmi.interactions.0.type', 'long-fill-in').code).not.toBe('0');
    const { set: set2004 } = lms2004();
    set2004('cmi.interactions.0.id', 'q1');
    set2004('cmi.interactions.0.type', 'matching');
    expect(set2004('cmi.interactions.0.learner_response', 'a,b').code).not.toBe('0');
  });
});
