// ESLint flat config. Besides style and hooks/a11y checks, it keeps DESIGN.md's one-way imports true:
// app → features → (components, progress, content, config) → engine; features never import each other.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const zones = [
  // The engine is pure: it imports nothing of the app.
  ...['app', 'features', 'components', 'progress', 'content', 'config'].map((from) => ({
    target: './src/engine',
    from: `./src/${from}`,
    message: 'src/engine is pure: it may not import the app.',
  })),
  ...['app', 'features', 'components', 'progress'].map((from) => ({
    target: './src/content',
    from: `./src/${from}`,
    message: 'src/content may import only the engine.',
  })),
  ...['app', 'features', 'components'].map((from) => ({
    target: './src/progress',
    from: `./src/${from}`,
    message: 'src/progress may import only content and the engine.',
  })),
  ...['app', 'features'].map((from) => ({
    target: './src/components',
    from: `./src/${from}`,
    message: 'Shared components may not import features or the app.',
  })),
  { target: './src/features', from: './src/app', message: 'Features may not import the app.' },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: move what they share to components/, progress/ or content/.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'reports', '.bench', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones }],
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
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', 'zod', 'react-router', '@testing-library/*'],
              message: 'src/engine is pure TypeScript: no React, DOM, Zustand or schema libraries.',
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
    files: ['tests/**/*.{ts,tsx}', 'build/**/*.ts', 'scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Scripts, e2e tests and config are Node code.
    files: ['scripts/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
