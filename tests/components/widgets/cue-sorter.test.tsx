import { screen, within } from '@testing-library/react';
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

describe('CueSorter', () => {
  it('gives each cue a select labelled by its text', () => {
    renderInView(<CueSorter cues={cues} />);
    expect(screen.getByRole('region', { name: 'Try it: sort the cues' })).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Cue number 1' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose…', 'Positive', 'Negative']);
    expect(select).toHaveValue('');
    expect(screen.getAllByRole('combobox')).toHaveLength(14);
  });

  it('reports unsorted cues instead of a score', async () => {
    const user = userEvent.setup();
    renderInView(<CueSorter cues={cues} />);
    for (const cue of cues.slice(0, 11)) await user.selectOptions(screen.getByRole('combobox', { name: cue.text }), label(cue));
    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));
    expect(screen.getByRole('status')).toHaveTextContent('Sort every cue first: 3 left');
    const missing = screen.getByRole('combobox', { name: 'Cue number 12' });
    expect(missing).toHaveAttribute('aria-invalid', 'true');
    expect(missing).toHaveAccessibleDescription('Choose Positive or Negative.');
    expect(screen.queryByText('Reason 1.')).not.toBeInTheDocument();
  });

  it('checks the sorting, announcing the count and marking each cue in words with its reason', async () => {
    const user = userEvent.setup();
    renderInView(<CueSorter cues={cues} />);
    // 9 right, 5 wrong.
    for (const [i, cue] of cues.entries()) await user.selectOptions(screen.getByRole('combobox', { name: cue.text }), i < 9 ? label(cue) : wrong(cue));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Check my sorting' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('9 of 14 sorted correctly');
    const first = screen.getByRole('combobox', { name: 'Cue number 1' });
    // The ✓/✗ marks are decoration; the words carry the verdict.
    expect(first).toHaveAccessibleDescription('Right. Reason 1.');
    const tenth = screen.getByRole('combobox', { name: 'Cue number 10' });
    expect(tenth).toHaveAccessibleDescription('Not quite: this one is negative. Reason 10.');
    const verdicts = screen.getAllByRole('combobox').map((select) => select.getAttribute('aria-describedby'));
    const texts = verdicts.map((id) => document.getElementById(id ?? '')?.textContent ?? '');
    expect(texts.filter((text) => text.includes('Right.'))).toHaveLength(9);
    expect(texts.filter((text) => text.includes('Not quite'))).toHaveLength(5);
  });

  it('says well done when all are right', async () => {
    const user = userEvent.setup();
    renderInView(<CueSorter cues={cues.slice(0, 2)} />);
    for (const cue of cues.slice(0, 2)) await user.selectOptions(screen.getByRole('combobox', { name: cue.text }), label(cue));
    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));
    expect(screen.getByRole('status')).toHaveTextContent('2 of 2 sorted correctly. Well done!');
  });

  it('"Start again" clears every choice and the marks', async () => {
    const user = userEvent.setup();
    renderInView(<CueSorter cues={cues.slice(0, 3)} />);
    for (const cue of cues.slice(0, 3)) await user.selectOptions(screen.getByRole('combobox', { name: cue.text }), wrong(cue));
    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));
    expect(screen.getByRole('status')).toHaveTextContent('0 of 3 sorted correctly');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Start again' })).toHaveFocus();
    await user.keyboard('{Enter}');
    for (const select of screen.getAllByRole('combobox')) expect(select).toHaveValue('');
    expect(screen.queryByText(/Not quite/)).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('All cues cleared');
  });

  it('changing an answer after checking clears the old result', async () => {
    const user = userEvent.setup();
    renderInView(<CueSorter cues={cues.slice(0, 2)} />);
    for (const cue of cues.slice(0, 2)) await user.selectOptions(screen.getByRole('combobox', { name: cue.text }), wrong(cue));
    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cue number 1' }), 'Positive');
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.queryByText(/Not quite/)).not.toBeInTheDocument();
  });

  it('works on a slide', async () => {
    const user = userEvent.setup();
    renderInView(<CueSorter cues={cues.slice(0, 1)} />, 'slide');
    expect(screen.getByRole('region', { name: 'Try it: sort the cues' })).toHaveClass('widget--slide');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cue number 1' }), 'Positive');
    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));
    expect(screen.getByRole('status')).toHaveTextContent('1 of 1 sorted correctly');
  });
});
