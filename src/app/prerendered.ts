/**
 * Whether #root holds this very page, rendered at build time (vite-plugins/prerender-plugin.ts): not another page a host
 * fell back to, and not the page with a query that changes it (`/quizzes/x?attempt=…` is an attempt, not the quiz's
 * prerendered intro). No imports: the page's tiny entry (src/main.tsx) asks too.
 */
export function isPrerendered(root: HTMLElement | null, location: { pathname: string; search: string }): boolean {
  const page = root?.dataset.prerendered;
  const trim = (path: string) => path.replace(/(.)\/+$/, '$1');
  return page !== undefined && root?.firstElementChild != null && location.search === '' && trim(page) === trim(location.pathname);
}

/**
 * A prerendered page too long to carry the whole stylesheet carries the rules its markup uses, and links the whole
 * stylesheet for print only, marked with this attribute, so it does not hold up the first paint
 * (vite-plugins/prerender-plugin.ts).
 */
export const DEFERRED_STYLESHEET = 'data-deferred-stylesheet';

/**
 * Applies such a page's whole stylesheet (fetched meanwhile), and resolves once it is in: what the app shows next
 * (saved progress, feedback, another page) needs rules the prerendered markup did not. A stylesheet that cannot load
 * (no network, no cached copy) holds nothing up.
 */
export function applyDeferredStylesheet(): Promise<void> {
  const link = document.querySelector<HTMLLinkElement>(`link[${DEFERRED_STYLESHEET}]`);
  if (!link) return Promise.resolve();
  const loaded = new Promise<void>((resolve) => {
    if (link.sheet) return resolve();
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  link.media = 'all';
  link.removeAttribute(DEFERRED_STYLESHEET);
  return loaded;
}
