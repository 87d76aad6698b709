/**
 * The results page shows the grade kept when the attempt finished — each question's score included — and grades
 * nothing again: answers that would score differently today (the quiz's content changed since, say) keep the score
 * they were given. A record saved before per-question scores were kept is graded from its answers, as before.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isFullCredit, type Score } from '../../../src/engine/index.ts';
import { loadQuiz, type LoadedQuiz } from '../../../src/content/load-quiz.ts';
import * as attemptRoute from '../../../src/features/quiz/attempt-route.tsx';
import { gradeFinishingAttempt } from '../../../src/progress/attempt-grade.ts';
import { useProgressStore } from '../../../src/progress/store.ts';
import type { AttemptRecord } from '../../../src/progress/types.ts';
import { attemptOf } from '../../reporting/fixtures.ts';

let quiz: LoadedQuiz;
beforeAll(async () => {
  quiz = (await loadQuiz('star-method'))!;
});

beforeEach(() => {
  useProgressStore.getState().reset();
});

function renderResults(attempt: AttemptRecord) {
  useProgressStore.getState().saveAttempt(attempt);
  const router = createMemoryRouter(
    [{ path: '/quizzes/:quizId/attempts/:attemptId', loader: attemptRoute.loader, Component: attemptRoute.Component, HydrateFallback: () => null }],
    { initialEntries: [`/quizzes/${quiz.id}/attempts/${attempt.id}`] },
  );
  return render(<RouterProvider router={router} />);
}

/** An attempt finished with the grade its answers get, and the same answers as graded today. */
function finishedAttempt(): { attempt: AttemptRecord; today: Readonly<Record<string, Score>> } {
  const open = attemptOf(quiz, 1, { finished: false });
  const result = gradeFinishingAttempt(quiz, open);
  const { perQuestion, ...score } = result;
  return { attempt: { ...open, finishedAt: open.updatedAt, score, questionScores: { ...perQuestion } }, today: perQuestion };
}

const full: Score = { kind: 'points', earned: 1, total: 1 };

describe('the results page', () => {
  it('shows each question’s score as kept when the attempt finished, not as its answers score today', async () => {
    const { attempt, today } = finishedAttempt();
    const missedToday = Object.values(today).filter((score) => !isFullCredit(score)).length;
    expect(missedToday).toBeGreaterThan(0);
    // Kept: full credit everywhere (the content changed since, say).
    const kept = { ...attempt, questionScores: Object.fromEntries(attempt.questionIds.map((id) => [id, full])) };
    renderResults(kept);
    const n = attempt.questionIds.length;
    expect(await screen.findByText(`${n} of ${n} questions earned full credit.`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Practice missed questions' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Review answers' }));
    const review = screen.getByRole('region', { name: 'Review' });
    expect(within(review).getAllByText('Full credit.', { exact: true })).toHaveLength(n);
  });

  it('grades a record saved before per-question scores were kept from its answers, as before', async () => {
    const { attempt, today } = finishedAttempt();
    const { questionScores: _kept, ...old } = attempt;
    const n = attempt.questionIds.length;
    const fullToday = Object.values(today).filter(isFullCredit).length;
    renderResults(old);
    expect(await screen.findByText(`${fullToday} of ${n} questions earned full credit.`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Practice missed questions' })).toBeInTheDocument();
  });
});
