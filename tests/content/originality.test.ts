import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shingles, words, withoutQuotations } from '../../content-checks/shingles.ts';

const fingerprint = new Set<string>(JSON.parse(readFileSync('tests/fixtures/source-shingles.json', 'utf8')));
const sourceDir = path.resolve('..', 'shared', 'source-material');

const contentFiles = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(mdx|ya?ml|json)$/.test(file) && !file.endsWith('.schema.json'))
  .map((file) => path.join('content', file));

describe('lesson text is written in our own words', () => {
  it.each(contentFiles)('%s shares no run of 8 words with the source articles', (file) => {
    const copied = shingles(words(withoutQuotations(readFileSync(file, 'utf8'))))
      .filter(({ hash }) => fingerprint.has(hash))
      .map(({ run }) => run);
    expect(copied).toEqual([]);
  });

  it('catches a copied sentence (the check can fail)', () => {
    const copied = 'Service breakdowns occur daily in all types of organizations. They happen whenever the product fails.';
    expect(shingles(words(copied)).some(({ hash }) => fingerprint.has(hash))).toBe(true);
    // Only an attributed <Quote> may repeat the source; curly quotes alone don't make a copy ours.
    expect(shingles(words(withoutQuotations(`“${copied}”`))).some(({ hash }) => fingerprint.has(hash))).toBe(true);
    expect(shingles(words(withoutQuotations(`<Quote by="Robert W. Lucas">${copied}</Quote>`)))).toEqual([]);
  });

  it('the fingerprint is current with ../shared/source-material when it is present (npm run fingerprint)', () => {
    expect(fingerprint.size).toBeGreaterThan(1000);
    // On a machine without the articles beside the repo, the committed fingerprint stands in for them.
    if (!existsSync(sourceDir)) return;
    const live = new Set<string>();
    for (const name of readdirSync(sourceDir).filter((n) => n.endsWith('.txt'))) {
      for (const { hash } of shingles(words(readFileSync(path.join(sourceDir, name), 'utf8')))) live.add(hash);
    }
    expect([...live].sort()).toEqual([...fingerprint].sort());
  });
});
