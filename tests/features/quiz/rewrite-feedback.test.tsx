import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuestionFeedback } from '../../../src/features/quiz/question-feedback.tsx';
import { lostParcelRewrite } from '../../fixtures/questions.ts';

const show = (text: string) => render(<QuestionFeedback question={lostParcelRewrite} response={{ kind: 'rewrite', text }} order={[]} seed={1} />);

describe('rewrite feedback', () => {
  it('tells a learner whose reply names nothing of the scenario why it earns nothing, and what to name', () => {
    show('I’m so sorry. I’ll call you back within the hour.');
    const item = screen.getByText(/Speaks to this customer’s situation/).closest('li')!;
    expect(within(item).getByText('Not yet')).toBeInTheDocument();
    expect(within(item).getByText(/could be sent to any customer.*the lost parcel/)).toBeInTheDocument();
  });

  it('says plainly when the grader is not sure, beside the model answer, instead of a confident verdict', () => {
    show('I’m so sorry. I’ll call you back within the hour.');
    const note = screen.getByRole('note', { name: 'The grader is not sure' });
    expect(note).toHaveTextContent('names nothing of this customer’s situation');
    expect(within(note).getByText(/I’ll send a replacement today/)).toBeInTheDocument();
  });

  it('shows no doubt when the signals agree', () => {
    show('I’m so sorry about your parcel. I’ll send a replacement today.');
    expect(screen.queryByRole('note', { name: 'The grader is not sure' })).not.toBeInTheDocument();
    const item = screen.getByText(/Speaks to this customer’s situation/).closest('li')!;
    expect(within(item).getByText('Met')).toBeInTheDocument();
  });
});
