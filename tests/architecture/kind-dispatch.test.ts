import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTION_KINDS } from '../../src/engine/index.ts';

/**
 * A question kind is registered once (docs/architecture.md, "Question kinds"): its pure rules in src/engine/kinds/,
 * its views in src/components/kinds/, its cue-audit strategies in the audit's own table. Everywhere else code looks a
 * kind up in those tables; it never branches on one, because a branch is where a new kind silently renders nothing.
 * This scans the product and its build tools for `case '<kind>'` and comparisons of a `kind` with a question kind.
 */
const root = path.resolve(import.meta.dirname, '../..');
const SCANNED = ['src', 'server', 'vite-plugins', 'content-checks', 'scripts'];
/** Where kinds are registered: the tables themselves and each kind's own modules. */
const HOMES = ['src/engine/kinds/', 'src/components/kinds/'];

const kinds = QUESTION_KINDS.join('|');
const DISPATCH = [new RegExp(`case\\s+['"](${kinds})['"]`), new RegExp(`kind\\s*[!=]==?\\s*['"](${kinds})['"]`), new RegExp(`['"](${kinds})['"]\\s*[!=]==?\\s*\\w*\\.?kind\\b`)];

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(rel);
    return /\.(tsx?|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** Every line outside the kinds' homes that branches on a question kind, as "file:line: text". */
export function strayDispatch(files: readonly string[], read: (file: string) => string): string[] {
  return files
    .filter((file) => !HOMES.some((home) => file.startsWith(home)))
    .flatMap((file) =>
      read(file)
        .split('\n')
        .flatMap((line, i) => (DISPATCH.some((pattern) => pattern.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
}

describe('question kinds are dispatched only through their registries', () => {
  it('finds no switch or comparison on a question kind outside src/engine/kinds and src/components/kinds', () => {
    const files = SCANNED.flatMap(sources);
    expect(files.length).toBeGreaterThan(50);
    expect(strayDispatch(files, (file) => readFileSync(path.join(root, file), 'utf8'))).toEqual([]);
  });

  it('would catch one (the check can fail)', () => {
    const read = (file: string) =>
      ({
        'src/features/x.tsx': "switch (question.kind) {\n  case 'order':\n}",
        'server/y.ts': "if (r.kind === 'rewrite') texts.push(r);",
        'src/engine/kinds/order.ts': "case 'order':",
      })[file]!;
    expect(strayDispatch(['src/features/x.tsx', 'server/y.ts', 'src/engine/kinds/order.ts'], read)).toEqual([
      "src/features/x.tsx:2: case 'order':",
      "server/y.ts:1: if (r.kind === 'rewrite') texts.push(r);",
    ]);
  });
});
