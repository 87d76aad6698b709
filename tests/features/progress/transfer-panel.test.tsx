import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { TransferPanel } from '../../../src/features/progress/transfer-panel.tsx';
import { useProgressStore } from '../../../src/progress/store.ts';
import { emptyProgress } from '../../../src/progress/types.ts';
import { attemptRecord, finishedRecord } from '../../fixtures/attempts.ts';

const NOW = '2026-11-20T10:00:00.000Z';
const file = new File(
  [
    JSON.stringify({
      app: 'frontline',
      version: 1,
      exportedAt: NOW,
      progress: { ...emptyProgress(), lessons: { 'service-breakdowns': { visitedAt: NOW, completedAt: NOW } } },
    }),
  ],
  'laptop.json',
  { type: 'application/json' },
);

beforeEach(() => {
  useProgressStore.getState().reset();
  // A quiz in progress (perhaps open in another tab: saved progress is shared) and a finished one.
  const open = attemptRecord('open', 'star-method', NOW, {
    questionIds: ['q1', 'q2', 'q3'],
    responses: { q1: { kind: 'single', choice: 'a' } },
  });
  useProgressStore.getState().saveAttempt(open);
  useProgressStore.getState().saveAttempt(finishedRecord('done', 'star-method', 90, NOW));
});

async function chooseFile() {
  const user = userEvent.setup();
  const { container } = render(<TransferPanel />);
  await user.upload(container.querySelector<HTMLInputElement>('input[type=file]')!, file);
  return { user, dialog: await screen.findByRole('group', { name: 'Import laptop.json?' }) };
}

describe('Replace names the quizzes in progress it would discard, and keeps them unless told not to', () => {
  it('names the quiz in progress, with the box to keep it ticked, and keeps it', async () => {
    const { user, dialog } = await chooseFile();
    expect(within(dialog).getByText(/This browser has a quiz in progress, perhaps open in another tab/)).toBeInTheDocument();
    const items = within(within(dialog).getByRole('list', { name: /quiz in progress/ })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([expect.stringMatching(/^The quiz on The STAR method: 1 of 3 questions answered, last changed /)]);
    expect(within(dialog).getByRole('checkbox', { name: 'Keep the quiz in progress when replacing' })).toBeChecked();

    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    expect(screen.getByRole('status')).toHaveTextContent('Progress replaced with laptop.json. Your quiz in progress was kept.');
    const state = useProgressStore.getState();
    expect(Object.keys(state.attempts)).toEqual(['open']);
    expect(state.attempts.open!.responses).toEqual({ q1: { kind: 'single', choice: 'a' } });
    expect(state.lessons['service-breakdowns']?.completedAt).toBe(NOW);
  });

  it('discards it when the box is cleared', async () => {
    const { user, dialog } = await chooseFile();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Keep the quiz in progress when replacing' }));
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Progress replaced with laptop\.json\.$/);
    expect(useProgressStore.getState().attempts).toEqual({});
  });

  it('says nothing of quizzes in progress when there are none', async () => {
    useProgressStore.getState().reset();
    const { dialog } = await chooseFile();
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(dialog).getByText('Merge keeps everything from both; Replace discards what this browser has now.')).toBeInTheDocument();
  });
});
