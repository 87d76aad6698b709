import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, formatUsd, lazily } from '../../src/components/ui/format.ts';

describe('number formats written out (no Intl at start-up)', () => {
  it('formatNumber says what Intl.NumberFormat en-US with two fraction digits says', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e7, noNaN: true }), fc.double({ min: -1e7, max: 1e7, noNaN: true })), (value) => {
        expect(formatNumber(value)).toBe(intl.format(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('formatUsd says what Intl.NumberFormat en-US USD without cents says', () => {
    const intl = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true })), (value) => {
        expect(formatUsd(value)).toBe(intl.format(value));
      }),
      { numRuns: 2000 },
    );
    expect(formatUsd(1234567)).toBe('$1,234,567');
    expect(formatNumber(2.5)).toBe('2.5');
  });

  it('builds an Intl formatter once, on first use', () => {
    let made = 0;
    const get = lazily(() => {
      made += 1;
      return new Intl.ListFormat('en');
    });
    expect(made).toBe(0);
    expect(get().format(['a', 'b'])).toBe('a and b');
    get();
    expect(made).toBe(1);
  });
});
