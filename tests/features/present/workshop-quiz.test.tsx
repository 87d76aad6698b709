import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useProgressStore } from '../../../src/progress/store.ts';
import { renderAt } from './render-routes.tsx';

// content/star-method/quiz.yaml: 10 questions; question 3 is "star-typing-caller" (single), 10 a conversation.
const BEST = 'Stop typing, save your notes for later, and listen fully, jotting down key facts as she talks.';
const BEST_FEEDBACK = /This is the Stop step/;
const DISCUSSION = /make it easier to drop your last task/;

const counter = (text: string) => screen.findByText(text, { selector: '.deck-bar__count' });
const option = (text: string) => screen.getByText(text).closest('li')!;

afterEach(() => {
  useProgressStore.setState(useProgressStore.getInitialState(), true);
});

describe('the workshop quiz', () => {
  it('hides the answer until "Reveal answer", then shows each option’s credit, its feedback and the discussion prompt', async () => {
    const user = userEvent.setup();
    renderAt('/present/star-method/quiz/3');
    await counter('3 / 10');
    expect(screen.getByText(/A caller, Chloe, starts explaining/)).toBeInTheDocument();
    expect(screen.getByText(BEST)).toBeInTheDocument();
    expect(screen.queryByText('Best answer')).not.toBeInTheDocument();
    expect(screen.queryByText('Harmful')).not.toBeInTheDocument();
    expect(screen.queryByText(BEST_FEEDBACK)).not.toBeInTheDocument();
    expect(screen.queryByText(DISCUSSION)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reveal answer' }));

    expect(within(option(BEST)).getByText('Best answer')).toBeInTheDocument();
    expect(within(option(BEST)).getByText(BEST_FEEDBACK)).toBeInTheDocument();
    expect(within(option('Ask her to hold for a moment while you finish your notes, then give her your full attention.')).getByText('Acceptable')).toBeInTheDocument();
    expect(screen.getAllByText('Harmful')).toHaveLength(2);
    expect(screen.getByText(DISCUSSION)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reveal answer' })).not.toBeInTheDocument();
    // Focus moves to the answer the button revealed.
    expect(screen.getByRole('heading', { name: 'Answer' })).toHaveFocus();
  });

  it('reveals with R, and hides the answer again on the next question', async () => {
    const user = userEvent.setup();
    const { path } = renderAt('/present/star-method/quiz/3');
    await counter('3 / 10');
    await user.keyboard('{ArrowRight}');
    await counter('4 / 10');
    expect(path()).toBe('/present/star-method/quiz/4');
    expect(screen.queryByText('Best answer')).not.toBeInTheDocument();

    await user.keyboard('r');
    expect(await screen.findByText('Best answer')).toBeInTheDocument();
    expect(screen.getByText(/find the real need behind a refund request/)).toBeInTheDocument();

    await user.keyboard('{ArrowLeft}');
    await counter('3 / 10');
    expect(screen.queryByText('Best answer')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reveal answer' })).toBeInTheDocument();
  });

  it('shows the right order of an ordering question only after the reveal', async () => {
    const user = userEvent.setup();
    renderAt('/present/star-method/quiz/1');
    await counter('1 / 10');
    expect(screen.queryByText('The right order:')).not.toBeInTheDocument();
    const shown = screen.getAllByRole('listitem').map((li) => li.textContent);
    await user.keyboard('R');
    expect(await screen.findByText('The right order:')).toBeInTheDocument();
    const right = within(screen.getByRole('list')).getAllByRole('listitem').map((li) => li.textContent);
    expect(right[0]).toMatch(/^Put down what you’re doing/);
    // The room saw them shuffled, not already in the answer's order.
    expect(shown.map((text) => text?.slice(1))).not.toEqual(right);
  });

  it('walks a conversation one reply at a time, with feedback and points, to an ending, and starts again', async () => {
    const user = userEvent.setup();
    renderAt('/present/star-method/quiz/10');
    await counter('10 / 10');
    expect(screen.getByText(/It’s 3 o’clock, and nobody has come or called/)).toBeInTheDocument();
    expect(screen.queryByText(/You stopped, owned the problem/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /I’m sorry you’ve been waiting all day/ }));
    expect(screen.getByText(/You stopped, owned the problem/)).toBeInTheDocument();
    expect(screen.getByText('2 points')).toBeInTheDocument();
    expect(screen.getByText(/They said between 9 and 1/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /next free slot, which is next Wednesday/ }));
    expect(screen.getByText('0 points')).toBeInTheDocument();
    expect(screen.getByText(/Customer lost\./)).toBeInTheDocument();
    expect(screen.getByText(/scored 2 points of a possible 6 points/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByText(/It’s 3 o’clock, and nobody has come or called/)).toBeInTheDocument();
    expect(screen.queryByText(/Customer lost\./)).not.toBeInTheDocument();

    // The last question leads back to the lesson; the reveal shows the best path and the discussion prompt.
    expect(screen.getByRole('link', { name: 'Back to the lesson' })).toHaveAttribute('href', '/lessons/star-method');
    await user.click(screen.getByRole('button', { name: 'Reveal answer' }));
    expect(screen.getByText('The best path (6 points)')).toBeInTheDocument();
    expect(screen.getByText(/Where in this call did you Stop, Think and Analyze/)).toBeInTheDocument();
  });

  it('records nothing in the trainer’s progress', async () => {
    const user = userEvent.setup();
    const before = JSON.stringify(useProgressStore.getState());
    renderAt('/present/star-method/quiz/9');
    await counter('9 / 10');
    await user.click(screen.getByRole('button', { name: 'Reveal answer' }));
    expect(screen.getAllByText(/^(Correct|Incorrect)$/).length).toBeGreaterThan(1);
    await user.keyboard('{ArrowRight}');
    await counter('10 / 10');
    await user.click(screen.getAllByRole('button', { name: /I’m sorry you’ve been waiting/ })[0]!);
    expect(JSON.stringify(useProgressStore.getState())).toBe(before);
  });

  it.each([
    ['0', '/present/star-method/quiz/1'],
    ['11', '/present/star-method/quiz/10'],
    ['two', '/present/star-method/quiz/1'],
  ])('redirects question %j to the nearest question', async (question, expected) => {
    const { path } = renderAt(`/present/star-method/quiz/${question}`);
    await waitFor(() => expect(path()).toBe(expected));
  });

  it('shows "Page not found" for a lesson that does not exist', async () => {
    renderAt('/present/nope/quiz/1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
