/** The app itself: loaded by main.tsx (at once, or once a prerendered page has been painted), which calls `render`. */
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createRouter, routerReady } from './app/router.tsx';
import { isPrerendered } from './app/prerendered.ts';
import { AppReady } from './app/app-ready.tsx';
import { useProgressStore } from './progress/store.ts';
import { startTabSync } from './progress/sync.ts';
import { registerServiceWorker, reloadOnStaleChunk, watchConnection } from './components/layout/app-status.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Another tab's saved work shows here too, merged rather than overwritten.
startTabSync(useProgressStore);

watchConnection();
let router: ReturnType<typeof createRouter> | undefined;
// A chunk gone after a deploy is most often the next page's: the reload goes where the learner was going.
reloadOnStaleChunk(() => {
  const next = router?.state.navigation.location;
  if (router && next) window.history.replaceState(window.history.state, '', router.createHref(next));
  window.location.reload();
});
// The static site works offline after a first visit. Not in an LMS package (an LMS serves it from origins and
// iframes of its own) nor from the workshop server (its pages differ from the built ones), nor in development.
if (import.meta.env.PROD && !import.meta.env.VITE_REPORTING && !document.querySelector('meta[name="frontline-live"]')) {
  registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`);
}

/** Renders the app into #root, or hydrates the prerendered page there; `onReady` runs once the page is live. */
export async function render(onReady: () => void) {
  // In an LMS package: connect to the LMS and restore the learner's progress from it first (the static site has
  // nothing to wait for). Not a top-level await: the pages' chunks import this one's modules, and would wait on it.
  if (import.meta.env.VITE_REPORTING) await (await import('./reporting/index.ts')).startReporting(useProgressStore);
  router = createRouter();
  const app = (
    <StrictMode>
      <AppReady onReady={onReady}>
        <RouterProvider router={router} />
      </AppReady>
    </StrictMode>
  );
  // A prerendered page (vite-plugins/prerender-plugin.ts) is hydrated once the router has loaded what the page needs, so
  // the first render matches the HTML; saved progress fills in right after (the store's hooks render the empty store
  // while hydrating). A host that answers an unknown route with home's page gets a fresh render instead.
  if (isPrerendered(root, router.state.location)) {
    // As a transition, hydration yields to the browser between pieces of work (the page is already on screen).
    void routerReady(router).then(() =>
      startTransition(() => {
        hydrateRoot(root!, app, {
          onRecoverableError: (error) => console.error('Frontline: the prerendered page did not match its first render.', error),
        });
      }),
    );
  } else {
    root!.replaceChildren();
    createRoot(root!).render(app);
  }
}
