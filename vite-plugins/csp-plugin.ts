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

/**
 * The policy for a build: the site's own, or for the cmi5 package one that lets the course reach the LMS's LRS,
 * whose address it learns only at launch (any origin, over http or https; nothing else widens).
 */
export function cspFor(reporting: string | undefined): string {
  if (reporting !== 'cmi5') return CSP;
  return CSP.split('; ')
    .map((directive) => (directive.startsWith('connect-src ') ? "connect-src 'self' https: http:" : directive))
    .join('; ');
}

/** Parses a policy into its directives (name → sources), as a browser reads it; for tests of built pages. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

export function cspPlugin(policy: string = cspFor(process.env.VITE_REPORTING)): Plugin {
  return {
    name: 'frontline-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
    },
  };
}
