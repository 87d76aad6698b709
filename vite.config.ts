import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import remarkGfm from 'remark-gfm';
import { contentPlugin, resolveContentDir } from './vite-plugins/content-plugin.ts';
import { contentPreview, isLivePreview } from './vite-plugins/content-preview.ts';
import remarkLessonParts from './vite-plugins/remark-lesson-parts.ts';
import { cspPlugin } from './vite-plugins/csp-plugin.ts';
import { VitePWA } from 'vite-plugin-pwa';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { prerenderPlugin, shellPreview } from './vite-plugins/prerender-plugin.ts';
import { loadBrand } from './vite-plugins/brand.ts';
import { brandIconsPlugin, iconsFor } from './vite-plugins/brand-icons.ts';
import { APP_PALETTE } from './src/content/brand-colours.ts';

/**
 * The static site as an installable app that works offline after the first visit (vite-plugin-pwa, Workbox):
 * everything the build writes is precached, and a new version waits for the learner's "Reload" (registerType
 * prompt; the page registers the worker itself, see src/components/layout/app-status.ts). LMS packages get no
 * service worker: an LMS serves them from folders and iframes of its own. The app's name, theme colour and icons are
 * the brand's (content/brand.yaml).
 */
function pwa(livePreview: boolean) {
  let brand;
  try {
    brand = loadBrand(resolveContentDir(import.meta.dirname));
  } catch (error) {
    // Under `npm start` the page shows a broken brand.yaml (vite-plugins/content-preview.ts). The dev server serves
    // no manifest and no worker, so it can do without the plugin until it is started again.
    if (livePreview) return [];
    throw error;
  }
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['favicon.svg', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png'],
    manifest: {
      name: brand.appName ?? brand.course,
      short_name: brand.course,
      description: 'A short course for frontline staff on preventing and recovering from customer service breakdowns.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: APP_PALETTE.light.bg,
      theme_color: brand.resolved.light.primary,
      // The brand's own icons where it draws them (vite-plugins/brand-icons.ts), today's otherwise.
      icons: iconsFor(brand).manifest,
    },
    workbox: {
      // Every file of the build, whatever its type or size: a lesson opened offline must find all it needs.
      globPatterns: ['**/*'],
      globIgnores: ['**/*.map', 'sw.js', 'workbox-*.js'],
      maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
      // Prerendered pages are precached under their own URLs (`/lessons/x` is lessons/x.html); any other route
      // (an attempt, the join page) is the app's shell, rendered in the browser.
      navigateFallback: '/shell.html',
      cleanupOutdatedCaches: true,
    },
  });
}

/**
 * The tiny entry (src/main.tsx) wakes the app in steps, one import each (React, then the app's modules with the
 * router). Each step's import asks for the chunks of all the steps, so they download in parallel at the first step,
 * and only their running is spread over tasks. Every other dynamic import (a route, a lesson's content) asks for no
 * preloads: the browser fetches a chunk's own imports as it reads it, while inserting a <link rel=modulepreload>
 * per dependency cost a phone's main thread more (measured: about 25 ms on a quiz page's start) than the round trip
 * it saves once.
 */
function startupPreloads() {
  let steps: string[] = [];
  return {
    plugin: {
      name: 'frontline-startup-preloads',
      generateBundle: {
        order: 'pre' as const,
        // The chunks the app's start (src/start.tsx) needs before it runs: its own and what they import statically,
        // followed through, so a chunk only some routes share (the question kinds, say) is not fetched at startup.
        handler(_options: unknown, bundle: Record<string, { type: string; fileName: string; moduleIds?: string[]; imports?: string[] }>) {
          const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
          const start = chunks.find((chunk) => chunk.moduleIds?.some((id) => /src[\\/]start\.tsx$/.test(id)));
          const needed = new Set<string>();
          const visit = (fileName: string) => {
            if (needed.has(fileName)) return;
            needed.add(fileName);
            for (const dependency of bundle[fileName]?.imports ?? []) visit(dependency);
          };
          if (start) visit(start.fileName);
          steps = [...needed].filter((fileName) => !/(^|\/)boot-[\w-]+\.js$/.test(fileName));
        },
      },
    },
    resolveDependencies: (_file: string, deps: string[], { hostId }: { hostId: string }) =>
      /(^|\/)boot-[\w-]+\.js$/.test(hostId) ? [...new Set([...deps, ...steps])] : [],
  };
}
const startupChunks = startupPreloads();

/**
 * The app's own modules every page shares, kept in the `shared` chunk with the router and the store library. Listed
 * by path (a folder rule would add what only some pages use: all of src/progress/ weighs 9.5 KB more on home);
 * tests/architecture/chunks.test.ts fails when a path here no longer exists, so a rename cannot silently change the
 * bundles.
 */
export const SHARED_MODULES = [
  'src/start.tsx',
  'src/config/paths.ts',
  'src/progress/status.ts',
  'src/progress/store.ts',
  'src/progress/storage.ts',
  'src/progress/types.ts',
  'src/progress/merge.ts',
  'src/progress/migrations.ts',
  'src/progress/attempt-records.ts',
  'src/progress/course-rules.ts',
  'src/engine/attempt/percent.ts',
  'src/content/course.ts',
  'src/content/quizzes.ts',
  'src/components/ui/progress-bar.tsx',
];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\//g, '[\\\\/]');
const SHARED_TEST = new RegExp(`node_modules[\\\\/](react-router|zustand)[\\\\/]|(${SHARED_MODULES.map(escape).join('|')})$`);

/**
 * The unit tests, in two projects of one run (one report, reports/vitest.json): pure code (engine, content, build,
 * scripts, server, reporting, progress) is tested in Node, which starts in a fraction of jsdom's time; components,
 * features and the few tests of browser-only code run in jsdom, with the DOM setup (Testing Library, jest-dom, a
 * cleared localStorage).
 */
const DOM_TESTS = [
  'tests/components/**/*.test.{ts,tsx}',
  'tests/features/**/*.test.{ts,tsx}',
  // The SCORM session listens for pagehide/pageshow on a window and finds the LMS on it.
  'tests/reporting/session.test.ts',
];
const testProjects: TestProjectInlineConfiguration[] = [
  { extends: true, test: { name: 'node', environment: 'node', include: ['tests/**/*.test.{ts,tsx}'], exclude: DOM_TESTS } },
  { extends: true, test: { name: 'dom', environment: 'jsdom', include: DOM_TESTS, setupFiles: ['tests/setup-dom.ts'] } },
];

export default defineConfig((env) => ({
  plugins: [
    startupChunks.plugin,
    // Before contentPlugin: under `npm start` a content error is shown in the page rather than stopping the server.
    contentPreview(),
    contentPlugin({ livePreview: isLivePreview(env) }),
    brandIconsPlugin(() => loadBrand(resolveContentDir(import.meta.dirname))),
    cspPlugin(),
    {
      enforce: 'pre',
      ...mdx({
        remarkPlugins: [remarkFrontmatter, remarkMdxFrontmatter, remarkGfm, remarkLessonParts],
      }),
    },
    react({ include: /\.(mdx|tsx?)$/ }),
    prerenderPlugin(),
    shellPreview(),
    ...(process.env.VITE_REPORTING ? [] : [pwa(isLivePreview(env))]),
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
    // One stylesheet, linked from every page: a prerendered page must be styled before any script runs (a route's
    // own CSS would otherwise arrive with its script, and the page would jump).
    cssCodeSplit: false,
    // Every browser the course supports (es2022) has modulepreload: no polyfill in the first script.
    modulePreload: { polyfill: false, resolveDependencies: startupChunks.resolveDependencies },
    rolldownOptions: {
      output: {
        // What every page needs in two chunks, one per start-up step: React, then the router, the store library and
        // the app's shared modules. Few files: one gzip stream compresses better than several small ones
        // (first-visit budget: 110 KB on home).
        codeSplitting: {
          groups: [
            // What the tiny entry (src/main.tsx) needs before a prerendered page's first paint, and nothing else: the
            // helper that loads a chunk with its dependencies, and the check for a prerendered page.
            { name: 'boot', test: /src[\\/]main\.tsx|vite[\\/](preload-helper|modulepreload-polyfill)|src[\\/]app[\\/]prerendered\.ts/, priority: 10 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|src[\\/]app[\\/]wake\.ts/ },
            // Small modules every page shares, in one file rather than several (each file pays gzip's overhead).
            { name: 'shared', test: SHARED_TEST },
          ],
        },
      },
    },
  },
  test: {
    css: false,
    restoreMocks: true,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: testProjects,
  },
}));
