import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LostCustomerCalculator } from '../../../src/components/mdx/widgets/lost-customer-calculator.tsx';
import { renderInView } from './helpers.tsx';

const renderCalculator = (mode: 'page' | 'slide' = 'page') =>
  renderInView(<LostCustomerCalculator weekly={22} weeks={52} years={10} told={16} />, mode);

describe('LostCustomerCalculator', () => {
  it('is a named region seeded from its props, with both totals in a live region', () => {
    renderCalculator();
    expect(screen.getByRole('region', { name: 'Try it: what one lost customer costs' })).toBeInTheDocument();
    expect(screen.getByLabelText('Weekly spend in dollars')).toHaveValue(22);
    expect(screen.getByLabelText('Weeks a year')).toHaveValue(52);
    expect(screen.getByLabelText('Years as a customer')).toHaveValue(10);
    expect(screen.getByLabelText('People they tell')).toHaveValue(16);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Lost with one customer over 10 years: $11,440');
    expect(status).toHaveTextContent('Lost if each of the 16 people they tell stays away: $183,040');
  });

  it('recalculates as you type, using only the keyboard', async () => {
    const user = userEvent.setup();
    renderCalculator();
    await user.tab();
    expect(screen.getByLabelText('Weekly spend in dollars')).toHaveFocus();
    await user.keyboard('{Control>}a{/Control}{Backspace}30');
    await user.tab();
    await user.tab();
    expect(screen.getByLabelText('Years as a customer')).toHaveFocus();
    await user.keyboard('{Control>}a{/Control}{Backspace}2.5');
    // 30 × 52 × 2.5 = 3,900; × 16 = 62,400
    expect(screen.getByRole('status')).toHaveTextContent('Lost with one customer over 2.5 years: $3,900');
    expect(screen.getByRole('status')).toHaveTextContent('$62,400');
  });

  it('rounds to whole dollars', async () => {
    const user = userEvent.setup();
    renderCalculator();
    const weekly = screen.getByLabelText('Weekly spend in dollars');
    await user.clear(weekly);
    await user.type(weekly, '0.99');
    // 0.99 × 52 × 10 = 514.8 → $515; × 16 = 8,236.8 → $8,237
    expect(screen.getByRole('status')).toHaveTextContent('$515');
    expect(screen.getByRole('status')).toHaveTextContent('$8,237');
  });

  it('an empty field shows an inline message and no NaN', async () => {
    const user = userEvent.setup();
    const { container } = renderCalculator();
    const weekly = screen.getByLabelText('Weekly spend in dollars');
    await user.clear(weekly);
    expect(weekly).toHaveAttribute('aria-invalid', 'true');
    expect(weekly).toHaveAccessibleDescription('Enter a number here, like 22.');
    expect(screen.getByRole('status')).toHaveTextContent('Fix the number marked above');
    expect(container).not.toHaveTextContent('NaN');
    expect(container).not.toHaveTextContent('$');
  });

  it('a negative number shows an inline message', async () => {
    const user = userEvent.setup();
    const { container } = renderCalculator();
    const told = screen.getByLabelText('People they tell');
    await user.clear(told);
    await user.type(told, '-3');
    expect(told).toHaveAccessibleDescription('Use 0 or more. This number can’t be negative.');
    expect(container).not.toHaveTextContent('NaN');
  });

  it('text that is not a number shows an inline message', async () => {
    const user = userEvent.setup();
    const { container } = renderCalculator();
    const years = screen.getByLabelText('Years as a customer');
    await user.clear(years);
    await user.type(years, 'ten');
    expect(years).toHaveAttribute('aria-invalid', 'true');
    expect(within(years.parentElement as HTMLElement).getByText(/like 10\./)).toBeInTheDocument();
    expect(container).not.toHaveTextContent('NaN');
  });

  it('asks for whole weeks, at most 52', async () => {
    const user = userEvent.setup();
    renderCalculator();
    const weeks = screen.getByLabelText('Weeks a year');
    await user.clear(weeks);
    await user.type(weeks, '60');
    expect(weeks).toHaveAccessibleDescription('A year has 52 weeks, so use 52 or fewer.');
    await user.clear(weeks);
    await user.type(weeks, '4.5');
    expect(weeks).toHaveAccessibleDescription('Use a whole number, like 52.');
  });

  it('"Reset to the example" brings back the seed numbers and totals', async () => {
    const user = userEvent.setup();
    renderCalculator();
    const weekly = screen.getByLabelText('Weekly spend in dollars');
    await user.clear(weekly);
    expect(screen.getByRole('status')).not.toHaveTextContent('$11,440');
    expect(weekly).toHaveFocus();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Reset to the example' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(weekly).toHaveValue(22);
    expect(weekly).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('status')).toHaveTextContent('$11,440');
    expect(screen.getByRole('status')).toHaveTextContent('$183,040');
  });

  it('works on a slide and is marked for scaling', () => {
    renderCalculator('slide');
    const region = screen.getByRole('region', { name: 'Try it: what one lost customer costs' });
    expect(region).toHaveClass('widget--slide');
    expect(screen.getByRole('status')).toHaveTextContent('$183,040');
  });
});
