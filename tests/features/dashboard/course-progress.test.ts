import { describe, expect, it } from 'vitest';
import { continueTarget, courseProgress, lessonStatus } from '../../../src/features/dashboard/course-progress.ts';
import { lessons } from '../../../src/content/course.ts';

describe('course progress on the home page', () => {
  it('lesson status: not started, in progress, done', () => {
    expect(lessonStatus(undefined, {}, 'x')).toBe('not-started');
    expect(lessonStatus({ visitedAt: 't' }, {}, 'x')).toBe('in-progress');
    expect(lessonStatus({ visitedAt: 't', completedAt: 't' }, {}, 'x')).toBe('done');
  });

  it('counts completed lessons plus a passed final assessment', () => {
    const records = { [lessons[0]!.id]: { completedAt: 't' } };
    expect(courseProgress(lessons, records, {})).toEqual({ done: 1, total: lessons.length + 1 });
  });

  it('"Continue" returns to the last part of the last lesson, else the first unfinished lesson', () => {
    const [first, second] = lessons;
    expect(continueTarget(lessons, {}, undefined)).toMatchObject({ started: false, to: `/lessons/${first!.id}` });
    const records = { [first!.id]: { completedAt: 't' }, [second!.id]: { visitedAt: 't', lastPart: 'why-it-matters' } };
    expect(continueTarget(lessons, records, `/lessons/${second!.id}`)).toMatchObject({
      started: true,
      to: `/lessons/${second!.id}#part-why-it-matters`,
    });
    expect(continueTarget(lessons, { [first!.id]: { completedAt: 't' } }, undefined).to).toBe(`/lessons/${second!.id}`);
    expect(continueTarget(lessons, records, '/quizzes/star-method?attempt=x').to).toBe('/quizzes/star-method?attempt=x');
  });
});
