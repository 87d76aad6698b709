import { useState } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Question, Response } from '../../../src/engine/index.ts';
import { QuestionInput } from '../../../src/features/quiz/question-input.tsx';

/** Renders an input with its response held in state, as the quiz page does through the store. */
function Harness({ question, order, onResponse }: { question: Question; order: string[]; onResponse?: (r: unknown) => void }) {
  const [response, setResponse] = useState<Response | undefined>(undefined);
  return (
    <QuestionInput
      question={question}
      order={order}
      seed={1}
      response={response}
      locked={false}
      legendId="q"
      onChange={(next) => {
        setResponse(next);
        onResponse?.(next);
      }}
    />
  );
}

const base = { skills: ['listening'], prompt: 'What do you do?' };

describe('question inputs work by keyboard, with native controls', () => {
  it('single: radios in a fieldset whose legend is the question', async () => {
    const user = userEvent.setup();
    const responses: unknown[] = [];
    const question: Question = {
      ...base,
      id: 's',
      kind: 'single',
      options: [
        { id: 'a', text: 'Listen first', credit: 1, feedback: 'Good' },
        { id: 'b', text: 'Talk over them', credit: 0, feedback: 'No' },
        { id: 'c', text: 'Walk away', credit: 0, feedback: 'No' },
      ],
    };
    render(<Harness question={question} order={['c', 'a', 'b']} onResponse={(r) => responses.push(r)} />);
    const group = screen.getByRole('group', { name: 'What do you do?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(['Walk away', 'Listen first', 'Talk over them']);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(within(group).getByRole('radio', { name: 'Listen first' })).toBeChecked();
    expect(responses.at(-1)).toEqual({ kind: 'single', choice: 'a' });
  });

  it('multiple: checkboxes toggled with Space', async () => {
    const user = userEvent.setup();
    const responses: unknown[] = [];
    const question: Question = {
      ...base,
      id: 'm',
      kind: 'multiple',
      options: [
        { id: 'a', text: 'Smile', correct: true, feedback: '' },
        { id: 'b', text: 'Yawn', correct: false, feedback: '' },
      ],
    };
    render(<Harness question={question} order={['a', 'b']} onResponse={(r) => responses.push(r)} />);
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Smile' })).toBeChecked();
    expect(responses.at(-1)).toEqual({ kind: 'multiple', choices: ['a'] });
  });

  it('order: "Move up" / "Move down" reorder items and announce the move', async () => {
    const user = userEvent.setup();
    const responses: unknown[] = [];
    const question: Question = {
      ...base,
      id: 'o',
      kind: 'order',
      feedback: '',
      items: [
        { id: 's', text: 'Stop' },
        { id: 't', text: 'Think' },
        { id: 'a', text: 'Analyze' },
      ],
    };
    render(<Harness question={question} order={['t', 's', 'a']} onResponse={(r) => responses.push(r)} />);
    const items = () => screen.getAllByRole('listitem').map((li) => li.querySelector('.order-item__text')?.textContent);
    expect(items()).toEqual(['Think', 'Stop', 'Analyze']);
    const stop = screen.getAllByRole('listitem')[1]!;
    within(stop).getByRole('button', { name: 'Move up' }).focus();
    await user.keyboard('{Enter}');
    expect(items()).toEqual(['Stop', 'Think', 'Analyze']);
    expect(responses.at(-1)).toEqual({ kind: 'order', order: ['s', 't', 'a'] });
    expect(screen.getByRole('status')).toHaveTextContent('Stop moved to position 1 of 3.');
    // Moving past the top does nothing.
    await user.click(within(screen.getAllByRole('listitem')[0]!).getByRole('button', { name: 'Move up' }));
    expect(items()).toEqual(['Stop', 'Think', 'Analyze']);
  });

  it('categorize: choose an item, then "Put in" a category; by keyboard, with focus moving to the next item', async () => {
    const user = userEvent.setup();
    const responses: unknown[] = [];
    const question: Question = {
      ...base,
      id: 'c',
      kind: 'categorize',
      categories: [
        { id: 'pos', label: 'Positive' },
        { id: 'neg', label: 'Negative' },
      ],
      items: [
        { id: 'smile', text: 'Smiling', category: 'pos', feedback: '' },
        { id: 'yawn', text: 'Yawning', category: 'neg', feedback: '' },
      ],
    };
    render(<Harness question={question} order={['yawn', 'smile']} onResponse={(r) => responses.push(r)} />);
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByRole('button', { name: 'Put in Negative' })).toBeDisabled();
    screen.getByRole('button', { name: 'Yawning' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Yawning' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Put in Negative' }));
    expect(screen.getByRole('status')).toHaveTextContent('“Yawning” put in Negative.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Smiling' })).toHaveFocus());
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: 'Put in Positive' }));
    expect(responses.at(-1)).toEqual({ kind: 'categorize', placements: { yawn: 'neg', smile: 'pos' } });
    expect(within(screen.getByRole('group', { name: /^Negative/ })).getByRole('button', { name: 'Yawning' })).toBeInTheDocument();

    // A placed item can be moved back.
    await user.click(screen.getByRole('button', { name: 'Yawning' }));
    await user.click(screen.getByRole('button', { name: 'Back to the list' }));
    expect(responses.at(-1)).toEqual({ kind: 'categorize', placements: { smile: 'pos' } });
  });

  it('conversation: choose a reply, press Reply, and the dialogue moves on to an ending', async () => {
    const user = userEvent.setup();
    const question: Question = {
      ...base,
      id: 'v',
      kind: 'conversation',
      start: 'n1',
      nodes: [
        {
          id: 'n1',
          customer: 'My order is late again!',
          responses: [
            { id: 'r1', text: 'I am so sorry. Let me check it now.', points: 2, feedback: '', next: 'n2' },
            { id: 'r2', text: 'Not my department.', points: 0, feedback: '', next: 'lost' },
          ],
        },
        {
          id: 'n2',
          customer: 'Thank you. When will it arrive?',
          responses: [
            { id: 'r1', text: 'Tomorrow by noon; I will call you.', points: 2, feedback: '', next: 'won' },
            { id: 'r2', text: 'Soon.', points: 0, feedback: '', next: 'lost' },
          ],
        },
      ],
      endings: [
        { id: 'won', outcome: 'recovered', text: 'She thanks you.' },
        { id: 'lost', outcome: 'lost', text: 'She cancels.' },
      ],
    };
    render(<Harness question={question} order={[]} />);
    expect(screen.getByRole('group', { name: /My order is late again!/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'I am so sorry. Let me check it now.' }));
    await user.click(screen.getByRole('button', { name: 'Reply' }));
    expect(screen.getByRole('group', { name: /When will it arrive/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Tomorrow by noon; I will call you.' }));
    await user.keyboard('{Tab}{Enter}');
    expect(screen.getByText('She thanks you.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reply' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the conversation over' }));
    expect(screen.getByRole('group', { name: /My order is late again!/ })).toBeInTheDocument();
  });

  it('rewrite: a labelled text box below the original sentence', async () => {
    const user = userEvent.setup();
    const responses: unknown[] = [];
    const question: Question = {
      ...base,
      id: 'w',
      kind: 'rewrite',
      original: "I can't do that, it's policy.",
      modelAnswer: 'Here is what I can do.',
      criteria: [{ id: 'c', label: 'Offers action', weight: 1, anyOf: ['i can'], feedback: '' }],
    };
    render(<Harness question={question} order={[]} onResponse={(r) => responses.push(r)} />);
    expect(screen.getByText("I can't do that, it's policy.")).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Your rewrite' }), 'I can help');
    expect(responses.at(-1)).toEqual({ kind: 'rewrite', text: 'I can help' });
  });
});
