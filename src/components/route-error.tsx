import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '../config/paths.ts';
import { NotFound } from './not-found.tsx';

/** Route error boundary: a 404 becomes the "Page not found" page; anything else a friendly message, never a blank page. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className="page page--narrow" role="alert">
      <title>Something went wrong · Frontline</title>
      <h1>Something went wrong</h1>
      <p>This page hit a problem and couldn’t be shown. Your saved progress is safe.</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>{' '}
        <Link to={paths.home()}>Go to the course home</Link>
      </p>
      <details>
        <summary>Technical details</summary>
        <pre className="error-detail">{detail}</pre>
      </details>
    </div>
  );
}
