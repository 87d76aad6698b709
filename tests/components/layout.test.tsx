import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Layout } from '../../src/components/layout/layout.tsx';
import { RouteError } from '../../src/components/route-error.tsx';
import { NotFound } from '../../src/components/not-found.tsx';
import { useProgressStore } from '../../src/progress/store.ts';
import { useStorageStatus } from '../../src/progress/status.ts';

function renderAt(path: string, children: Parameters<typeof createMemoryRouter>[0]) {
  const router = createMemoryRouter([{ path: '/', Component: Layout, ErrorBoundary: RouteError, children }], { initialEntries: [path] });
  return render(<RouterProvider router={router} />);
}

beforeEach(() => {
  useProgressStore.getState().reset();
  useStorageStatus.setState({ mode: 'ok', corrupted: false, backup: null, lastSavedAt: null });
});

describe('the page frame', () => {
  it('has a skip link, a main landmark, and the main navigation', () => {
    renderAt('/', [{ index: true, element: <h1>Home</h1> }]);
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Progress' })).toHaveAttribute('href', '/progress');
  });

  it('a route that throws shows a friendly message instead of a blank page', async () => {
    // React and the router log the caught error; the test is about what the learner sees.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const Broken = () => {
      throw new Error('boom');
    };
    renderAt('/', [{ index: true, Component: Broken, ErrorBoundary: RouteError }]);
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText(/Your saved progress is kept/)).toBeInTheDocument();
    // Reload at once; the other ways out arrive with their chunk.
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Go to the course home' })).toBeInTheDocument();
  });

  it('an error page always offers Export progress and Reset progress, with Cancel focused in the confirmation', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const Broken = () => {
      throw new Error('Invalid time value');
    };
    renderAt('/', [{ index: true, Component: Broken, ErrorBoundary: RouteError }]);
    expect(await screen.findByRole('button', { name: 'Export progress' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset progress' }));
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Yes, reset everything' }));
    expect(screen.getByText(/Your progress was reset/)).toHaveAttribute('role', 'status');
  });

  it('unknown paths show "Page not found" with a link home', () => {
    renderAt('/nowhere', [{ path: '*', Component: NotFound }]);
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the course home' })).toHaveAttribute('href', '/');
  });

  it('text size buttons change and save the learner’s text size', async () => {
    const user = userEvent.setup();
    renderAt('/', [{ index: true, element: <h1>Home</h1> }]);
    await user.click(screen.getByRole('button', { name: 'Larger text' }));
    expect(useProgressStore.getState().prefs.textSize).toBe(1.125);
    expect(document.documentElement.style.getPropertyValue('--text-scale')).toBe('1.125');
    await user.click(screen.getByRole('button', { name: 'Smaller text' }));
    expect(useProgressStore.getState().prefs.textSize).toBe(1);
  });

  it('says when storage is blocked or full, and offers the backup of unreadable data', async () => {
    useStorageStatus.setState({ mode: 'blocked', corrupted: true, backup: '{bad' });
    renderAt('/', [{ index: true, element: <h1>Home</h1> }]);
    // The banners' code loads only when there is trouble to report.
    expect(await screen.findByRole('alert')).toHaveTextContent('couldn’t be read');
    expect(screen.getByRole('button', { name: 'Download the backup' })).toBeInTheDocument();
    expect(screen.getByText(/blocking storage/)).toBeInTheDocument();
  });
});
