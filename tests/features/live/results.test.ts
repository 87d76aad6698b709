import { describe, expect, it } from 'vitest';
import { resultsCsv, resultsSummaryHtml, type SessionResults } from '../../../src/features/live/results.ts';
import { roomChoices } from '../../../src/features/live/tally.ts';
import { liveSingle } from '../../fixtures/questions.ts';
import type { Question } from '../../../src/engine/index.ts';
import { parseCsv } from '../../fixtures/csv.ts';

const question = liveSingle as unknown as Question;
const rewrite = { id: 'q-rw', kind: 'rewrite', skills: [], prompt: 'Say it better', original: 'Not my job.', modelAnswer: 'I will help.', criteria: [{ id: 'c', label: 'Helps', move: 'next-step', feedback: 'f' }] } as unknown as Question;

const results: SessionResults = {
  room: 'ABCDEF',
  lessonTitle: 'The STAR method',
  startedAt: Date.UTC(2026, 11, 4, 9, 30),
  questions: [
    { questionId: question.id, position: 3, answered: 4, right: 2, tally: { a: 1, b: 2, c: 1 }, texts: [] },
    { questionId: 'q-rw', position: 5, answered: 2, right: 1, tally: {}, texts: ['=HYPERLINK("x") sorry, I will call you', 'I’ll ring you by 4, "promise"'] },
  ],
};


describe('the session results a trainer downloads', () => {
  it('CSV: one row per choice, lettered and counted as the projector counts, with the share who got it right', () => {
    const table = parseCsv(resultsCsv(results, [question, rewrite]));
    const [header, ...rows] = table;
    expect(header).toContain('Chosen by');
    const single = rows.filter((row) => row[2] === '3');
    const letters = roomChoices(question).map((choice, i) => ({ letter: String.fromCharCode(65 + i), id: choice.id }));
    expect(single.map((row) => [row[4], row[7]])).toEqual(letters.map(({ letter, id }) => [letter, String(results.questions[0]!.tally[id] ?? 0)]));
    expect(new Set(single.map((row) => row[10]))).toEqual(new Set(['50']));
    // Free text is counted, not listed, in the CSV; every row has every column.
    expect(rows.find((row) => row[2] === '5')?.[5]).toBe('2 written answers');
    for (const row of table) expect(row).toHaveLength(header!.length);
  });

  it('CSV: a cell that a spreadsheet would run as a formula is neutralised', () => {
    const csv = resultsCsv({ ...results, room: '=cmd' }, [question]);
    expect(csv).not.toMatch(/(^|,)=cmd/m);
    expect(csv).toContain("'=cmd");
  });

  it('summary: each question with its tally and who got it right, the rewrites without names, safe HTML, A4', () => {
    const html = resultsSummaryHtml(results, [question, rewrite]);
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('4 answered; 50 % got it right.');
    expect(html).toContain('&quot;promise&quot;');
    expect(html).not.toContain('"promise"');
    expect(html).toContain('Counts only: no names.');
  });
});
