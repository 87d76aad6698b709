import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PhraseRewriter } from '../../../src/components/mdx/widgets/phrase-rewriter.tsx';
import { renderInView } from './helpers.tsx';

// The lesson's own flags (content/recovery-phrasing/lesson.mdx).
const flags = [
  { label: '“Can’t” language', words: ['cannot', 'unable'], tip: 'Say what you can do.' },
  { label: 'Hiding behind policy or others', words: ['policy', 'the system', 'day team'], tip: 'You are the company.' },
  { label: 'Blame', words: ['messed up', 'your fault', 'if you feel'], tip: 'Fix, don’t blame.' },
];
const original = 'I’m sorry if you feel that way, but we can’t move you. It’s policy, and the day team messed up.';
const model = 'I’m so sorry, Ms. Haddad. We let you both down. Let me find you an accessible room now.';
const rewriter = <PhraseRewriter original={original} model={model} flags={flags} />;

async function checkWording(user: ReturnType<typeof userEvent.setup>, text: string) {
  const box = screen.getByRole('textbox', { name: 'Your rewrite' });
  await user.clear(box);
  if (text) await user.type(box, text);
  await user.click(screen.getByRole('button', { name: 'Check my wording' }));
  const status = screen.getByRole('status');
  // The grader loads on first use, so the feedback may arrive a moment after the click.
  await within(status).findByText(/^(What your rewrite does:|Write your rewrite in the box first)/);
  return status;
}

const changes = (status: HTMLElement) => within(status).queryByRole('list', { name: 'Words to change' });
const goals = (status: HTMLElement) => within(status).getByRole('list', { name: 'What a good rewrite does' });

describe('PhraseRewriter', () => {
  it('shows the original sentence and an empty "Your rewrite" box', () => {
    renderInView(rewriter);
    expect(screen.getByRole('region', { name: 'Try it: rewrite the reply' })).toBeInTheDocument();
    expect(screen.getByText(original)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your rewrite' })).toHaveValue('');
  });

  it('asks for text when the box is empty', async () => {
    const user = userEvent.setup();
    renderInView(rewriter);
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Your rewrite' })).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Write your rewrite in the box first, then check it.');
    expect(await checkWording(user, '   ')).toHaveTextContent('Write your rewrite in the box first');
  });

  it('flags the reviewer’s reply: the shared harmful moves are checked even where the lesson has no flag for them', async () => {
    const user = userEvent.setup();
    renderInView(rewriter);
    const status = await checkWording(user, 'Whatever. Not my problem, go complain to the manager.');
    expect(status).not.toHaveTextContent('Nice work');
    const items = within(changes(status)!).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('A flat refusal (you wrote: “Not my problem”)'),
      expect.stringContaining('Pushing the work back (you wrote: “go complain to”)'),
      expect.stringContaining('Brushing them off (you wrote: “Whatever”)'),
    ]);
    expect(within(goals(status)).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('Not yet: Says sorry and means it'),
      expect.stringContaining('Not yet: Says what you will do'),
    ]);
  });

  it('lists the lesson’s flags with the words that tripped them, and its tips (curly apostrophe, any case)', async () => {
    const user = userEvent.setup();
    renderInView(rewriter);
    const status = await checkWording(user, 'I’m sorry, I CAN’T change it, the system won’t allow it.');
    expect(status).toHaveTextContent(/\d things to change:/);
    const list = changes(status)!;
    expect(list).toHaveTextContent('“Can’t” language (you wrote: “CAN’T”). Say what you can do.');
    expect(list).toHaveTextContent('Hiding behind policy or others (you wrote: “the system”). You are the company.');
    expect(list).not.toHaveTextContent('Blame');
  });

  it('says what a good rewrite does, quoting the words that did it, with nothing to change', async () => {
    const user = userEvent.setup();
    renderInView(rewriter);
    const status = await checkWording(user, 'I’m so sorry, Ms. Haddad. I can find you another room right now.');
    expect(changes(status)).not.toBeInTheDocument();
    expect(within(goals(status)).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Done: Says sorry and means it (“sorry”)',
      'Done: Says what you will do (“I can find”)',
    ]);
    expect(status).toHaveTextContent('Nice work: nothing to change.');
  });

  it('does not pass a word salad or a negated promise', async () => {
    const user = userEvent.setup();
    renderInView(rewriter);
    let status = await checkWording(user, 'sorry let me number');
    expect(status).toHaveTextContent('Not yet: Says what you will do');
    expect(status).toHaveTextContent('That’s very short');
    status = await checkWording(user, 'I’m sorry, but I will not be moving you tonight.');
    expect(changes(status)).toHaveTextContent('A promise turned into a refusal (you wrote: “I will not be moving”)');
    expect(status).not.toHaveTextContent('Nice work');
  });

  it('clears old feedback when you edit the text', async () => {
    const user = userEvent.setup();
    renderInView(rewriter);
    const status = await checkWording(user, 'It is policy');
    expect(status).toHaveTextContent('Hiding behind policy');
    await user.type(screen.getByRole('textbox', { name: 'Your rewrite' }), '!');
    expect(status).toHaveTextContent('');
  });

  it('grades against the criteria a lesson gives', async () => {
    const user = userEvent.setup();
    renderInView(
      <PhraseRewriter
        original="Hold on."
        model="May I put you on hold for two minutes?"
        criteria={[{ id: 'asks', label: 'Asks first', weight: 1, move: 'permission', feedback: 'Ask before you put them on hold.' }]}
      />,
    );
    expect(await checkWording(user, 'Hold on, I am checking.')).toHaveTextContent('Not yet: Asks first. Ask before you put them on hold.');
    expect(await checkWording(user, 'Would it be alright if I put you on hold?')).toHaveTextContent('Done: Asks first');
  });

  it('reveals and hides the model rewrite by keyboard', async () => {
    const user = userEvent.setup();
    renderInView(rewriter);
    expect(screen.queryByText(model)).not.toBeInTheDocument();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show a model rewrite' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByText(model)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide the model rewrite' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByText(model)).not.toBeInTheDocument();
  });

  it('works on a slide', async () => {
    const user = userEvent.setup();
    renderInView(rewriter, 'slide');
    expect(screen.getByRole('region', { name: 'Try it: rewrite the reply' })).toHaveClass('widget--slide');
    expect(await checkWording(user, 'the system is down')).toHaveTextContent('Hiding behind policy or others');
  });
});
