import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The engine must stay runnable anywhere and reproducible: no app imports, no ambient time or randomness.
const dir = join(import.meta.dirname, '../../src/engine');
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));

describe('src/engine purity', () => {
  it('has files to check', () => {
    expect(files).toContain('types.ts');
  });

  it.each(files)('%s imports only other engine files and uses no ambient state', (file) => {
    // Comments may mention what the code must not use; only code counts.
    const source = readFileSync(join(dir, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const specifiers = [...source.matchAll(/(?:from|import)\s*['"]([^'"]+)['"]/g)].map((match) => match[1]);
    // Relative engine files, and zod/mini (pure, for the attempt's schemas); nothing else.
    for (const specifier of specifiers) expect(specifier).toMatch(/^(\.\.?\/)+([\w-]+\/)*[\w-]+\.ts$|^zod\/mini$/);
    expect(source).not.toMatch(/Math\.random|Date\.now|new Date|import\.meta|window\.|document\.|localStorage/);
  });
});
