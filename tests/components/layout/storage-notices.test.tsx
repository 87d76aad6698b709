import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageNotices } from '../../../src/components/layout/storage-notices.tsx';
import { useProgressStore } from '../../../src/progress/store.ts';
import { useStorageStatus } from '../../../src/progress/status.ts';

beforeEach(() => {
  useProgressStore.getState().reset();
  useStorageStatus.setState({ mode: 'full', unsaved: true, kept: null, corrupted: false, backup: null, newer: null });
});

const banner = () => screen.getByRole('status');

describe('the storage-full banner says exactly what survives, with Export one tap away', () => {
  it.each([
    ['spare', 'reloading or closing the page loses nothing'],
    ['session', 'reloading the page keeps it, but closing the tab loses what you did since saving failed'],
    ['memory', 'reloading or closing it loses what you did since saving failed'],
  ] as const)('kept in %s: “%s”', (kept, says) => {
    useStorageStatus.setState({ kept });
    render(<StorageNotices />, { wrapper: MemoryRouter });
    expect(banner()).toHaveTextContent('Saving failed: your browser’s storage is full.');
    expect(banner()).toHaveTextContent(says);
  });

  it('"Export progress" in the banner downloads everything this page holds', async () => {
    const user = userEvent.setup();
    useProgressStore.getState().setLearnerName('Ana');
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:progress';
    });
    URL.revokeObjectURL = vi.fn();
    render(<StorageNotices />, { wrapper: MemoryRouter });
    await user.click(within(banner()).getByRole('button', { name: 'Export progress' }));
    // The export's code loads on demand: wait for its word, not a moment.
    await waitFor(() => expect(banner()).toHaveTextContent(/Exported frontline-progress-\d{4}-\d{2}-\d{2}\.json\./));
    const file = JSON.parse(await blobs[0]!.text()) as { app: string; progress: { learnerName: string } };
    expect(file).toMatchObject({ app: 'frontline', progress: { learnerName: 'Ana' } });
  });
});
