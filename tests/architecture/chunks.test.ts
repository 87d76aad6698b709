import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_MODULES } from '../../vite.config.ts';

/** The shared chunk is listed by path in vite.config.ts; a renamed or moved file must fail here, not change the bundles. */
describe('the shared chunk', () => {
  it('names only files that exist', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    expect(SHARED_MODULES.length).toBeGreaterThan(5);
    expect(SHARED_MODULES.filter((file) => !existsSync(path.join(root, file)))).toEqual([]);
  });
});
