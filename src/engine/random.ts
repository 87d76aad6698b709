/**
 * Seeded randomness. Attempts store only a seed, so a resumed or reviewed attempt shows the same questions
 * and option order it showed the first time; `Math.random` would make that impossible.
 */

/** A random number generator returning floats in [0, 1). */
export type Rng = () => number;

/**
 * Creates a mulberry32 generator: tiny, fast and well distributed for shuffling (not for cryptography).
 * The same seed always yields the same sequence.
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a shuffled copy (Fisher–Yates); the input is left untouched. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    const held = out[i] as T;
    out[i] = out[j] as T;
    out[j] = held;
  }
  return out;
}

/**
 * Draws `n` distinct items in random order (a partial Fisher–Yates). `n` is clamped to [0, items.length],
 * so asking for more than a pool holds returns the whole pool, shuffled.
 */
export function sample<T>(items: readonly T[], n: number, rng: Rng): T[] {
  const count = Math.max(0, Math.min(items.length, Math.floor(Number.isFinite(n) ? n : 0)));
  const out = items.slice();
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.floor(rng() * (out.length - i));
    const held = out[i] as T;
    out[i] = out[j] as T;
    out[j] = held;
  }
  return out.slice(0, count);
}

/**
 * Mixes a label into a seed (FNV-1a over the seed's bytes and the label, then a murmur3 finaliser), giving each question its own
 * stream: adding a question to a pool then does not reshuffle the options of every other question.
 */
export function deriveSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5;
  const feed = (value: number): void => {
    hash = Math.imul(hash ^ value, 0x01000193) >>> 0;
  };
  const unsigned = seed >>> 0;
  for (let shift = 0; shift < 32; shift += 8) feed((unsigned >>> shift) & 0xff);
  for (let i = 0; i < label.length; i += 1) feed(label.charCodeAt(i));
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  hash ^= hash >>> 16;
  return hash >>> 0;
}
