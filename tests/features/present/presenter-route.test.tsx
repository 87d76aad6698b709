import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadLessonWorkshop } from '../../../src/content/workshop.ts';
import { slideCount, slideName } from '../../../src/features/present/deck.ts';
import { lessonMeta, lessonSections, startOf } from './lesson-source.ts';
import { renderAt } from './render-routes.tsx';

// Counts, titles and notes come from content/star-method, so editing the lesson doesn't break these tests.
const star = lessonMeta('star-method');
const LAST = slideCount(star);
const [first, second] = lessonSections('star-method');
const of = (n: number) => `${n} / ${LAST}`;
/** The words of a section's trainer notes, as the speaker view's notes region shows them. */
const notesSay = (text: RegExp) => within(screen.getByRole('region', { name: 'Trainer notes' })).getByText(text);

const counter = (text: string) => screen.findByText(text, { selector: '.deck-bar__count' });

describe('the speaker view', () => {
  it('shows the slide, the next one (hidden from assistive tech), and only the trainer notes in the notes region', async () => {
    renderAt(`/presenter/star-method/${first!.slide}`);
    await counter(of(first!.slide));
    // A section cut into several slides names which of them this is ("Title (1 of 3)").
    expect(screen.getByRole('heading', { name: `Slide ${first!.slide} of ${LAST}: ${slideName(star, first!.slide)}` })).toBeInTheDocument();
    const notes = screen.getByRole('region', { name: 'Trainer notes' });
    const say = startOf(first!.notes!.say);
    expect(within(notes).getByText(say)).toBeInTheDocument();
    expect(within(notes).getByText(`About ${first!.notes!.minutes} min`)).toBeInTheDocument();
    // Only the notes: the slide's own text is not repeated in the notes region.
    expect(screen.getByText(startOf(first!.opening))).toBeInTheDocument();
    expect(within(notes).queryByText(startOf(first!.opening))).not.toBeInTheDocument();
    // The slide itself never carries the notes: the notes text appears once, in the region.
    expect(screen.getAllByText(say)).toHaveLength(1);
    expect(screen.getByRole('heading', { name: `Next: ${slideName(star, first!.slide + 1)}` })).toBeInTheDocument();
    // The trainer's printed materials open in a new tab, so the speaker view keeps the room's place.
    const materials = screen.getByRole('link', { name: /^Workshop materials/ });
    expect(materials).toHaveAttribute('href', '/workshop/star-method');
    expect(materials).toHaveAttribute('target', '_blank');
    const preview = document.querySelector('.presenter__preview')!;
    expect(preview).toHaveAttribute('aria-hidden', 'true');
    expect(preview).toHaveAttribute('inert');
  });

  it('has the planned minutes, a timer that pauses and resumes, and says when a slide has no notes', async () => {
    const user = userEvent.setup();
    renderAt('/presenter/star-method/1');
    await counter(of(1));
    // The workshop plan's minutes for the slides (the sum of the lesson's trainer-note minutes), not its study time.
    const plan = (await loadLessonWorkshop('star-method'))!;
    expect(plan.presentationMinutes).not.toBe(star.minutes);
    expect(screen.getByText(new RegExp(`${plan.presentationMinutes} min planned for the slides`))).toBeInTheDocument();
    // It starts at once; on a busy machine a second may pass before this line.
    expect(screen.getByRole('timer')).toHaveTextContent(/^00:0\d$/);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByText(/paused/)).toBeInTheDocument();
    // Reset while paused: back to zero, and it stays there until resumed.
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByRole('timer')).toHaveTextContent('00:00');
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Trainer notes' })).getByText('No trainer notes for this slide.')).toBeInTheDocument();
  });

  it('moves with the same keys as the projection, keeping a section’s notes beside each of its slides', async () => {
    const user = userEvent.setup();
    const { path } = renderAt(`/presenter/star-method/${second!.slide - 1}`);
    // The last slide of the first section: still that section's notes.
    await counter(of(second!.slide - 1));
    expect(notesSay(startOf(first!.notes!.say))).toBeInTheDocument();
    await user.keyboard('{PageDown}');
    await counter(of(second!.slide));
    expect(path()).toBe(`/presenter/star-method/${second!.slide}`);
    expect(screen.getByRole('heading', { name: `Slide ${second!.slide} of ${LAST}: ${slideName(star, second!.slide)}` })).toBeInTheDocument();
    expect(notesSay(startOf(second!.notes!.say))).toBeInTheDocument();
    await user.keyboard('{PageUp}{PageUp}');
    await counter(of(second!.slide - 2));
    expect(path()).toBe(`/presenter/star-method/${second!.slide - 2}`);
  });

  it('says there is no slide 999, linking to the speaker view’s nearest slide and to the start', async () => {
    const user = userEvent.setup();
    const { path } = renderAt('/presenter/star-method/999');
    const missing = await screen.findByRole('heading', { level: 1, name: 'There is no slide 999' });
    await waitFor(() => expect(missing).toHaveFocus());
    expect(screen.getByText(`${star.title} has ${LAST} slides.`)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Trainer notes' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start from slide 1' })).toHaveAttribute('href', '/presenter/star-method/1');
    await user.click(screen.getByRole('link', { name: `Go to slide ${LAST}` }));
    await counter(of(LAST));
    expect(path()).toBe(`/presenter/star-method/${LAST}`);
    expect(screen.getByRole('heading', { name: 'Last slide' })).toBeInTheDocument();
  });
});
