import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PhraseRewriter } from '../../../src/components/mdx/widgets/phrase-rewriter.tsx';
import { renderInView } from './helpers.tsx';

const flags = [
  { label: '“Can’t” language', words: ["can't", 'can’t', 'cannot', 'unable'], tip: 'Say what you can do.' },
  { label: 'Hiding behind policy or others', words: ['policy', 'the system', 'day team'], tip: 'You are the company.' },
  { label: 'Blame', words: ['messed up', 'your fault', 'if you feel'], tip: 'Fix, don’t blame.' },
];
const original = 'I’m sorry if you feel that way, but we can’t move you. It’s policy.';
const model = 'I’m so sorry. Let me find you an accessible room now.';
const rewriter = <PhraseRewriter original={original} model={model} flags={flags} />;

async function checkWording(user: ReturnType<typeof userEvent.setup>, text: string) {
  const box = screen.getByRole('textbox', { name: 'Your rewrite' });
  await user.clear(box);
  if (text) await user.type(box, text);
  await user.click(screen.getByRole('button', { name: 'Check my wording' }));
  return screen.getByRole('status');
}

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

  it('lists each flag found, with its label and tip (curly apostrophe, any case)', async () => {
    const user = userEvent.setup();
    renderInView(rewriter);
    const status = await checkWording(user, 'Sorry, I can’t change the POLICY.');
    expect(status).toHaveTextContent('2 things to look at:');
    const items = within(status).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('“Can’t” language');
    expect(items[0]).toHaveTextContent('Say what you can do.');
    expect(items[1]).toHaveTextContent('Hiding behind policy or others');
    expect(items[1]).toHaveTextContent('You are the company.');
    expect(status).not.toHaveTextContent('Blame');
  });

  it.each([["I can't"], ['I can’t'], ['I cannot'], ['We’re unable to']])('flags “%s” as can’t language', async (text) => {
    const user = userEvent.setup();
    renderInView(rewriter);
    const status = await checkWording(user, text);
    expect(status).toHaveTextContent('1 thing to look at:');
    expect(status).toHaveTextContent('“Can’t” language');
  });

  it('says nothing was flagged for a good rewrite, and “I can” is not “can’t”', async () => {
    const user = userEvent.setup();
    renderInView(rewriter);
    const status = await checkWording(user, 'I’m so sorry. I can find you another room right now.');
    expect(status).toHaveTextContent('Nothing was flagged.');
    expect(within(status).queryByRole('list')).not.toBeInTheDocument();
  });

  it('clears old feedback when you edit the text', async () => {
    const user = userEvent.setup();
    renderInView(rewriter);
    const status = await checkWording(user, 'It is policy');
    expect(status).toHaveTextContent('Hiding behind policy');
    await user.type(screen.getByRole('textbox', { name: 'Your rewrite' }), '!');
    expect(status).toHaveTextContent('');
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
