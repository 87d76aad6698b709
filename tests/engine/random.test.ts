import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, sample, shuffle } from '../../src/engine/index.ts';

const take = (rng: () => number, n: number) => Array.from({ length: n }, rng);

describe('createRng', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(take(createRng(42), 20)).toEqual(take(createRng(42), 20));
  });

  it('gives different sequences for different seeds', () => {
    expect(take(createRng(1), 5)).not.toEqual(take(createRng(2), 5));
  });

  it('stays in [0, 1) and spreads values out', () => {
    const values = take(createRng(7), 10_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    const buckets = new Array<number>(10).fill(0);
    for (const v of values) buckets[Math.floor(v * 10)]! += 1;
    for (const count of buckets) expect(count).toBeGreaterThan(850);
  });
});

describe('shuffle', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f'];

  it('returns a new array with the same items and leaves the input alone', () => {
    const copy = items.slice();
    const out = shuffle(items, createRng(3));
    expect(out).not.toBe(items);
    expect(items).toEqual(copy);
    expect(out.slice().sort()).toEqual(copy);
  });

  it('is reproducible and actually reorders', () => {
    expect(shuffle(items, createRng(9))).toEqual(shuffle(items, createRng(9)));
    const orders = new Set(Array.from({ length: 50 }, (_, seed) => shuffle(items, createRng(seed)).join('')));
    expect(orders.size).toBeGreaterThan(40);
  });

  it('puts each item first about equally often (no Fisher–Yates off-by-one bias)', () => {
    const firsts = new Map<string, number>();
    const rng = createRng(11);
    for (let i = 0; i < 6000; i += 1) {
      const first = shuffle(items, rng)[0]!;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const item of items) expect(firsts.get(item)).toBeGreaterThan(850);
  });
});

describe('sample', () => {
  const items = [1, 2, 3, 4, 5, 6, 7, 8];

  it('draws n distinct items', () => {
    const out = sample(items, 3, createRng(5));
    expect(out).toHaveLength(3);
    expect(new Set(out).size).toBe(3);
    expect(out.every((n) => items.includes(n))).toBe(true);
  });

  it('clamps n to the pool', () => {
    expect(sample(items, 20, createRng(5)).slice().sort()).toEqual(items);
    expect(sample(items, 0, createRng(5))).toEqual([]);
    expect(sample(items, -2, createRng(5))).toEqual([]);
    expect(sample(items, Number.NaN, createRng(5))).toEqual([]);
  });

  it('draws every item eventually', () => {
    const seen = new Set(Array.from({ length: 40 }, (_, seed) => sample(items, 2, createRng(seed))).flat());
    expect(seen.size).toBe(items.length);
  });
});

describe('deriveSeed', () => {
  it('is stable', () => {
    expect(deriveSeed(123, 'options:q1')).toBe(deriveSeed(123, 'options:q1'));
  });

  it('separates labels and seeds', () => {
    const seeds = new Set([
      deriveSeed(123, 'options:q1'),
      deriveSeed(123, 'options:q2'),
      deriveSeed(124, 'options:q1'),
      deriveSeed(0, ''),
      deriveSeed(1, ''),
    ]);
    expect(seeds.size).toBe(5);
  });

  it('returns an unsigned 32-bit integer', () => {
    for (const seed of [0, 1, -1, 2 ** 40, 0.5]) {
      const derived = deriveSeed(seed, 'x');
      expect(Number.isInteger(derived)).toBe(true);
      expect(derived).toBeGreaterThanOrEqual(0);
      expect(derived).toBeLessThan(2 ** 32);
    }
  });
});
