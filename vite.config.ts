/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import remarkGfm from 'remark-gfm';
import { contentPlugin, resolveContentDir } from './build/content-plugin.ts';
import remarkLessonParts from './build/remark-lesson-parts.ts';
import { cspPlugin } from './build/csp-plugin.ts';

export default defineConfig(() => ({
  plugins: [
    contentPlugin(),
    cspPlugin(),
    {
      enforce: 'pre',
      ...mdx({
        remarkPlugins: [remarkFrontmatter, remarkMdxFrontmatter, remarkGfm, remarkLessonParts],
      }),
    },
    react({ include: /\.(mdx|tsx?)$/ }),
  ],
  resolve: {
    alias: { '@content': resolveContentDir(import.meta.dirname) },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    // Fail loudly rather than ship a half-built course.
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // What every page needs (React, the router, the store library) as one chunk: one request, and one gzip
        // stream compresses better than several small ones (first-visit budget: 110 KB on home).
        advancedChunks: {
          groups: [{ name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|react-router|zustand)[\\/]/ }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    css: false,
    restoreMocks: true,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
}));
