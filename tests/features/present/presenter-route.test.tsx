import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt } from './render-routes.tsx';

const counter = (text: string) => screen.findByText(text, { selector: '.deck-bar__count' });

describe('the speaker view', () => {
  it('shows the slide, the next one (hidden from assistive tech), and only the trainer notes in the notes region', async () => {
    renderAt('/presenter/star-method/3');
    await counter('3 / 11');
    expect(screen.getByRole('heading', { name: /Slide 3 of 11: Breakdowns happen everywhere/ })).toBeInTheDocument();
    const notes = screen.getByRole('region', { name: 'Trainer notes' });
    expect(within(notes).getByText(/Breakdowns are not rare/)).toBeInTheDocument();
    expect(within(notes).getByText('About 2 min')).toBeInTheDocument();
    // Only the notes: the slide's own text is not repeated in the notes region.
    expect(within(notes).queryByText(/A breakdown is any moment/)).not.toBeInTheDocument();
    // The slide itself never carries the notes: the notes text appears once, in the region.
    expect(screen.getAllByText(/Breakdowns are not rare/)).toHaveLength(1);
    expect(screen.getByRole('heading', { name: /Next: Welcome to the no-stupid zone/ })).toBeInTheDocument();
    const preview = document.querySelector('.presenter__preview')!;
    expect(preview).toHaveAttribute('aria-hidden', 'true');
    expect(preview).toHaveAttribute('inert');
  });

  it('has the planned minutes, a timer that pauses and resumes, and says when a slide has no notes', async () => {
    const user = userEvent.setup();
    renderAt('/presenter/star-method/1');
    await counter('1 / 11');
    expect(screen.getByText(/12 min planned/)).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('00:00');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByText(/paused/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByRole('timer')).toHaveTextContent('00:00');
    expect(within(screen.getByRole('region', { name: 'Trainer notes' })).getByText('No trainer notes for this slide.')).toBeInTheDocument();
  });

  it('moves with the same keys as the projection', async () => {
    const user = userEvent.setup();
    const { path } = renderAt('/presenter/star-method/3');
    await counter('3 / 11');
    await user.keyboard('{PageDown}');
    await counter('4 / 11');
    expect(path()).toBe('/presenter/star-method/4');
    expect(within(screen.getByRole('region', { name: 'Trainer notes' })).getByText(/no-stupid zone is not about being clever/)).toBeInTheDocument();
    await user.keyboard('{PageUp}{PageUp}');
    await counter('2 / 11');
    expect(path()).toBe('/presenter/star-method/2');
  });
});
