import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LostCustomerCost, StepDiagram } from '../../src/components/mdx/diagrams.tsx';

describe('lesson diagrams are images with a text alternative', () => {
  it('a step cycle names every step in order, and says it loops', () => {
    render(<StepDiagram title="The STAR cycle" steps={['Stop', 'Think', 'Analyze', 'Reflect']} cycle />);
    const image = screen.getByRole('img', { name: /The STAR cycle/ });
    expect(image).toHaveAccessibleName('The STAR cycle 1. Stop, then 2. Think, then 3. Analyze, then 4. Reflect, and back to the start.');
  });

  it('the cost of a lost customer gives each figure in words', () => {
    render(<LostCustomerCost weekly={22} years={10} tells={16} />);
    expect(screen.getByRole('img', { name: /What one lost customer costs/ })).toHaveAccessibleName(
      'What one lost customer costs One year: $1,144; 10 years: $11,440; 10 years × 16 people told: $183,040.',
    );
  });
});
