/** The app itself: started by main.tsx (at once, or once a prerendered page has been painted). */
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createRouter, isPrerendered, routerReady } from './app/router.tsx';
import { useProgressStore } from './progress/store.ts';
import { startTabSync } from './progress/sync.ts';
import { registerServiceWorker, reloadOnStaleChunk, watchConnection } from './components/layout/app-status.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Another tab's saved work shows here too, merged rather than overwritten.
startTabSync(useProgressStore);

// In an LMS package: connect to the LMS and restore the learner's progress from it first (the static site has nothing to wait for).
if (import.meta.env.VITE_REPORTING) await (await import('./reporting/index.ts')).startReporting(useProgressStore);

watchConnection();
reloadOnStaleChunk();
// The static site works offline after a first visit. Not in an LMS package (an LMS serves it from origins and
// iframes of its own) nor from the workshop server (its pages differ from the built ones), nor in development.
if (import.meta.env.PROD && !import.meta.env.VITE_REPORTING && !document.querySelector('meta[name="frontline-live"]')) {
  registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`);
}

const router = createRouter();
const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);
// A prerendered page (build/prerender-plugin.ts) is hydrated once the router has loaded what the page needs, so the
// first render matches the HTML; saved progress fills in right after (the store's hooks render the empty store
// while hydrating). A host that answers an unknown route with home's page gets a fresh render instead.
if (isPrerendered(root, router.state.location.pathname)) {
  // Not a top-level await: the entry would then hold the modules it shares with the pages, split into small chunks.
  // As a transition, hydration yields to the browser between pieces of work (the page is already on screen).
  void routerReady(router).then(() =>
    startTransition(() => {
      hydrateRoot(root, app, {
        onRecoverableError: (error) => console.error('Frontline: the prerendered page did not match its first render.', error),
      });
    }),
  );
} else {
  root.replaceChildren();
  createRoot(root).render(app);
}
