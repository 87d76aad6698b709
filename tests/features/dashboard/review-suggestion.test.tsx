import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import * as home from '../../../src/features/dashboard/home-route.tsx';
import { reviewSuggestion } from '../../../src/features/dashboard/course-progress.ts';
import { useProgressStore } from '../../../src/progress/store.ts';
import { lessons } from '../../../src/content/course.ts';

// `from` fixes the moment: a test that takes "now" and then "ten days ago" on two clock readings can see 9.99 days.
const daysAgo = (days: number, from = Date.now()) => new Date(from - days * 24 * 60 * 60 * 1000).toISOString();

function renderHome() {
  const router = createMemoryRouter(
    [
      { path: '/', Component: home.Component },
      { path: '/quizzes/:quizId', Component: () => <h1>Quiz page</h1> },
    ],
    { initialEntries: ['/'] },
  );
  return render(<RouterProvider router={router} />);
}

beforeEach(() => {
  useProgressStore.getState().reset();
});

describe('home page: a short review of a lesson finished days ago', () => {
  const [first, second] = lessons;

  it('suggests nothing when no lesson was finished days ago', () => {
    useProgressStore.setState({ lessons: { [first!.id]: { visitedAt: daysAgo(0), completedAt: daysAgo(0) } } });
    renderHome();
    expect(screen.queryByRole('heading', { name: 'Time for a quick review' })).not.toBeInTheDocument();
  });

  it('offers the lesson finished longest ago, and the link opens its quiz', async () => {
    const user = userEvent.setup();
    useProgressStore.setState({
      lessons: {
        [first!.id]: { visitedAt: daysAgo(9), completedAt: daysAgo(9) },
        [second!.id]: { visitedAt: daysAgo(4), completedAt: daysAgo(4) },
      },
    });
    renderHome();
    const region = screen.getByRole('region', { name: 'Time for a quick review' });
    expect(region).toHaveTextContent(`You finished “${first!.title}” 9 days ago`);
    await user.click(screen.getByRole('link', { name: `Review ${first!.title}` }));
    expect(await screen.findByRole('heading', { name: 'Quiz page' })).toBeInTheDocument();
  });

  it('counts a recent quiz attempt as a review', () => {
    const now = new Date();
    const records = { [first!.id]: { completedAt: daysAgo(10, now.getTime()) } };
    expect(reviewSuggestion(lessons, records, {}, now)?.days).toBe(10);
    const attempts = { a1: { quizId: first!.id, startedAt: daysAgo(1, now.getTime()), finishedAt: daysAgo(1, now.getTime()) } } as unknown as Parameters<typeof reviewSuggestion>[2];
    expect(reviewSuggestion(lessons, records, attempts, now)).toBeUndefined();
  });
});
