/**
 * Whether #root holds this very page, rendered at build time (build/prerender-plugin.ts): not another page a host
 * fell back to, and not the page with a query that changes it (`/quizzes/x?attempt=…` is an attempt, not the quiz's
 * prerendered intro). No imports: the page's tiny entry (src/main.tsx) asks too.
 */
export function isPrerendered(root: HTMLElement | null, location: { pathname: string; search: string }): boolean {
  const page = root?.dataset.prerendered;
  const trim = (path: string) => path.replace(/(.)\/+$/, '$1');
  return page !== undefined && root?.firstElementChild != null && location.search === '' && trim(page) === trim(location.pathname);
}
