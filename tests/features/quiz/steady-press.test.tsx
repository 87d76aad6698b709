import { useRef, useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useSteadyPress } from '../../../src/features/quiz/steady-press.ts';

/** "Check answer" becomes "Next question" in the same place, as on the quiz page; each press counts a step. */
function Steps({ ms }: { ms?: number }) {
  const root = useRef<HTMLDivElement>(null);
  const { settling, settle, steady } = useSteadyPress(root, ms);
  const [step, setStep] = useState(0);
  return (
    <div ref={root}>
      <p>Step {step}</p>
      <button
        type="button"
        aria-disabled={settling || undefined}
        onClick={(event) =>
          steady(event, () => {
            setStep(step + 1);
            settle();
          })
        }
      >
        {step === 0 ? 'Check answer' : 'Next question'}
      </button>
    </div>
  );
}

describe('a double tap presses once', () => {
  it('the second click of a double click is ignored by the control that appeared in place of the first', async () => {
    const user = userEvent.setup();
    render(<Steps />);
    await user.dblClick(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByText('Step 1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next question' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('keys always count: Enter twice is two deliberate presses', async () => {
    const user = userEvent.setup();
    render(<Steps />);
    screen.getByRole('button', { name: 'Check answer' }).focus();
    await user.keyboard('{Enter}{Enter}');
    expect(screen.getByText('Step 2')).toBeInTheDocument();
  });

  it('after a moment the new control takes a click', async () => {
    const user = userEvent.setup();
    render(<Steps ms={30} />);
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const next = screen.getByRole('button', { name: 'Next question' });
    await waitFor(() => expect(next).not.toHaveAttribute('aria-disabled'));
    await user.pointer({ keys: '[MouseLeft]', target: next });
    expect(screen.getByText('Step 2')).toBeInTheDocument();
  });
});
