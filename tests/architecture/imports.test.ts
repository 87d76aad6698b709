import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint rules that keep DESIGN.md's one-way imports true, checked against small snippets. */
const eslint = new ESLint({ cwd: path.resolve('.') });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('one-way imports', () => {
  it('the engine may not import React', async () => {
    expect(await ruleIds('src/engine/example.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toContain(
      'no-restricted-imports',
    );
  });

  it('the engine may not import zustand or the app', async () => {
    const ids = await ruleIds(
      'src/engine/example.ts',
      "import { create } from 'zustand';\nimport { paths } from '../config/paths.ts';\nexport const x = [create, paths];\n",
    );
    expect(ids).toContain('no-restricted-imports');
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('the engine may not touch the DOM or import.meta', async () => {
    const ids = await ruleIds('src/engine/example.ts', 'export const x = [window.innerWidth, import.meta.url];\n');
    expect(ids).toContain('no-restricted-globals');
    expect(ids).toContain('no-restricted-syntax');
  });

  it('features never import each other', async () => {
    expect(
      await ruleIds('src/features/dashboard/example.ts', "import { loader } from '../lessons/lesson-route.tsx';\nexport const x = loader;\n"),
    ).toContain('import-x/no-restricted-paths');
  });

  it('shared components may not import a feature', async () => {
    expect(
      await ruleIds('src/components/example.ts', "import { loader } from '../features/lessons/lesson-route.tsx';\nexport const x = loader;\n"),
    ).toContain('import-x/no-restricted-paths');
  });

  it('a feature may import shared code', async () => {
    expect(
      await ruleIds('src/features/dashboard/example.ts', "import { paths } from '../../config/paths.ts';\nexport const x = paths;\n"),
    ).toEqual([]);
  });
});
