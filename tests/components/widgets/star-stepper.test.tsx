import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { StarStepper } from '../../../src/components/mdx/widgets/star-stepper.tsx';
import { useProgressStore } from '../../../src/progress/store.ts';
import { PROGRESS_KEY } from '../../../src/progress/types.ts';
import { renderInView, resetProgress } from './helpers.tsx';

const steps = [
  { letter: 'S', name: 'Stop', prompt: 'What do you stop doing?', example: 'You stop typing.' },
  { letter: 'T', name: 'Think', prompt: 'What does he need?', example: 'A steady connection by 2 p.m.' },
  { letter: 'A', name: 'Analyze', prompt: 'Which options fit?', example: 'Run a line test.' },
  { letter: 'R', name: 'Reflect', prompt: 'What would you change?', example: 'Ask about deadlines sooner.' },
];
const stepper = <StarStepper scenario="Haruto calls because his connection keeps dropping." steps={steps} reflectionId="stepper-r" />;

beforeEach(resetProgress);

async function goToLastStep(user: ReturnType<typeof userEvent.setup>) {
  const next = screen.getByRole('button', { name: 'Next step' });
  for (let i = 0; i < steps.length - 1; i += 1) await user.click(next);
}

describe('StarStepper', () => {
  it('shows the scenario and the first step, with Previous unavailable', () => {
    renderInView(stepper);
    expect(screen.getByRole('region', { name: 'Try it: STAR step by step' })).toBeInTheDocument();
    expect(screen.getByText('Haruto calls because his connection keeps dropping.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Step 1 of 4: Stop' })).toBeInTheDocument();
    expect(screen.getByText('What do you stop doing?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous step' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('steps forward and back by keyboard; the step is announced and focus stays on the button', async () => {
    const user = userEvent.setup();
    renderInView(stepper);
    // Tab order: the example disclosure, Previous step, Next step.
    await user.tab();
    await user.tab();
    await user.tab();
    const next = screen.getByRole('button', { name: 'Next step' });
    expect(next).toHaveFocus();
    await user.keyboard('{Enter}');
    const heading = screen.getByRole('heading', { name: 'Step 2 of 4: Think' });
    expect(heading.closest('[aria-live="polite"]')).toHaveTextContent('What does he need?');
    expect(next).toHaveFocus();
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent('T: Think');
    await user.keyboard('{Enter}{Enter}');
    expect(screen.getByRole('heading', { name: 'Step 4 of 4: Reflect' })).toBeInTheDocument();
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Step 4 of 4: Reflect' })).toBeInTheDocument();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Previous step' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Step 3 of 4: Analyze' })).toBeInTheDocument();
  });

  it('keeps the example behind a disclosure until you ask for it', async () => {
    const user = userEvent.setup();
    renderInView(stepper);
    const example = screen.getByText('You stop typing.');
    expect(example).not.toBeVisible();
    await user.click(screen.getByText('Show an example'));
    expect(example).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByText('A steady connection by 2 p.m.')).not.toBeVisible();
  });

  it('after the last step, saves "Your reflection" to the store and shows it again after a remount', async () => {
    const user = userEvent.setup();
    const { unmount } = renderInView(stepper);
    await goToLastStep(user);
    const box = screen.getByRole('textbox', { name: 'Your reflection' });
    await user.click(box);
    await user.keyboard('Ask about the deadline first.');
    expect(useProgressStore.getState().reflections['stepper-r']?.text).toBe('Ask about the deadline first.');
    // Writes are gathered for a moment (one write per burst of typing), then saved.
    await waitFor(() => expect(localStorage.getItem(PROGRESS_KEY)).toContain('Ask about the deadline first.'));
    expect(screen.getByText('Saved')).toBeInTheDocument();
    unmount();
    renderInView(stepper);
    expect(screen.getByRole('textbox', { name: 'Your reflection' })).toHaveValue('Ask about the deadline first.');
  });

  it('on a slide it still steps through but never shows the reflection box or learner text', async () => {
    const user = userEvent.setup();
    useProgressStore.getState().setReflection('stepper-r', 'My private note');
    renderInView(stepper, 'slide');
    expect(screen.getByRole('region', { name: 'Try it: STAR step by step' })).toHaveClass('widget--slide');
    await goToLastStep(user);
    expect(screen.getByRole('heading', { name: 'Step 4 of 4: Reflect' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByText('My private note')).not.toBeInTheDocument();
  });
});
