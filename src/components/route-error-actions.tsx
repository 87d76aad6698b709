import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../config/paths.ts';
import { useProgressStore } from '../progress/store.ts';
import { downloadProgress } from './download-progress.ts';

/** The error page's ways out: reload, export the progress, reset it (confirmed), or go home. Loaded with the error. */
export default function RouteErrorActions() {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const onExport = () => {
    setMessage(`Exported ${downloadProgress()}.`);
  };
  const onReset = () => {
    useProgressStore.getState().reset();
    setConfirming(false);
    setMessage('Your progress was reset. Reload the page to start again.');
  };
  return (
    <>
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
    </>
  );
}
