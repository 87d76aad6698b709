import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AppNotices from '../../../src/components/layout/app-notices.tsx';
import { useAppStatus } from '../../../src/components/layout/app-status.ts';

afterEach(() => useAppStatus.setState({ update: null, offline: false }));

describe('the app notices', () => {
  it('say nothing while the app is current and online', () => {
    const { container } = render(<AppNotices />);
    expect(container).toBeEmptyDOMElement();
  });

  it('offer a new version, and switch to it only when the learner presses Reload', async () => {
    const user = userEvent.setup();
    const update = vi.fn();
    useAppStatus.setState({ update });
    render(<AppNotices />);
    expect(screen.getByRole('status')).toHaveTextContent('A new version of the course is available. Your progress and answers are kept when you reload.');
    expect(update).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('say what still works offline', () => {
    useAppStatus.setState({ offline: true });
    render(<AppNotices />);
    expect(screen.getByRole('status')).toHaveTextContent(/You’re offline\. Lessons, quizzes, slides and your progress all work without a connection/);
  });
});
