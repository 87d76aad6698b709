import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No import cycle anywhere in the product, its server or its build tools, type-only imports included: a cycle is
 * two modules that cannot be understood, tested or moved apart (docs/architecture.md).
 */
const root = path.resolve(import.meta.dirname, '../..');
const SCANNED = ['src', 'server', 'vite-plugins', 'content-checks', 'scripts'];

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sources(rel);
    return /\.(tsx?|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [rel] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** The modules a file imports, as paths relative to the root (relative imports only; packages cannot cycle back). */
function importsOf(file: string, text: string): string[] {
  return [...text.matchAll(IMPORT)].flatMap((match) => {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), (match[1] ?? match[2])!.split('?')[0]!));
    const candidates = [target, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`];
    const found = candidates.find((candidate) => /\.(tsx?|mjs)$/.test(candidate) && existsSync(path.join(root, candidate)));
    return found ? [found] : [];
  });
}

/** Every cycle in the graph, each as its files in import order (found by depth-first search, each reported once). */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('imports', () => {
  it('form no cycle', () => {
    const files = SCANNED.flatMap(sources);
    const graph = new Map(files.map((file) => [file, importsOf(file, readFileSync(path.join(root, file), 'utf8'))]));
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('a cycle is found (the check can fail)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cyclesOf(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});
