/**
 * Number and date formatting without paying for it up front. The first Intl formatter a page builds loads the
 * browser's locale data, which takes 100–200 ms on a throttled mid-range phone: module scope would spend it while
 * the page starts, whether or not anything is formatted. So Intl formatters are built on first use, and the two
 * number formats the lesson widgets show on first render (whole US dollars, plain numbers) are written out here.
 */

/** An Intl formatter built the first time it is used. */
export function lazily<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Like `Intl.NumberFormat('en-US', { maximumFractionDigits })` for the amounts the widgets show (zero or more): 1234.5 → "1,234.5". */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  if (!Number.isFinite(value) || value < 0 || Object.is(value, -0)) return new Intl.NumberFormat('en-US', { maximumFractionDigits }).format(value);
  const [whole = '0', fraction = ''] = value.toFixed(maximumFractionDigits).split('.');
  const digits = fraction.replace(/0+$/, '');
  return digits ? `${group(whole)}.${digits}` : group(whole);
}

/** Like `Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 })`: "$1,235". */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value) || value < 0 || Object.is(value, -0)) return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
  return `$${formatNumber(value, 0)}`;
}
