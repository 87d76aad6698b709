import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createRouter } from './app/router.tsx';
import { useProgressStore } from './progress/store.ts';
import { startTabSync } from './progress/sync.ts';
import { registerServiceWorker, reloadOnStaleChunk, watchConnection } from './components/layout/app-status.ts';
import './app/styles.css';

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

createRoot(root).render(
  <StrictMode>
    <RouterProvider router={createRouter()} />
  </StrictMode>,
);
