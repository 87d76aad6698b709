import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { channelName } from '../../../src/features/present/deck-sync.ts';
import { useProgressStore } from '../../../src/progress/store.ts';
import { slideCount, slideName } from '../../../src/features/present/deck.ts';
import { lessonMeta, lessonSections, scenarioTitle, slideWith, startOf } from './lesson-source.ts';
import { renderAt } from './render-routes.tsx';

// Counts, headings and notes come from content/star-method, so editing the lesson doesn't break these tests.
const star = lessonMeta('star-method');
const LAST = slideCount(star);
const [first] = lessonSections('star-method');
const scenario = scenarioTitle('star-method');
const NOTES_SAY = startOf(first!.notes!.say);
const of = (n: number) => `${n} / ${LAST}`;
/** A section of the lesson the build cut into more than one slide. */
const cut = lessonSections('star-method').find((section) => star.parts.find((part) => part.kind === 'section' && part.title === section.title)!.slides > 1)!;
const cutPages = star.parts.find((part) => part.kind === 'section' && part.title === cut.title)!.slides;
const calculator = slideWith('service-breakdowns', 'LostCustomerCalculator');
const breakdownsLast = slideCount(lessonMeta('service-breakdowns'));

afterEach(() => {
  useProgressStore.setState(useProgressStore.getInitialState(), true);
});

const counter = (text: string) => screen.findByText(text, { selector: '.deck-bar__count' });
/** What the projection's (visually hidden) status line says of slide `n`. */
const announced = (n: number) => `Slide ${n} of ${LAST}: ${slideName(star, n)}`;

describe('the projection', () => {
  it('moves on with ArrowRight and PageDown and back with Backspace and PageUp, replacing the URL', async () => {
    const user = userEvent.setup();
    const { path, router } = renderAt('/present/star-method/2');
    await counter(of(2));
    expect(screen.getByRole('complementary', { name: `Scenario: ${scenario}` })).toBeInTheDocument();
    expect(screen.getByText(announced(2))).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    await counter(of(3));
    expect(path()).toBe('/present/star-method/3');
    expect(screen.getByText(announced(3))).toBeInTheDocument();

    await user.keyboard('{PageDown}');
    await counter(of(4));
    expect(path()).toBe('/present/star-method/4');
    expect(screen.getByText(announced(4))).toBeInTheDocument();

    await user.keyboard('{Backspace}');
    await counter(of(3));
    await user.keyboard('{PageUp}');
    await counter(of(2));
    expect(path()).toBe('/present/star-method/2');
    // Moves replace the history entry: Back leaves the deck instead of stepping through slides.
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('opens each section on its own slide with its heading and first words', async () => {
    const user = userEvent.setup();
    renderAt(`/present/star-method/${first!.slide - 1}`);
    await counter(of(first!.slide - 1));
    expect(screen.queryByRole('heading', { level: 2, name: first!.title })).not.toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    await counter(of(first!.slide));
    expect(screen.getByRole('heading', { level: 2, name: first!.title })).toBeInTheDocument();
    expect(screen.getByText(startOf(first!.opening))).toBeInTheDocument();
  });

  it('shows a section cut into several slides one slide at a time, its heading marked "(continued)" after the first', async () => {
    const user = userEvent.setup();
    renderAt(`/present/star-method/${cut.slide}`);
    await counter(of(cut.slide));
    expect(screen.getByRole('heading', { level: 2, name: cut.title })).toBeInTheDocument();
    expect(screen.getByText(startOf(cut.opening))).toBeInTheDocument();
    expect(screen.getByText(`Slide ${cut.slide} of ${LAST}: ${cut.title} (1 of ${cutPages})`)).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    await counter(of(cut.slide + 1));
    expect(screen.getByRole('heading', { level: 2, name: `${cut.title} (continued)` })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: cut.title })).not.toBeInTheDocument();
    // The section's opening words were on its first slide; they are not shown again.
    expect(screen.queryByText(startOf(cut.opening))).not.toBeInTheDocument();
    expect(screen.getByText(`Slide ${cut.slide + 1} of ${LAST}: ${cut.title} (2 of ${cutPages})`)).toBeInTheDocument();
  });

  it('goes to the first and last slide with Home and End, and stops at either end', async () => {
    const user = userEvent.setup();
    const { path } = renderAt('/present/star-method/5');
    await counter(of(5));
    await user.keyboard('{End}');
    await counter(of(LAST));
    await user.keyboard('{ArrowRight}');
    expect(path()).toBe(`/present/star-method/${LAST}`);
    expect(screen.getByRole('button', { name: /Next slide/ })).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Start the workshop quiz' })).toHaveAttribute('href', '/present/star-method/quiz/1');
    await user.keyboard('{Home}');
    await counter(of(1));
    expect(screen.getByRole('heading', { level: 1, name: star.title })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Previous slide/ })).toBeDisabled();
  });

  it('moves with the on-screen buttons and sets the document title', async () => {
    const user = userEvent.setup();
    const { path } = renderAt('/present/star-method/1');
    await counter(of(1));
    await user.click(screen.getByRole('button', { name: /Next slide/ }));
    await counter(of(2));
    expect(path()).toBe('/present/star-method/2');
    await waitFor(() => expect(document.title).toBe(`Slide 2 of ${LAST} · ${star.title}`));
    await user.click(screen.getByRole('button', { name: /Previous slide/ }));
    await counter(of(1));
  });

  it('leaves keys alone while a widget’s input has focus', async () => {
    const user = userEvent.setup();
    // The slide with the lost-customer calculator.
    const { path } = renderAt(`/present/service-breakdowns/${calculator}`);
    await counter(`${calculator} / ${breakdownsLast}`);
    const field = screen.getByRole('spinbutton', { name: 'Weeks a year' });
    await user.click(field);
    await user.keyboard('{ArrowRight}{Backspace}{End}');
    expect(path()).toBe(`/present/service-breakdowns/${calculator}`);
    expect(field).toHaveValue(5);
  });

  it.each([
    ['0', 1],
    ['999', LAST],
    ['abc', 1],
    // Not a slide number either: the way out must not be a link to "slide 2.6", which is missing too.
    ['2.6', 1],
  ])('says there is no slide %j and links to the nearest one, slide %i', async (slide, nearest) => {
    const user = userEvent.setup();
    const { path } = renderAt(`/present/star-method/${slide}`);
    const heading = await screen.findByRole('heading', { level: 1, name: `There is no slide ${slide}` });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(`${star.title} has ${LAST} slides.`)).toBeInTheDocument();
    // Said plainly, never swapped for another slide: the URL stays as typed.
    expect(path()).toBe(`/present/star-method/${slide}`);
    expect(screen.queryByRole('navigation', { name: 'Slide controls' })).not.toBeInTheDocument();
    // "Start from slide 1" only when the nearest slide is not already slide 1.
    expect(screen.queryAllByRole('link', { name: 'Start from slide 1' }).map((link) => link.getAttribute('href'))).toEqual(
      nearest === 1 ? [] : ['/present/star-method/1'],
    );
    await user.click(screen.getByRole('link', { name: `Go to slide ${nearest}` }));
    await counter(of(nearest));
    expect(path()).toBe(`/present/star-method/${nearest}`);
  });

  it('redirects a slide number written another way ("02") to its own URL', async () => {
    const { path } = renderAt('/present/star-method/02');
    await waitFor(() => expect(path()).toBe('/present/star-method/2'));
    await counter(of(2));
  });

  it('shows "Page not found" for an unknown lesson', async () => {
    renderAt('/present/no-such-lesson/1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('never shows trainer notes on a slide', async () => {
    renderAt('/present/star-method/3');
    await counter(of(3));
    expect(screen.queryByText(NOTES_SAY)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Trainer notes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('complementary', { name: 'Trainer notes' })).not.toBeInTheDocument();
  });

  it('goes back to the lesson on Esc and opens the keys help on ?', async () => {
    const user = userEvent.setup();
    const { path } = renderAt('/present/star-method/3');
    await counter(of(3));
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keys' });
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    // Esc closes the help first; the deck stays put.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(path()).toBe('/present/star-method/3');
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { name: 'Lesson page' })).toBeInTheDocument();
    expect(path()).toBe('/lessons/star-method');
  });

  it('saves the slide text size per device with A− and A+', async () => {
    const user = userEvent.setup();
    renderAt('/present/star-method/2');
    await counter(of(2));
    await user.click(screen.getByRole('button', { name: 'A+' }));
    await user.click(screen.getByRole('button', { name: 'A+' }));
    expect(useProgressStore.getState().prefs.slideTextSize).toBe(1.2);
    expect(screen.getByText('120%')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'A−' }));
    expect(useProgressStore.getState().prefs.slideTextSize).toBe(1.1);
  });

  it('shows a link to open the speaker view by hand when a pop-up blocker stops it', async () => {
    const user = userEvent.setup();
    const opened: unknown[] = [];
    const original = window.open;
    window.open = ((...args: unknown[]) => {
      opened.push(args);
      return null;
    }) as typeof window.open;
    try {
      renderAt('/present/star-method/4');
      await counter(of(4));
      await user.click(screen.getByRole('button', { name: 'Open presenter view' }));
      expect(opened[0]).toEqual(expect.arrayContaining(['/presenter/star-method/4']));
      expect(await screen.findByRole('link', { name: 'Open the speaker view in a new tab' })).toHaveAttribute('href', '/presenter/star-method/4');
    } finally {
      window.open = original;
    }
  });
});

describe('sync between windows', () => {
  it('follows a move made in another window, and tells others about its own moves', async () => {
    const user = userEvent.setup();
    const other = new BroadcastChannel(channelName('star-method'));
    const heard: unknown[] = [];
    other.onmessage = (event: MessageEvent) => heard.push(event.data);
    try {
      const { path } = renderAt('/present/star-method/2');
      await counter(of(2));
      // On open it says hello, so an open window can tell it where the room is.
      await waitFor(() => expect(heard).toContainEqual({ type: 'hello' }));

      other.postMessage({ type: 'state', slide: 6, blank: false });
      await counter(of(6));
      expect(path()).toBe('/present/star-method/6');
      // Following is not a move of its own: nothing is echoed back.
      expect(heard.filter((m) => (m as { type: string }).type === 'state')).toEqual([]);

      await user.keyboard('{ArrowRight}');
      await counter(of(7));
      await waitFor(() => expect(heard).toContainEqual({ type: 'state', slide: 7, blank: false }));

      heard.length = 0;
      other.postMessage({ type: 'hello' });
      await waitFor(() => expect(heard).toContainEqual({ type: 'state', slide: 7, blank: false, welcome: true }));

      // A welcome that arrives after a move made here (the room's answer to our hello, late) does not undo it.
      heard.length = 0;
      other.postMessage({ type: 'state', slide: 3, blank: false, welcome: true });
      other.postMessage({ type: 'hello' });
      // Messages arrive in order: its answer to this hello comes after it handled the late welcome, still at 7.
      await waitFor(() => expect(heard).toContainEqual({ type: 'state', slide: 7, blank: false, welcome: true }));
      expect(heard).not.toContainEqual(expect.objectContaining({ slide: 3 }));
      expect(path()).toBe('/present/star-method/7');
    } finally {
      other.close();
    }
  });
});
