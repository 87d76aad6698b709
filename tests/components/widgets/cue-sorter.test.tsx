import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CueSorter, type Cue } from '../../../src/components/mdx/widgets/cue-sorter.tsx';
import { renderInView } from './helpers.tsx';

// 14 cues, alternating positive and negative, like the nonverbal-cues lesson.
const cues: Cue[] = Array.from({ length: 14 }, (_, i) => ({
  id: `cue-${i + 1}`,
  text: `Cue number ${i + 1}`,
  kind: i % 2 === 0 ? 'positive' : 'negative',
  why: `Reason ${i + 1}.`,
}));
const label = (cue: Cue) => (cue.kind === 'positive' ? 'Positive' : 'Negative');
const wrong = (cue: Cue) => (cue.kind === 'positive' ? 'Negative' : 'Positive');

/** Sorts cues by choosing each one, then "Put in …". */
async function sort(user: ReturnType<typeof userEvent.setup>, list: Cue[], group: (cue: Cue) => string) {
  for (const cue of list) {
    await user.click(screen.getByRole('button', { name: cue.text }));
    await user.click(screen.getByRole('button', { name: `Put in ${group(cue)}` }));
  }
}

const statusOf = () => screen.getAllByRole('status').at(-1)!;

// Many clicks per test: a busy 2-core machine needs more than the default 5 s.
describe('CueSorter', { timeout: 30_000 }, () => {
  it('lists every cue as a button to choose, with a place for each kind, and no dropdowns', () => {
    renderInView(<CueSorter cues={cues} />);
    expect(screen.getByRole('region', { name: 'Try it: sort the cues' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(within(screen.getByRole('group', { name: 'To sort (14 left)' })).getAllByRole('button')).toHaveLength(14);
    expect(screen.getByRole('button', { name: 'Put in Positive' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Put in Negative' })).toBeDisabled();
  });

  it('reports unsorted cues instead of a score', async () => {
    const user = userEvent.setup();
    renderInView(<CueSorter cues={cues.slice(0, 6)} />);
    await sort(user, cues.slice(0, 3), label);
    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));
    expect(statusOf()).toHaveTextContent('Sort every cue first: 3 left');
    expect(screen.queryByText('Reason 1.')).not.toBeInTheDocument();
  });

  it('checks the sorting, announcing the count and marking each cue in words with its reason', async () => {
    const user = userEvent.setup();
    renderInView(<CueSorter cues={cues.slice(0, 6)} />);
    await sort(user, cues.slice(0, 4), label);
    await sort(user, cues.slice(4, 6), wrong);
    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));
    expect(statusOf()).toHaveTextContent('4 of 6 sorted correctly');
    expect(screen.getByText('Reason 1.').closest('p')).toHaveTextContent('Right. Reason 1.');
    expect(screen.getByText('Reason 6.').closest('p')).toHaveTextContent('Not quite: this one is negative. Reason 6.');
    expect(screen.getAllByText(/^Right\.$/)).toHaveLength(4);
    expect(screen.getAllByText(/^Not quite/)).toHaveLength(2);
  });

  it('says well done when all are right', async () => {
    const user = userEvent.setup();
    renderInView(<CueSorter cues={cues.slice(0, 2)} />);
    await sort(user, cues.slice(0, 2), label);
    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));
    expect(statusOf()).toHaveTextContent('2 of 2 sorted correctly. Well done!');
  });

  it('"Start again" clears every choice and the marks', async () => {
    const user = userEvent.setup();
    renderInView(<CueSorter cues={cues.slice(0, 3)} />);
    await sort(user, cues.slice(0, 3), wrong);
    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));
    expect(statusOf()).toHaveTextContent('0 of 3 sorted correctly');
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('group', { name: 'To sort (3 left)' })).toBeInTheDocument();
    expect(screen.queryByText(/Not quite/)).not.toBeInTheDocument();
    expect(statusOf()).toHaveTextContent('All cues cleared');
  });

  it('moving a cue after checking clears the old result', async () => {
    const user = userEvent.setup();
    renderInView(<CueSorter cues={cues.slice(0, 2)} />);
    await sort(user, cues.slice(0, 2), wrong);
    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));
    await user.click(screen.getByRole('button', { name: 'Cue number 1' }));
    await user.click(screen.getByRole('button', { name: 'Put in Positive' }));
    expect(statusOf()).toHaveTextContent('“Cue number 1” put in Positive.');
    expect(screen.queryByText(/Not quite/)).not.toBeInTheDocument();
  });

  it('works by keyboard alone, moving focus to the next cue to sort', async () => {
    const user = userEvent.setup();
    renderInView(<CueSorter cues={cues.slice(0, 2)} />);
    screen.getByRole('button', { name: 'Cue number 1' }).focus();
    await user.keyboard('{Enter}');
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Put in Positive' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cue number 2' })).toHaveFocus());
  });

  describe('on a slide', () => {
    const status = (region: HTMLElement) => within(region).getByRole('status');

    it('shows one cue at a time for the room to call, with the answer and its reason once called', async () => {
      const user = userEvent.setup();
      renderInView(<CueSorter cues={cues.slice(0, 3)} />, 'slide');
      const region = screen.getByRole('region', { name: 'Sort the cues: 1 of 3' });
      expect(region).toHaveClass('widget--slide');
      expect(within(region).getByText('Cue number 1')).toBeInTheDocument();
      expect(within(region).queryByText('Cue number 2')).not.toBeInTheDocument();
      // The page's sorter (a list of cues to choose, "Put in …", "Check my sorting") is not on the projector.
      expect(screen.queryByRole('button', { name: 'Check my sorting' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^Put in/ })).not.toBeInTheDocument();
      const call = within(region).getByRole('group', { name: 'The room’s call' });
      expect(within(call).getByRole('button', { name: 'Positive' })).toHaveAttribute('aria-pressed', 'false');
      expect(within(call).getByRole('button', { name: 'Negative' })).toHaveAttribute('aria-pressed', 'false');
      expect(status(region)).toBeEmptyDOMElement();
      expect(within(region).getByRole('button', { name: /Previous cue/ })).toHaveAttribute('aria-disabled', 'true');

      // The room calls it wrong, then changes its mind.
      await user.click(within(call).getByRole('button', { name: 'Negative' }));
      expect(within(call).getByRole('button', { name: 'Negative' })).toHaveAttribute('aria-pressed', 'true');
      expect(status(region)).toHaveTextContent('Not quite: this one is positive. Reason 1.');
      expect(within(region).getByText('The room: 0 of 1 right')).toBeInTheDocument();
      await user.click(within(call).getByRole('button', { name: 'Positive' }));
      expect(within(call).getByRole('button', { name: 'Positive' })).toHaveAttribute('aria-pressed', 'true');
      expect(within(call).getByRole('button', { name: 'Negative' })).toHaveAttribute('aria-pressed', 'false');
      expect(status(region)).toHaveTextContent('Right. Reason 1.');
      expect(within(region).getByText('The room: 1 of 1 right')).toBeInTheDocument();
    });

    it('steps through the cues by keyboard, keeping each call and a running tally of the room', async () => {
      const user = userEvent.setup();
      renderInView(<CueSorter cues={cues.slice(0, 3)} />, 'slide');
      await user.tab();
      expect(screen.getByRole('button', { name: 'Positive' })).toHaveFocus();
      await user.keyboard('{Enter}');
      await user.tab();
      await user.tab();
      // "Previous cue" is marked unavailable on the first cue but stays in the tab order (it never drops focus).
      expect(screen.getByRole('button', { name: /Previous cue/ })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(screen.getByRole('region', { name: 'Sort the cues: 1 of 3' })).toBeInTheDocument();
      await user.tab();
      expect(screen.getByRole('button', { name: /Next cue/ })).toHaveFocus();
      await user.keyboard('{Enter}');
      const region = screen.getByRole('region', { name: 'Sort the cues: 2 of 3' });
      expect(within(region).getByText('Cue number 2')).toBeInTheDocument();
      // A new cue starts uncalled.
      expect(screen.getByRole('button', { name: 'Positive' })).toHaveAttribute('aria-pressed', 'false');
      expect(status(region)).toBeEmptyDOMElement();
      await user.click(screen.getByRole('button', { name: 'Positive' }));
      expect(status(region)).toHaveTextContent('Not quite: this one is negative. Reason 2.');
      expect(within(region).getByText('The room: 1 of 2 right')).toBeInTheDocument();

      screen.getByRole('button', { name: /Next cue/ }).focus();
      await user.keyboard('{Enter}');
      expect(screen.getByRole('region', { name: 'Sort the cues: 3 of 3' })).toBeInTheDocument();
      // On the last cue "Next cue" is unavailable but keeps focus, and pressing it again does nothing.
      expect(screen.getByRole('button', { name: /Next cue/ })).toHaveAttribute('aria-disabled', 'true');
      expect(screen.getByRole('button', { name: /Next cue/ })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(screen.getByRole('region', { name: 'Sort the cues: 3 of 3' })).toBeInTheDocument();

      // Going back shows the call the room made.
      await user.click(screen.getByRole('button', { name: /Previous cue/ }));
      await user.click(screen.getByRole('button', { name: /Previous cue/ }));
      const back = screen.getByRole('region', { name: 'Sort the cues: 1 of 3' });
      expect(screen.getByRole('button', { name: 'Positive' })).toHaveAttribute('aria-pressed', 'true');
      expect(status(back)).toHaveTextContent('Right. Reason 1.');
      expect(within(back).getByText('The room: 1 of 2 right')).toBeInTheDocument();
    });
  });
});
