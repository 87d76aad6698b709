import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import * as home from '../../../src/features/dashboard/home-route.tsx';
import * as progress from '../../../src/features/progress/progress-route.tsx';
import { lessons } from '../../../src/content/course.ts';
import { useProgressStore } from '../../../src/progress/store.ts';
import { passPercentOf } from '../../../src/progress/course-rules.ts';
import type { AttemptRecord } from '../../../src/progress/types.ts';
import { finishedRecord } from '../../fixtures/attempts.ts';

function renderAt(path: '/' | '/progress') {
  const router = createMemoryRouter(
    [
      { path: '/', Component: home.Component },
      { path: '/progress', Component: progress.Component },
    ],
    { initialEntries: [path] },
  );
  return render(<RouterProvider router={router} />);
}

const T0 = '2026-01-05T08:00:00.000Z';
const finishedAttempt = (id: string, quizId: string, percent: number, startedAt = T0): AttemptRecord => finishedRecord(id, quizId, percent, startedAt);

/** Home says it with a pill, /progress after the lesson's title: both in one vocabulary here. */
const VOCABULARY: Record<string, string> = {
  'Not started': 'not started',
  'In progress': 'in progress',
  Completed: 'done',
  'not started': 'not started',
  'in progress': 'in progress',
  completed: 'done',
};

/** Each lesson's status as the page on screen shows it in its "Lessons" list. */
function lessonStatuses(): Record<string, string> {
  const items = within(screen.getByRole('region', { name: 'Lessons' })).getAllByRole('listitem');
  return Object.fromEntries(
    lessons.map((lesson) => {
      const item = items.find((li) => within(li).queryByRole('link', { name: lesson.title }));
      const shown = item ? (within(item).queryByText(/^(Not started|In progress|Completed)$/)?.textContent ?? /— (.+)$/.exec(item.textContent ?? '')?.[1]) : undefined;
      return [lesson.id, VOCABULARY[shown ?? ''] ?? `unknown: ${shown}`];
    }),
  );
}

beforeEach(() => {
  useProgressStore.getState().reset();
});

describe('home and /progress agree on each lesson’s status', () => {
  const [first, second] = lessons;

  it('a lesson whose quiz was attempted but which was never opened is in progress on both pages', () => {
    useProgressStore.setState({
      lessons: { [first!.id]: { visitedAt: T0, completedAt: T0 } },
      attempts: { a1: finishedAttempt('a1', second!.id, 50) },
    });
    const homePage = renderAt('/');
    const onHome = lessonStatuses();
    homePage.unmount();
    renderAt('/progress');
    const onProgress = lessonStatuses();

    expect(onHome[second!.id]).toBe('in progress');
    expect(onProgress[second!.id]).toBe('in progress');
    expect(onProgress).toEqual(onHome);
    expect(onHome[first!.id]).toBe('done');
    expect(Object.values(onHome).filter((status) => status === 'not started')).toHaveLength(lessons.length - 2);
  });

  it('the score chart on /progress draws the quiz’s own pass mark', () => {
    useProgressStore.setState({
      attempts: { a1: finishedAttempt('a1', second!.id, 50), a2: finishedAttempt('a2', second!.id, 90, '2026-01-06T08:00:00.000Z') },
    });
    renderAt('/progress');
    const chart = screen.getByRole('img', { name: /^Scores by attempt/ });
    expect(chart).toHaveAccessibleName(`Scores by attempt: attempt 1, 50%; attempt 2, 90%. Pass mark ${passPercentOf(second!.id)}%.`);
  });
});
