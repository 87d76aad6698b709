import { screen } from '@testing-library/react';
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

  it('works on a slide', async () => {
    const user = userEvent.setup();
    renderInView(<CustomerTypeExplorer types={types} />, 'slide');
    expect(screen.getByRole('region', { name: 'Try it: pick a customer type' })).toHaveClass('widget--slide');
    await user.click(screen.getByRole('button', { name: 'Rude or inconsiderate' }));
    expect(screen.getByText('Stay calm and set limits.')).toBeInTheDocument();
  });

  it('renders without types', () => {
    renderInView(<CustomerTypeExplorer types={[]} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
