import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CustomerTypeExplorer } from '../../../src/components/mdx/widgets/customer-type-explorer.tsx';
import { renderInView } from './helpers.tsx';

const types = [
  { id: 'dissatisfied', name: 'Dissatisfied', signs: 'Complains about a product.', approach: 'Let them finish and apologise.' },
  { id: 'talkative', name: 'Talkative', signs: 'Tells long stories.', approach: 'Use closed questions to steer back.' },
  { id: 'rude', name: 'Rude or inconsiderate', signs: 'Pushes in.', approach: 'Stay calm and set limits.' },
];

describe('CustomerTypeExplorer', () => {
  it('starts with the first type selected and its signs and approach shown', () => {
    renderInView(<CustomerTypeExplorer types={types} />);
    expect(screen.getByRole('region', { name: 'Try it: pick a customer type' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dissatisfied' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Talkative' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('heading', { name: 'Dissatisfied' })).toBeInTheDocument();
    expect(screen.getByText('Complains about a product.')).toBeInTheDocument();
    expect(screen.getByText('Let them finish and apologise.')).toBeInTheDocument();
  });

  it('picks another type by keyboard and updates the live panel', async () => {
    const user = userEvent.setup();
    renderInView(<CustomerTypeExplorer types={types} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Dissatisfied' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Talkative' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Talkative' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Dissatisfied' })).toHaveAttribute('aria-pressed', 'false');
    const panel = screen.getByRole('heading', { name: 'Talkative' }).parentElement as HTMLElement;
    expect(panel).toHaveAttribute('aria-live', 'polite');
    expect(panel).toHaveTextContent('Tells long stories.');
    expect(panel).toHaveTextContent('Use closed questions to steer back.');
    expect(screen.queryByText('Complains about a product.')).not.toBeInTheDocument();
    await user.tab();
    await user.keyboard(' ');
    expect(panel).toHaveTextContent('Stay calm and set limits.');
  });

  it('each button controls the panel', () => {
    renderInView(<CustomerTypeExplorer types={types} />);
    const panelId = screen.getByRole('button', { name: 'Talkative' }).getAttribute('aria-controls');
    expect(panelId).toBeTruthy();
    expect(document.getElementById(panelId as string)).toHaveTextContent('Complains about a product.');
  });

  it('on a slide, shows one type at a time, large, stepped through with Next and Previous', async () => {
    const user = userEvent.setup();
    renderInView(<CustomerTypeExplorer types={types} />, 'slide');
    const region = screen.getByRole('region', { name: 'Customer types: 1 of 3' });
    expect(region).toHaveClass('widget--slide');
    // No row of toggle buttons on the projector: just the one type.
    expect(screen.queryByRole('button', { name: 'Talkative' })).not.toBeInTheDocument();
    expect(within(region).getByRole('heading', { name: 'Dissatisfied' })).toBeInTheDocument();
    expect(within(region).getByText('Complains about a product.')).toBeInTheDocument();
    expect(within(region).getByText('Let them finish and apologise.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Next type/ }));
    expect(screen.getByRole('region', { name: 'Customer types: 2 of 3' })).toBeInTheDocument();
    const panel = screen.getByRole('heading', { name: 'Talkative' }).parentElement as HTMLElement;
    expect(panel).toHaveAttribute('aria-live', 'polite');
    expect(panel).toHaveTextContent('Tells long stories.');
    expect(screen.queryByText('Complains about a product.')).not.toBeInTheDocument();

    // By keyboard too; from the first type, Previous goes round to the last.
    screen.getByRole('button', { name: /Previous type/ }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Customer types: 1 of 3' })).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByRole('region', { name: 'Customer types: 3 of 3' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Rude or inconsiderate' })).toBeInTheDocument();
    expect(screen.getByText('Stay calm and set limits.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Previous type/ })).toHaveFocus();
  });

  it('renders without types on a slide too', () => {
    renderInView(<CustomerTypeExplorer types={[]} />, 'slide');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('renders without types', () => {
    renderInView(<CustomerTypeExplorer types={[]} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
