import { useEffect, type ReactNode } from 'react';

/**
 * Tells the page it is live: hydrated (a prerendered page) or first rendered. It renders nothing of its own, so the
 * prerendered HTML (src/app/prerender.tsx, without `onReady`) and the browser's first render are the same tree.
 */
export function AppReady({ onReady, children }: { onReady?: () => void; children: ReactNode }) {
  useEffect(() => {
    onReady?.();
  }, [onReady]);
  return children;
}
