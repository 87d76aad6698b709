import { lazy, Suspense } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFound } from './not-found.tsx';
import { course } from '../content/course.ts';
import { support } from '../content/brand.ts';

/** Reload, the one way out that needs nothing more: shown at once, and alone if the rest cannot load. */
function ReloadOnly() {
  return (
    <div className="button-row">
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </div>
  );
}

// The other ways out (export, reset, home) load with the error, not with every page's first visit; if they cannot
// load (the connection is gone too), Reload stays.
const RouteErrorActions = lazy(() => import('./route-error-actions.tsx').catch(() => ({ default: ReloadOnly })));

/**
 * Route error boundary: a 404 becomes the "Page not found" page; anything else a friendly message, never a
 * blank page — and always a way out that needs no working page: export the progress, or reset it.
 */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound detail={typeof error.data === 'string' && error.data !== 'Not found' ? error.data : undefined} />;
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className="page page--narrow" role="alert">
      <title>{`Something went wrong · ${course.title}`}</title>
      <h1>Something went wrong</h1>
      <p>This page hit a problem and couldn’t be shown. Your saved progress is kept: you can export a copy of it here.</p>
      <Suspense fallback={<ReloadOnly />}>
        <RouteErrorActions />
      </Suspense>
      {support ? <p>If it happens again, contact {support}.</p> : null}
      <details>
        <summary>Technical details</summary>
        <pre className="error-detail">{detail}</pre>
      </details>
    </div>
  );
}
