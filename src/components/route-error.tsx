import { useState } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '../config/paths.ts';
import { pickData, useProgressStore } from '../progress/store.ts';
import { exportProgress } from '../progress/export.ts';
import { downloadText } from './download.ts';
import { NotFound } from './not-found.tsx';

/**
 * Route error boundary: a 404 becomes the "Page not found" page; anything else a friendly message, never a
 * blank page — and always a way out that needs no working page: export the progress, or reset it.
 */
export function RouteError() {
  const error = useRouteError();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound detail={typeof error.data === 'string' && error.data !== 'Not found' ? error.data : undefined} />;
  const detail = error instanceof Error ? error.message : String(error);
  const onExport = () => {
    const { filename, json } = exportProgress(pickData(useProgressStore.getState()));
    downloadText(json, filename);
    setMessage(`Exported ${filename}.`);
  };
  const onReset = () => {
    useProgressStore.getState().reset();
    setConfirming(false);
    setMessage('Your progress was reset. Reload the page to start again.');
  };
  return (
    <div className="page page--narrow" role="alert">
      <title>Something went wrong · Frontline</title>
      <h1>Something went wrong</h1>
      <p>This page hit a problem and couldn’t be shown. Your saved progress is kept: you can export a copy of it here.</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <button type="button" className="button button--secondary" onClick={onExport}>
          Export progress
        </button>
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          Reset progress
        </button>
        <Link to={paths.home()}>Go to the course home</Link>
      </div>
      {/* The safe choice, Cancel, takes focus: a stray Enter must not erase a learner's work. */}
      {confirming ? (
        <div className="transfer__confirm" role="group" aria-label="Confirm reset">
          <p>Reset deletes your lessons, quiz attempts and reflections in this browser. Export a copy first if you may need it.</p>
          <div className="button-row">
            <button type="button" className="button button--secondary" ref={(el) => el?.focus()} onClick={() => setConfirming(false)}>
              Cancel
            </button>
            <button type="button" className="button button--danger" onClick={onReset}>
              Yes, reset everything
            </button>
          </div>
        </div>
      ) : null}
      <p role="status">{message}</p>
      <details>
        <summary>Technical details</summary>
        <pre className="error-detail">{detail}</pre>
      </details>
    </div>
  );
}
