import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReplacedAttempt, useHeldAttempt } from '../../../src/features/quiz/replaced-attempt.tsx';
import { useProgressStore } from '../../../src/progress/store.ts';
import { emptyProgress } from '../../../src/progress/types.ts';
import { attemptRecord } from '../../fixtures/attempts.ts';

const NOW = '2026-11-20T10:00:00.000Z';

/** What the quiz page does: the attempt from the store while it is there, else this page's copy to offer back. */
function Page({ attemptId }: { attemptId: string }) {
  const attempt = useProgressStore((s) => s.attempts[attemptId]);
  const held = useHeldAttempt(attemptId);
  if (attempt) return <p>Question {attempt.current + 1}</p>;
  return held ? <ReplacedAttempt attempt={held} /> : <p>That attempt isn’t saved in this browser.</p>;
}

beforeEach(() => {
  useProgressStore.getState().reset();
  useProgressStore.getState().saveAttempt(attemptRecord('open', 'star-method', NOW, { questionIds: ['q1', 'q2', 'q3'], current: 1 }));
});

describe('an attempt replaced in another tab is offered back', () => {
  it('keeps the latest copy, says what happened with focus on it, and restores it', async () => {
    const user = userEvent.setup();
    render(<Page attemptId="open" />);
    expect(screen.getByText('Question 2')).toBeInTheDocument();
    act(() => useProgressStore.getState().answer('open', 'q2', { kind: 'single', choice: 'b' }));
    // Another tab's Replace reaches this one: the attempt is gone from saved progress.
    act(() => useProgressStore.getState().replaceAll({ ...emptyProgress(), learnerName: 'Sam' }));
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('Your progress was replaced or reset in another tab, and this attempt went with it.');
    expect(notice).toHaveTextContent('you were on question 2 of 3, with 1 answer');
    expect(notice).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Restore this attempt' }));
    expect(screen.getByText('Question 2')).toBeInTheDocument();
    const state = useProgressStore.getState();
    expect(state.learnerName).toBe('Sam');
    expect(state.attempts.open!.responses).toEqual({ q2: { kind: 'single', choice: 'b' } });
  });

  it('has nothing to offer for an attempt this page never had', () => {
    render(<Page attemptId="elsewhere" />);
    expect(screen.getByText('That attempt isn’t saved in this browser.')).toBeInTheDocument();
  });
});
