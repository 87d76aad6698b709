// ESLint flat config. Besides style and hooks/a11y checks, it keeps the one-way imports of docs/architecture.md true:
// app → features → (components, progress, content, config) → engine; features never import each other.
// Every import is resolved the way TypeScript and Vite resolve it (with or without the `.ts` extension, relative or
// through an alias), and one that resolves to nothing is an error: a boundary rule cannot be dodged by an import it
// cannot follow. tests/architecture/imports.test.ts proves each rule fires.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const root = import.meta.dirname;

const features = readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const zones = [
  // The engine is pure: it imports nothing of the app, including folders added later.
  {
    target: './src/engine',
    from: './src',
    except: ['./engine'],
    message: 'src/engine is pure: it may not import the app.',
  },
  ...['app', 'features', 'components', 'progress', 'content'].map((from) => ({
    target: './src/config',
    from: `./src/${from}`,
    message: 'src/config may import only the engine.',
  })),
  ...['app', 'features', 'components', 'progress'].map((from) => ({
    target: './src/content',
    from: `./src/${from}`,
    message: 'src/content may import only config and the engine.',
  })),
  ...['app', 'features', 'components'].map((from) => ({
    target: './src/progress',
    from: `./src/${from}`,
    message: 'src/progress may import only content, config and the engine.',
  })),
  ...['app', 'features'].map((from) => ({
    target: './src/components',
    from: `./src/${from}`,
    message: 'Shared components may not import features or the app.',
  })),
  { target: './src/features', from: './src/app', message: 'Features may not import the app.' },
  // Reporting (the LMS adapters) reads progress and content and grades with the engine; it never imports the UI.
  ...['app', 'features', 'components'].map((from) => ({
    target: './src/reporting',
    from: `./src/${from}`,
    message: 'src/reporting may import only progress, content, config and the engine.',
  })),
  // The live protocol is shared by the browser and the server: it may import the engine and nothing else of the app.
  { target: './src/protocol', from: './src', except: ['./engine', './protocol'], message: 'src/protocol may import only the engine.' },
  // The workshop server runs beside the app: of src/ it may use the engine and the live protocol only.
  { target: './server', from: './src', except: ['./engine', './protocol'], message: 'server/ may import only src/engine and src/protocol.' },
  // Build-time tooling (Vite plugins, content checks) reads content and the engine, never the running app.
  {
    target: './content-checks',
    from: './src',
    except: ['./content', './engine'],
    message: 'content-checks/ may import only src/content and src/engine.',
  },
  // The prerender plugin renders the app's own pages, so vite-plugins/ may also import src/app.
  {
    target: './vite-plugins',
    from: './src',
    except: ['./content', './engine', './app'],
    message: 'vite-plugins/ may import only src/content, src/engine and src/app.',
  },
  // Nothing in the app imports the server, the build tooling or the scripts.
  ...['server', 'vite-plugins', 'content-checks', 'scripts'].map((from) => ({
    target: './src',
    from: `./${from}`,
    message: `src/ may not import ${from}/: it runs in the browser.`,
  })),
  // The engine's public entry points: index.ts (everything) and rewrite/index.ts (the rewrite grader alone, which a
  // lesson widget loads lazily). Deep imports would tie callers to the engine's inner files.
  ...['app', 'features', 'components', 'progress', 'content', 'reporting', 'protocol', 'config'].map((layer) => ({
    target: `./src/${layer}`,
    from: './src/engine',
    except: ['./index.ts', './rewrite/index.ts'],
    message: 'Import the engine through src/engine/index.ts (or rewrite/index.ts for the lazily loaded grader).',
  })),
  ...['server', 'vite-plugins', 'content-checks', 'scripts'].map((tool) => ({
    target: `./${tool}`,
    from: './src/engine',
    except: ['./index.ts', './rewrite/index.ts'],
    message: 'Import the engine through src/engine/index.ts.',
  })),
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: move what they share to components/, progress/ or content/.',
  })),
];

const tsExtensions = ['.ts', '.tsx', '.mts', '.cts'];

/** How import-x follows an import: like TypeScript (tsconfig, `.ts` or no extension, types), then like Node. */
const importSettings = {
  'import-x/extensions': [...tsExtensions, '.js', '.jsx', '.mjs', '.cjs'],
  'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
  'import-x/parsers': { '@typescript-eslint/parser': tsExtensions },
  'import-x/resolver-next': [
    createTypeScriptImportResolver({
      project: path.join(root, 'tsconfig.json'),
      alwaysTryTypes: true,
      // Vite's alias (vite.config.ts); import.meta.glob uses it today, an import would too.
      alias: { '@content': [path.join(root, 'content')] },
    }),
    createNodeResolver(),
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'release', 'node_modules', 'test-results', 'playwright-report', 'reports', '.bench', '.tmp', 'server/data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    settings: importSettings,
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones }],
      // `virtual:` modules are served by vite-plugins/content-plugin.ts and typed in src/content/virtual.d.ts.
      'import-x/no-unresolved': ['error', { ignore: ['^virtual:'] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'The engine may use zod/mini only (pure and small), not full zod.' }],
          patterns: [
            {
              // zod/mini is allowed: the attempt's data shapes (responses, grade) are schemas with inferred types, and
              // zod/mini is pure and tree-shakes; full zod stays out of the engine (and out of the first download).
              group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', 'zod/*', '!zod/mini', 'react-router', '@testing-library/*'],
              message: 'src/engine is pure TypeScript: no React, DOM or Zustand, and of schema libraries only zod/mini.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'The engine may not touch the DOM.' },
        { name: 'document', message: 'The engine may not touch the DOM.' },
        { name: 'localStorage', message: 'The engine may not touch storage.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MetaProperty[meta.name='import']", message: 'The engine may not use import.meta.' },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'vite-plugins/**/*.ts', 'content-checks/**/*.ts', 'scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Scripts, e2e tests and config are Node code.
    files: ['scripts/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
