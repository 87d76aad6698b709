/**
 * Serves the built course (dist/) the way a static host would — files, then index.html for every page route —
 * with one difference: index.html carries `<meta name="frontline-live">`, which is how the app knows it may
 * offer the live workshop, and its Content-Security-Policy also allows this host's WebSocket.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** A Host header is echoed into the page's policy only if it looks like a host (no quotes, no spaces). */
const HOST = /^[a-z0-9.\-[\]:]{1,255}$/i;

export function liveIndexHtml(html: string, host: string | undefined): string {
  let page = html.replace(/<head>/i, '<head>\n    <meta name="frontline-live" content="1" />');
  if (host && HOST.test(host)) {
    page = page.replace(/connect-src (&#39;|')self\1/, (match) => `${match} ws://${host} wss://${host}`);
  }
  return page;
}

export function createStaticHandler(distDir: string) {
  const root = path.resolve(distDir);
  const indexFile = path.join(root, 'index.html');
  // The app's shell (a build with prerendered pages writes one): the workshop's pages are rendered in the browser,
  // with their live parts, so none is served as its prerendered HTML (home's is index.html).
  const shellFile = path.join(root, 'shell.html');

  return (request: IncomingMessage, response: ServerResponse) => {
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    // The built site's service worker and web app manifest are for the static site. Served from here they would
    // cache pages without the live marker, and a phone would reopen the course without its live parts.
    if (/^\/(sw\.js|workbox-[\w-]+\.js|manifest\.webmanifest)$/.test(pathname)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not served by the workshop server: the static site’s offline files.');
      return;
    }
    // Dotfiles (.env, .git/…) are never the course: a stray one in the served folder stays on the laptop.
    if (pathname.split('/').some((segment) => segment.startsWith('.'))) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const file = path.join(root, path.normalize(pathname));
    if (file.startsWith(root + path.sep) && file !== indexFile && file !== shellFile && !file.endsWith('.html')) {
      const stat = statSync(file, { throwIfNoEntry: false });
      if (stat?.isFile()) {
        const immutable = pathname.startsWith('/assets/');
        response.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'content-length': stat.size,
          'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
          'x-content-type-options': 'nosniff',
        });
        if (method === 'HEAD') response.end();
        else createReadStream(file).pipe(response);
        return;
      }
      // A missing asset is a 404, not the app shell (a stale tab asking for an old chunk must fail loudly).
      if (path.extname(pathname)) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
    }
    let html: string;
    try {
      html = readFileSync(existsSync(shellFile) ? shellFile : indexFile, 'utf8');
    } catch {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('The course is not built yet: run `npx vite build`.');
      return;
    }
    const body = liveIndexHtml(html, request.headers.host);
    response.writeHead(200, {
      'content-type': TYPES['.html']!,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    response.end(method === 'HEAD' ? undefined : body);
  };
}
