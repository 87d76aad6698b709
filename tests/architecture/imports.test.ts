import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint rules that keep docs/architecture.md's one-way imports true (app → features → (components, progress, content,
 * config) → engine; features never import each other), checked by linting snippets as if they sat in each layer.
 * Nothing is written to disk: `lintText` with a `filePath` inside the layer is linted by the real config, and every
 * import points at a real file of the target layer (picked at run time, so refactors do not break the test).
 * Each forbidden import is tried with the `.ts` extension and without it: the second form once slipped past lint.
 */

const root = path.resolve(import.meta.dirname, '../..');
const src = path.join(root, 'src');
// One instance for the whole file: the resolver caches what it reads, so later snippets are fast.
const eslint = new ESLint({ cwd: root });

// Type-aware resolving on a busy two-core machine is slow; correctness is what is tested here, not speed.
const slow = { timeout: 180_000 };

const features = readdirSync(path.join(src, 'features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** A real module (not a declaration file) inside `src/<layer>`, as a path relative to src/. */
function moduleIn(layer: string): string {
  // The engine is imported through its public entry point (a deep import is refused, see below).
  if (layer === 'engine') return 'engine/index.ts';
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return walk(full);
        return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
      });
  const [file] = walk(path.join(src, layer));
  if (!file) throw new Error(`src/${layer} has no module to import`);
  return path.relative(src, file);
}

type Variant = 'with .ts extension' | 'without extension';
const variants: Variant[] = ['with .ts extension', 'without extension'];

/** The specifier a file in `src/<fromLayer>/` would write to import `target` (relative to src/). */
function specifier(fromLayer: string, target: string, variant: Variant): string {
  let spec = path.relative(path.join(src, fromLayer), path.join(src, target)).split(path.sep).join('/');
  if (!spec.startsWith('.')) spec = `./${spec}`;
  return variant === 'without extension' ? spec.replace(/\.tsx?$/, '') : spec;
}

/** Lints `code` as if it were `file` (relative to the repo root) and returns the rule ids reported per line. */
async function lintAs(file: string, code: string): Promise<Map<number, string[]>> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  const byLine = new Map<number, string[]>();
  for (const message of result?.messages ?? []) {
    byLine.set(message.line, [...(byLine.get(message.line) ?? []), message.ruleId ?? message.message]);
  }
  return byLine;
}

/** Lints one snippet importing every target layer from `fromLayer`, one import per line; rule ids per target. */
async function importsFrom(fromLayer: string, targets: string[], variant: Variant): Promise<Record<string, string[]>> {
  const lines = targets.map((target, i) => `import * as target${i} from '${specifier(fromLayer, moduleIn(target), variant)}';`);
  const code = `${lines.join('\n')}\nexport const probe = [${targets.map((_, i) => `target${i}`).join(', ')}];\n`;
  const byLine = await lintAs(`src/${fromLayer}/__lint_probe__.ts`, code);
  return Object.fromEntries(targets.map((target, i) => [target, byLine.get(i + 1) ?? []]));
}

const otherFeature = (feature: string) => features[(features.indexOf(feature) + 1) % features.length]!;

/** Each layer and the layers it may not import. */
const forbidden: [string, string[]][] = [
  ['engine', ['app', `features/${features[0]}`, 'components', 'progress', 'content', 'config']],
  ['config', ['app', `features/${features[0]}`, 'components', 'progress', 'content']],
  ['content', ['app', `features/${features[0]}`, 'components', 'progress']],
  ['progress', ['app', `features/${features[0]}`, 'components']],
  ['components', ['app', `features/${features[0]}`]],
  ['reporting', ['app', `features/${features[0]}`, 'components']],
  ['protocol', ['app', `features/${features[0]}`, 'components', 'progress', 'content', 'reporting']],
  ...features.map((feature): [string, string[]] => [`features/${feature}`, ['app', `features/${otherFeature(feature)}`]]),
];

/** Each layer and the layers it may import. */
const allowed: [string, string[]][] = [
  ['engine', ['engine']],
  ['config', ['engine']],
  ['content', ['engine', 'config', 'content']],
  ['progress', ['engine', 'config', 'content', 'progress']],
  ['components', ['engine', 'config', 'content', 'progress', 'components']],
  ...features.map((feature): [string, string[]] => [
    `features/${feature}`,
    ['engine', 'config', 'content', 'progress', 'components', `features/${feature}`],
  ]),
  ['app', ['engine', 'config', 'content', 'progress', 'components', ...features.map((feature) => `features/${feature}`)]],
];

describe('one-way imports', slow, () => {
  it('has layers and features to check', () => {
    expect(features.length).toBeGreaterThan(1);
    for (const layer of ['engine', 'config', 'content', 'progress', 'components', 'app']) expect(moduleIn(layer)).toBeTruthy();
  });

  describe.each(variants)('%s', (variant) => {
    it.each(forbidden)('src/%s may not import %j', async (fromLayer, targets) => {
      const found = await importsFrom(fromLayer, targets, variant);
      for (const target of targets) {
        // The import resolves (so the boundary rule could follow it) and the boundary rule reports it.
        expect({ target, rules: found[target] }).toEqual({ target, rules: ['import-x/no-restricted-paths'] });
      }
    });

    it.each(allowed)('src/%s may import %j', async (fromLayer, targets) => {
      const found = await importsFrom(fromLayer, targets, variant);
      for (const target of targets) expect({ target, rules: found[target] }).toEqual({ target, rules: [] });
    });
  });

  it('a lazy route module counts too: a feature may not import() another feature', async () => {
    const [feature] = features as [string];
    const target = specifier(`features/${feature}`, moduleIn(`features/${otherFeature(feature)}`), 'without extension');
    const found = await lintAs(`src/features/${feature}/__lint_probe__.ts`, `export const load = () => import('${target}');\n`);
    expect(found.get(1)).toEqual(['import-x/no-restricted-paths']);
  });

  it('type-only imports and re-exports cross a boundary too', async () => {
    const target = specifier('components', moduleIn(`features/${features[0]}`), 'without extension');
    const found = await lintAs(
      'src/components/__lint_probe__.ts',
      `import type * as types from '${target}';\nexport * from '${target}';\nexport type Probe = typeof types;\n`,
    );
    expect(found.get(1)).toEqual(['import-x/no-restricted-paths']);
    expect(found.get(2)).toEqual(['import-x/no-restricted-paths']);
  });

  it('outside the engine, only its entry points may be imported: no deep imports into its files', async () => {
    for (const layer of ['components', 'content', 'reporting', `features/${features[0]}`]) {
      const deep = specifier(layer, 'engine/attempt/answered.ts', 'with .ts extension');
      const entry = specifier(layer, 'engine/index.ts', 'with .ts extension');
      const grader = specifier(layer, 'engine/rewrite/index.ts', 'with .ts extension');
      const found = await lintAs(`src/${layer}/__lint_probe__.ts`, `import * as a from '${deep}';\nimport * as b from '${entry}';\nimport * as c from '${grader}';\nexport const x = [a, b, c];\n`);
      expect({ layer, deep: found.get(1), entry: found.get(2), grader: found.get(3) }).toEqual({ layer, deep: ['import-x/no-restricted-paths'], entry: undefined, grader: undefined });
    }
  });

  it('the server may import the engine and the live protocol, and nothing else of src/; the app may not import the server', async () => {
    const found = await lintAs(
      'server/__lint_probe__.ts',
      "import * as a from '../src/engine/index.ts';\nimport * as b from '../src/protocol/live.ts';\nimport * as c from '../src/progress/store.ts';\nexport const x = [a, b, c];\n",
    );
    expect([found.get(1), found.get(2), found.get(3)]).toEqual([undefined, undefined, ['import-x/no-restricted-paths']]);
    const back = await lintAs('src/components/__lint_probe__.ts', "import * as a from '../../server/rooms.ts';\nexport const x = [a];\n");
    expect(back.get(1)).toEqual(['import-x/no-restricted-paths']);
  });

  it('build-time tooling may read content and the engine, not the running app', async () => {
    const found = await lintAs(
      'content-checks/__lint_probe__.ts',
      "import * as a from '../src/content/quiz-schema.ts';\nimport * as b from '../src/progress/store.ts';\nexport const x = [a, b];\n",
    );
    expect([found.get(1), found.get(2)]).toEqual([undefined, ['import-x/no-restricted-paths']]);
  });

  it('the engine may not import React or zustand', async () => {
    const found = await lintAs(
      'src/engine/__lint_probe__.ts',
      "import { useState } from 'react';\nimport { create } from 'zustand';\nexport const x = [useState, create];\n",
    );
    expect(found.get(1)).toContain('no-restricted-imports');
    expect(found.get(2)).toContain('no-restricted-imports');
  });

  it('the engine may not touch the DOM or import.meta', async () => {
    const found = await lintAs('src/engine/__lint_probe__.ts', 'export const x = [window.innerWidth, import.meta.url];\n');
    expect(found.get(1)).toContain('no-restricted-globals');
    expect(found.get(1)).toContain('no-restricted-syntax');
  });

  it('an import that resolves to nothing is an error, so no boundary can be dodged by one', async () => {
    const found = await lintAs(
      'src/features/present/__lint_probe__.ts',
      [
        "import * as a from './does-not-exist';",
        "import * as b from '../quiz/does-not-exist.ts';",
        "import * as c from 'no-such-package';",
        'export const x = [a, b, c];',
        '',
      ].join('\n'),
    );
    expect(found.get(1)).toEqual(['import-x/no-unresolved']);
    expect(found.get(2)).toEqual(['import-x/no-unresolved']);
    expect(found.get(3)).toEqual(['import-x/no-unresolved']);
  });

  it("resolves Vite's @content alias and virtual:course like the build does", async () => {
    const lesson = readdirSync(path.join(root, 'content')).find((name) => existsSync(path.join(root, 'content', name, 'lesson.mdx')));
    expect(lesson).toBeDefined();
    const found = await lintAs(
      'src/content/__lint_probe__.ts',
      `import lesson from '@content/${lesson}/lesson.mdx';\nimport course from 'virtual:course';\nexport const x = [lesson, course];\n`,
    );
    expect([...found.values()].flat()).toEqual([]);
  });

  it('an import cycle is an error', async () => {
    // A real engine module that imports another one (a value import, which is what a cycle needs)...
    const dir = path.join(src, 'engine');
    const pair = readdirSync(dir)
      .filter((file) => file.endsWith('.ts'))
      .sort()
      .flatMap((importer) =>
        [...readFileSync(path.join(dir, importer), 'utf8').matchAll(/^import (?!type\b)[^;'"]*from '\.\/([\w-]+\.ts)';$/gm)]
          .filter((match) => !/\btype\b/.test(match[0]))
          .map((match) => ({ importer, imported: match[1]! })),
      )
      .find(({ imported }) => existsSync(path.join(dir, imported)));
    expect(pair).toBeDefined();
    const { importer, imported } = pair!;
    // ...so if the imported module imported it back, with or without the extension, lint would fail.
    for (const spec of [`./${importer}`, `./${importer.replace(/\.ts$/, '')}`]) {
      const found = await lintAs(`src/engine/${imported}`, `import * as back from '${spec}';\nexport const cycle = back;\n`);
      expect(found.get(1)).toContain('import-x/no-cycle');
    }
  });
});
