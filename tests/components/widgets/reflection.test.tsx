import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Reflection } from '../../../src/components/mdx/widgets/reflection.tsx';
import { useProgressStore } from '../../../src/progress/store.ts';
import { useStorageStatus } from '../../../src/progress/status.ts';
import { PROGRESS_KEY } from '../../../src/progress/types.ts';
import { renderInView, resetProgress } from './helpers.tsx';

const prompt = 'Which kind of customer do you find hardest to serve?';
const reflection = <Reflection id="r-test" prompt={prompt} />;

beforeEach(() => {
  resetProgress();
  useStorageStatus.setState({ mode: 'ok' });
});

describe('Reflection', () => {
  it('is a textarea labelled by the prompt, inside a named region', () => {
    renderInView(reflection);
    expect(screen.getByRole('region', { name: 'Your reflection' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: prompt })).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('saves to the store as you type, says "Saved", and shows the text again after a remount', async () => {
    const user = userEvent.setup();
    const { unmount } = renderInView(reflection);
    await user.tab();
    expect(screen.getByRole('textbox', { name: prompt })).toHaveFocus();
    await user.keyboard('Customers who shout. I’ll breathe first.');
    expect(useProgressStore.getState().reflections['r-test']?.text).toBe('Customers who shout. I’ll breathe first.');
    // Writes are gathered for a moment (one write per burst of typing), then saved.
    await waitFor(() => expect(localStorage.getItem(PROGRESS_KEY)).toContain('Customers who shout.'));
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
    unmount();
    renderInView(reflection);
    expect(screen.getByRole('textbox', { name: prompt })).toHaveValue('Customers who shout. I’ll breathe first.');
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
  });

  it('reads back text saved earlier', () => {
    useProgressStore.getState().setReflection('r-test', 'Written last week');
    renderInView(reflection);
    expect(screen.getByRole('textbox', { name: prompt })).toHaveValue('Written last week');
  });

  it('does not claim "Saved" when storage is blocked', async () => {
    const user = userEvent.setup();
    useStorageStatus.setState({ mode: 'blocked' });
    renderInView(reflection);
    await user.type(screen.getByRole('textbox', { name: prompt }), 'Hi');
    expect(screen.getByRole('status')).not.toHaveTextContent(/^Saved$/);
    expect(screen.getByRole('status')).toHaveTextContent('not saved on this device');
  });

  it.each(['slide', 'presenter'] as const)('in %s mode shows only the prompt as a discussion question, never learner text', (mode) => {
    useProgressStore.getState().setReflection('r-test', 'My private answer');
    renderInView(reflection, mode);
    expect(screen.getByRole('region', { name: 'Talk it over' })).toHaveTextContent(prompt);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByText('My private answer')).not.toBeInTheDocument();
  });

  it('marks the slide version for scaling', () => {
    renderInView(reflection, 'slide');
    expect(screen.getByRole('region', { name: 'Talk it over' })).toHaveClass('widget--slide');
  });
});
