import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readResponse } from '../../src/engine/index.ts';
import { quizSummary } from '../../src/progress/attempt-records.ts';
import { normalizeProgress } from '../../src/progress/schema.ts';
import { decodeProgress, encodeProgress, SCORM12_LIMIT, SCORM2004_LIMIT, type CourseIndex } from '../../src/reporting/codec.ts';
import { courseStatus } from '../../src/reporting/course-status.ts';
import type { ProgressData } from '../../src/progress/types.ts';
import { courseIndex, largestRealisticState } from './fixtures.ts';

let index: CourseIndex;
beforeAll(async () => {
  index = await courseIndex();
});

const roundTrip = (data: ProgressData, limit: number) => {
  const text = encodeProgress(data, index, limit);
  return { text, back: normalizeProgress(decodeProgress(text, index)) };
};

describe('suspend data: the compact encoding of progress', () => {
  it('fits SCORM 1.2’s 4,096 characters for the largest realistic learner, keeping everything resume needs', () => {
    // 30 retakes of every quiz and, at the same time, an unfinished scored attempt in every quiz with all but its
    // last question answered (a long written reply to every rewrite question).
    const data = largestRealisticState(index, 30, 0);
    expect(JSON.stringify(data).length).toBeGreaterThan(100_000);
    const { text, back } = roundTrip(data, SCORM12_LIMIT);
    expect(text.length).toBeLessThanOrEqual(SCORM12_LIMIT);

    // Every lesson complete, with the place to continue from.
    for (const id of index.lessons) {
      expect(back.lessons[id]?.completedAt).toBeDefined();
      expect(back.lessons[id]?.lastPart).toBe('part-key-takeaways');
    }
    // Every unfinished attempt, with every answer, its questions in order and the position.
    const open = Object.values(data.attempts).filter((a) => !a.finishedAt);
    expect(open).toHaveLength(index.quizzes.length);
    for (const attempt of open) {
      const restored = back.attempts[attempt.id];
      expect(restored, attempt.id).toBeDefined();
      expect(restored!.questionIds).toEqual(attempt.questionIds);
      expect(restored!.current).toBe(attempt.current);
      expect(restored!.seed).toBe(attempt.seed);
      expect(restored!.hashes).toEqual(attempt.hashes);
      const quiz = index.quizzes.find((q) => q.id === attempt.quizId)!;
      for (const id of attempt.questionIds) {
        const question = quiz.questions[id]!;
        expect(readResponse(question, restored!.responses[id]), `${attempt.id} ${id}`).toEqual(readResponse(question, attempt.responses[id]));
      }
    }
    // Per quiz: the best and the latest score, so home, progress and the certificate say the same as before.
    for (const quiz of index.quizzes) {
      const before = quizSummary(data.attempts, quiz.id);
      const after = quizSummary(back.attempts, quiz.id);
      expect(after.best).toBe(before.best);
      expect(after.latest).toBe(before.latest);
      expect(after.passed).toBe(before.passed);
    }
    expect(courseStatus(back, index.lessons)).toEqual(courseStatus(data, index.lessons));
    expect(back.learnerName).toBe(data.learnerName);
  });

  it('even with a practice round open in every quiz too, fits and keeps every unfinished scored attempt', () => {
    const data = largestRealisticState(index, 30, index.quizzes.length);
    const { text, back } = roundTrip(data, SCORM12_LIMIT);
    expect(text.length).toBeLessThanOrEqual(SCORM12_LIMIT);
    for (const attempt of Object.values(data.attempts).filter((a) => !a.finishedAt && a.kind === 'scored')) {
      expect(Object.keys(back.attempts[attempt.id]?.responses ?? {})).toEqual(Object.keys(attempt.responses));
    }
  });

  it('keeps everything, reflections and every retake included, where the LMS allows 64,000 characters', () => {
    const data = largestRealisticState(index, 30);
    const { text, back } = roundTrip(data, SCORM2004_LIMIT);
    expect(text.length).toBeLessThanOrEqual(SCORM2004_LIMIT);
    expect(Object.keys(back.attempts).sort()).toEqual(Object.keys(data.attempts).sort());
    expect(back.reflections).toEqual(
      Object.fromEntries(Object.entries(data.reflections).map(([id, r]) => [id, { text: r.text, updatedAt: r.updatedAt.replace(/\.\d+Z$/, '.000Z') }])),
    );
  });

  it('asks a question again when its content changed since the attempt was saved (its short hash differs)', () => {
    const data = largestRealisticState(index, 1);
    const open = Object.values(data.attempts).find((a) => !a.finishedAt && a.kind === 'scored')!;
    const quiz = index.quizzes.find((q) => q.id === open.quizId)!;
    const changed = open.questionIds[0]!;
    const edited = { ...index, quizzes: index.quizzes.map((q) => (q === quiz ? { ...q, hashes: { ...q.hashes, [changed]: 'zzzzzzzzzz' } } : q)) };
    const back = normalizeProgress(decodeProgress(encodeProgress(data, index, SCORM12_LIMIT), edited));
    expect(back.attempts[open.id]!.hashes[changed]).not.toBe('zzzzzzzzzz');
    expect(back.attempts[open.id]!.hashes[open.questionIds[1]!]).toBe(quiz.hashes[open.questionIds[1]!]);
  });

  it('still resumes from text an LMS saved with version 1 (3-character hashes)', () => {
    const { text } = JSON.parse(readFileSync('tests/reporting/data/suspend-data-v1.json', 'utf8')) as { text: string };
    expect(JSON.parse(text).v).toBe(1);
    const back = normalizeProgress(decodeProgress(text, index));
    expect(Object.values(back.lessons).filter((lesson) => lesson.completedAt)).toHaveLength(index.lessons.length);
    const open = Object.values(back.attempts).filter((a) => !a.finishedAt);
    expect(open.length).toBeGreaterThanOrEqual(2);
    for (const attempt of open) {
      expect(attempt.questionIds.length, attempt.id).toBeGreaterThan(0);
      // Every hash read back is the question's current one (its 3 characters matched) or those 3 characters, which
      // mark the question as changed since (resume then asks it again).
      const current = index.quizzes.find((quiz) => quiz.id === attempt.quizId)!.hashes;
      for (const id of attempt.questionIds) expect(attempt.hashes[id] === current[id] || attempt.hashes[id]!.length === 3, id).toBe(true);
    }
    // Written again, it is version 2.
    expect(JSON.parse(encodeProgress(back, index, SCORM12_LIMIT)).v).toBe(2);
  });

  it('reads nothing from text it does not recognise', () => {
    expect(decodeProgress('not json', index)).toBeUndefined();
    expect(decodeProgress('{"v":99}', index)).toBeUndefined();
    expect(decodeProgress('', index)).toBeUndefined();
  });
});
