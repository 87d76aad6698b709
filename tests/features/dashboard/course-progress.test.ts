import { describe, expect, it } from 'vitest';
import { continueTarget } from '../../../src/features/dashboard/course-progress.ts';
import { lessons } from '../../../src/content/course.ts';

describe('"Continue" on the home page', () => {
  it('"Continue" returns to the last part of the last lesson, else the first unfinished lesson', () => {
    const [first, second] = lessons;
    expect(continueTarget(lessons, {}, undefined)).toMatchObject({ started: false, to: `/lessons/${first!.id}` });
    const records = { [first!.id]: { completedAt: 't' }, [second!.id]: { visitedAt: 't', lastPart: 'why-it-matters' } };
    expect(continueTarget(lessons, records, `/lessons/${second!.id}`)).toMatchObject({
      started: true,
      to: `/lessons/${second!.id}#part-why-it-matters`,
    });
    expect(continueTarget(lessons, { [first!.id]: { completedAt: 't' } }, undefined).to).toBe(`/lessons/${second!.id}`);
    // A quiz attempt that is no longer saved (a reset) is not a place to continue.
    expect(continueTarget(lessons, records, '/quizzes/star-method?attempt=x').to).not.toContain('attempt=x');
  });

  it('continues an open quiz attempt, then the next lesson, then the final assessment, then the certificate', () => {
    const open = { id: 'x', quizId: 'star-method', kind: 'scored', seed: 1, questionIds: [], hashes: {}, responses: {}, answeredAt: {}, checked: [], current: 0, startedAt: 't', updatedAt: 't' } as const;
    const attempts = { x: { ...open, questionIds: [] as string[], checked: [] as string[] } };
    expect(continueTarget(lessons, {}, '/quizzes/star-method?attempt=x', attempts).to).toBe('/quizzes/star-method?attempt=x');
    const allDone = Object.fromEntries(lessons.map((lesson) => [lesson.id, { completedAt: 't' }]));
    // The last page was a finished lesson: go on to the final assessment, not back to that lesson.
    expect(continueTarget(lessons, allDone, `/lessons/${lessons.at(-1)!.id}`, {})).toMatchObject({ to: '/quizzes/final-assessment', label: 'The final assessment' });
    const passed = {
      f: { ...open, id: 'f', quizId: 'final-assessment', questionIds: [] as string[], checked: [] as string[], finishedAt: 't', score: { earned: 9, total: 10, percent: 90, passed: true, perSkill: {} } },
    };
    expect(continueTarget(lessons, allDone, undefined, passed)).toMatchObject({ to: '/certificate' });
  });
});
