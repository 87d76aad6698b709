import './app/styles.css';

/**
 * The page's entry, kept tiny. A prerendered page (build/prerender-plugin.ts) is readable as soon as its HTML and
 * stylesheet are in: the app's script is requested only after that first paint, so on a slow connection it does
 * not compete with them. Any other page (the shell, an LMS package) starts the app at once.
 */
const start = () => import('./start.tsx');

function afterFirstPaint(run: () => void) {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    void run();
  };
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    // No paint timing in this browser: start after the first frame.
    requestAnimationFrame(() => setTimeout(go, 0));
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    go();
  });
  observer.observe({ type: 'paint', buffered: true });
  // A page that never reports its paint (it always has text to paint): start anyway.
  setTimeout(go, 3000);
}

// (A tab opened in the background paints nothing: it starts at once.)
if (document.getElementById('root')?.dataset.prerendered === undefined || document.visibilityState === 'hidden') void start();
else afterFirstPaint(start);
