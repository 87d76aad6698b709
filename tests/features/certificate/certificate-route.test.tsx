import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import * as certificate from '../../../src/features/certificate/certificate-route.tsx';
import { lessons } from '../../../src/content/course.ts';
import { useProgressStore } from '../../../src/progress/store.ts';
import { FINAL_ASSESSMENT_ID, passPercentOf } from '../../../src/progress/course-rules.ts';
import type { AttemptRecord } from '../../../src/progress/types.ts';
import { finishedRecord } from '../../fixtures/attempts.ts';

function renderCertificate() {
  const router = createMemoryRouter([{ path: '/certificate', Component: certificate.Component }], { initialEntries: ['/certificate'] });
  return render(<RouterProvider router={router} />);
}

const final = (id: string, percent: number, passed: boolean, finishedAt = '2026-03-02T10:00:00.000Z'): AttemptRecord =>
  finishedRecord(id, FINAL_ASSESSMENT_ID, percent, finishedAt, passed);
const allDone = () => Object.fromEntries(lessons.map((lesson) => [lesson.id, { visitedAt: 't', completedAt: 't' }]));

beforeEach(() => {
  useProgressStore.getState().reset();
});

describe('the certificate', () => {
  it('lists what remains, with the final assessment’s own pass mark and the best score so far', () => {
    useProgressStore.setState({ lessons: { [lessons[0]!.id]: { completedAt: 't' } }, attempts: { f1: final('f1', 60, false) } });
    renderCertificate();
    const todo = screen.getByRole('list');
    const items = within(todo).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      ...lessons.slice(1).map((lesson) => `Complete ${lesson.title}`),
      `Pass the final assessment (${passPercentOf(FINAL_ASSESSMENT_ID)}% or more) — your best so far is 60%`,
    ]);
    expect(passPercentOf(FINAL_ASSESSMENT_ID)).toBe(80);
  });

  it('unlocks with every lesson done and the final assessment passed, showing the best passing score', () => {
    useProgressStore.setState({ lessons: allDone(), attempts: { f1: final('f1', 85, true), f2: final('f2', 95, true, '2026-03-04T10:00:00.000Z') } });
    renderCertificate();
    const article = screen.getByRole('article', { name: 'Certificate of completion' });
    expect(within(article).getByText('95%')).toBeInTheDocument();
    expect(within(article).getByText('March 4, 2026')).toBeInTheDocument();
  });
});
