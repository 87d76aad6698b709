// Regenerates tests/fixtures/source-shingles.json from ../shared/source-material (run after the articles change):
//   npm run fingerprint
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { shingles, words } from '../content-checks/shingles.ts';

const dir = path.resolve('..', 'shared', 'source-material');
const hashes = new Set<string>();
for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  for (const { hash } of shingles(words(readFileSync(path.join(dir, name), 'utf8')))) hashes.add(hash);
}
writeFileSync('tests/fixtures/source-shingles.json', JSON.stringify([...hashes].sort()) + '\n');
console.log(`source fingerprint: ${hashes.size} eight-word runs`);
