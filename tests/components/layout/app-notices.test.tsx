import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineNotice } from '../../../src/components/layout/offline-notice.tsx';
import { UpdateNotice } from '../../../src/components/layout/update-notice.tsx';
import { useAppStatus } from '../../../src/components/layout/app-status.ts';

afterEach(() => {
  useAppStatus.setState({ update: null, offline: false });
  vi.unstubAllGlobals();
});

describe('the app notices', () => {
  it('say nothing while the app is current and online', () => {
    const { container } = render(
      <>
        <UpdateNotice />
        <OfflineNotice />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('offer a new version, and switch to it only when the learner presses Reload', async () => {
    const user = userEvent.setup();
    const update = vi.fn();
    useAppStatus.setState({ update });
    render(<UpdateNotice />);
    expect(screen.getByRole('status')).toHaveTextContent('A new version of the course is available. Your progress and answers are kept when you reload.');
    expect(update).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('say what still works offline: the whole course with the service worker in charge…', () => {
    vi.stubGlobal('navigator', { ...navigator, serviceWorker: { controller: {} } });
    useAppStatus.setState({ offline: true });
    render(<OfflineNotice />);
    expect(screen.getByRole('status')).toHaveTextContent(/You’re offline\. Lessons, quizzes, slides and your progress all work without a connection/);
  });

  it('…and only what is open without it (an LMS package, a first visit)', () => {
    useAppStatus.setState({ offline: true });
    render(<OfflineNotice />);
    expect(screen.getByRole('status')).toHaveTextContent(/You’re offline\. What you have open keeps working .* pages you have not opened yet need the connection/);
  });
});
