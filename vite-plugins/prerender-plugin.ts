import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import Beasties from 'beasties';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { DEFERRED_STYLESHEET } from '../src/app/prerendered.ts';

/**
 * Prerendering: after the static site is built, every page that is the same for everyone (src/app/prerender.tsx
 * lists them) is rendered to HTML, so its text is on screen before the script has loaded; the script then
 * hydrates it (src/main.tsx). React Router's own prerendering needs its framework mode; this app uses data mode
 * (createBrowserRouter), so the pages are rendered with its static handler, in a server build of the app.
 *
 * Each page is written as `<path>.html` (home is index.html), which static hosts, `vite preview` and the service
 * worker's precache all serve for `<path>`. `shell.html` is the page without prerendered content, for every
 * other route (an attempt, the join page): the service worker and `vite preview` fall back to it.
 *
 * Runs before vite-plugin-pwa writes the service worker, so the pages are precached too. Not in LMS packages
 * (they route in the URL's hash, so the server only ever sees one page).
 */

export const SHELL = 'shell.html';

/**
 * What a new connection delivers in its first round trip: TCP's initial window of ten 1460-byte segments, less room
 * for the response headers. A page (gzip) that fits arrives whole before the browser could have asked for anything.
 */
export const FIRST_ROUND_TRIP = 10 * 1460 - 600;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (value: string) => value.replace(/&(amp|quot|#x27|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The page's policy allows exactly the styles written into it: the style attributes React wrote (a progress bar's
 * width, a slide's text size; without them the browser would refuse them, and hydration does not write them
 * again), and the stylesheet in its <style> element.
 */
export function allowStyles(html: string, body: string, sheets: readonly string[] = []): string {
  const attributes = [...new Set([...body.matchAll(/ style="([^"]*)"/g)].map((match) => decode(match[1] ?? '')))].map(sha256);
  if (attributes.length === 0 && sheets.length === 0) return html;
  const hashes = [...(attributes.length > 0 ? ["'unsafe-hashes'", ...attributes] : []), ...sheets.map(sha256)];
  const extra = ` ${hashes.map((hash) => hash.replaceAll("'", '&#39;')).join(' ')}`;
  const next = html.replace(/(style-src (?:&#39;|')self(?:&#39;|'))/, `$1${extra}`);
  if (next === html) throw new Error('prerender: the page has no style-src in its Content-Security-Policy to extend');
  return next;
}

export const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/;

/** The stylesheet the built index.html links to (the build writes one: `cssCodeSplit: false`). */
export function linkedStylesheet(template: string): string {
  const href = STYLESHEET_LINK.exec(template)?.[1];
  if (!href) throw new Error('prerender: index.html links no stylesheet');
  return href;
}

/**
 * How a page brings its styles. `whole`: the stylesheet inside the page, which then paints after one request instead
 * of two, a round trip sooner on a slow phone connection. `critical`: only the rules the page's markup uses inside it
 * (too long a page to carry them all), the whole stylesheet linked for print only, so it does not hold up the first
 * paint; src/main.tsx applies it (applyDeferredStylesheet) before the page goes live. Without either, the page links the stylesheet (the shell).
 */
export type PageStyles = { whole: string } | { critical: string };

/** The built index.html with one page's markup, title, styles and policy. */
export function pageHtml(template: string, url: string, markup: string, styles?: PageStyles): string {
  // React writes the page's <title> first (it belongs in the head).
  const title = /^<title>[^<]*<\/title>/.exec(markup)?.[0];
  const body = title ? markup.slice(title.length) : markup;
  let html = template;
  if (title) html = html.replace(/<title>[^<]*<\/title>/, title);
  const root = '<div id="root"></div>';
  if (!html.includes(root)) throw new Error('prerender: index.html has no empty <div id="root"></div>');
  html = html.replace(root, () => `<div id="root" data-prerendered="${url}">${body}</div>`);
  if (styles === undefined) return allowStyles(html, body);
  const css = 'whole' in styles ? styles.whole : styles.critical;
  if (css.includes('</style')) throw new Error('prerender: the stylesheet cannot go inside a <style> element');
  const deferred = (link: string) => ('whole' in styles ? '' : link.replace('rel="stylesheet"', `rel="stylesheet" media="print" ${DEFERRED_STYLESHEET}`));
  html = html.replace(STYLESHEET_LINK, (link) => `<style>${css}</style>${deferred(link)}`);
  return allowStyles(html, body, [css]);
}

/** The rules of `css` that apply to `markup` (in any state: hover, focus, dark mode, print), found by beasties. */
export async function criticalCss(css: string, markup: string): Promise<string> {
  // A rule for a state of any element (`:focus-visible`) names no element to find: it is always kept.
  const beasties = new Beasties({ external: false, reduceInlineStyles: true, allowRules: [/^:[a-z-]+$/], logLevel: 'warn' });
  const html = await beasties.process(`<!doctype html><html><head><style>${css}</style></head><body><div id="root">${markup}</div></body></html>`);
  return /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
}

/** Where a page's file goes: index.html for home, `<path>.html` otherwise. */
export function pageFile(url: string): string {
  return url === '/' ? 'index.html' : `${url.replace(/^\/+|\/+$/g, '')}.html`;
}

interface PrerenderModule {
  prerenderUrls: () => Promise<string[]>;
  prerender: (url: string) => Promise<{ url: string; status: number; html: string }>;
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'frontline-prerender',
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr && !process.env.VITE_REPORTING,
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      sequential: true,
      order: 'pre',
      async handler() {
        const outDir = path.resolve(config.root, config.build.outDir);
        // One folder per build: checkouts that share node_modules (worktrees, a CI run beside an engineer's build)
        // must not build into, or delete, each other's server bundle.
        const serverDir = path.resolve(config.root, `node_modules/.frontline-prerender-${process.pid}-${randomUUID().slice(0, 8)}`);
        try {
          await prerenderInto(serverDir, outDir);
        } finally {
          rmSync(serverDir, { recursive: true, force: true });
        }
      },
    },
  };

  async function prerenderInto(serverDir: string, outDir: string) {
    await build({
      configFile: config.configFile,
      mode: config.mode,
      logLevel: 'warn',
      build: { ssr: path.resolve(config.root, 'src/app/prerender.tsx'), outDir: serverDir, emptyOutDir: true, copyPublicDir: false },
    });
    const module = (await import(`${pathToFileURL(path.join(serverDir, 'prerender.js')).href}?t=${Date.now()}`)) as PrerenderModule;
    const template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    writeFileSync(path.join(outDir, SHELL), template);
    const css = readFileSync(path.join(outDir, linkedStylesheet(template).replace(config.base, '')), 'utf8');
    const urls = await module.prerenderUrls();
    for (const url of urls) {
      const page = await module.prerender(url);
      if (page.status !== 200) throw new Error(`prerender: ${url} answered ${page.status}, not 200`);
      const file = path.join(outDir, pageFile(url));
      mkdirSync(path.dirname(file), { recursive: true });
      // The stylesheet goes inside a page that still arrives in the connection's first round trip with it; a
      // longer page (a lesson) carries only the rules its markup uses, and gets the rest after its first paint.
      const whole = pageHtml(template, url, page.html, { whole: css });
      const fits = gzipSync(whole).length <= FIRST_ROUND_TRIP;
      writeFileSync(file, fits ? whole : pageHtml(template, url, page.html, { critical: await criticalCss(css, page.html) }));
    }
    config.logger.info(`prerendered ${urls.length} pages`);
  }
}

/** For `vite preview`: a route with no page of its own gets the shell, not home's prerendered page. */
export function shellFallback(root: string, pathname: string): string | undefined {
  if (path.extname(pathname) || pathname === '/') return undefined;
  const page = path.join(root, pageFile(pathname));
  return existsSync(page) ? undefined : `/${SHELL}`;
}

/** `vite preview` serves the shell, not home's page, for a route without a page of its own (as the service worker does). */
export function shellPreview(): Plugin {
  return {
    name: 'frontline-shell-preview',
    apply: (_config, env) => env.isPreview === true,
    configurePreviewServer(server) {
      const root = path.resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, _response, next) => {
        const accept = request.headers.accept ?? '';
        if ((request.method === 'GET' || request.method === 'HEAD') && (accept === '' || accept.includes('text/html'))) {
          let pathname: string | undefined;
          try {
            pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
          } catch {
            pathname = undefined;
          }
          const shell = pathname === undefined ? undefined : shellFallback(root, pathname);
          if (shell && existsSync(path.join(root, SHELL))) request.url = shell;
        }
        next();
      });
    },
  };
}
