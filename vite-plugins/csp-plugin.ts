import type { Plugin } from 'vite';

/**
 * The course makes no request to any other site and runs no inline script, so the built page says so in a
 * Content-Security-Policy: an injected script or a leak to another origin is refused by the browser.
 * Build only: the dev server injects inline scripts for hot reload. `frame-ancestors` cannot be set from a
 * meta tag (and LMSs frame the course anyway).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function cspPlugin(policy: string = CSP): Plugin {
  return {
    name: 'frontline-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
    },
  };
}
