import { useState } from 'react';
import { Link } from 'react-router';
import { useStorageStatus } from '../../progress/status.ts';
import { paths } from '../../config/paths.ts';
import { downloadText } from '../download.ts';

/** Tells the learner when saving is not working, and never lets unreadable saved data vanish silently. */
export function StorageNotices() {
  const { mode, corrupted, backup, newer } = useStorageStatus();
  const [dismissed, setDismissed] = useState(false);
  return (
    <>
      {corrupted && backup && !dismissed ? (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>Your saved progress couldn’t be read,</strong> so Frontline started fresh. A copy of the old data was kept.
          </p>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => downloadText(backup, 'frontline-progress-backup.json')}>
              Download the backup
            </button>
            <button type="button" className="button button--secondary" onClick={() => setDismissed(true)}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
      {newer ? (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>Your saved progress comes from a newer version of Frontline.</strong> It is kept unchanged in this browser, and
            nothing here will overwrite it. Open the course’s newest version to carry on, or download a copy. Work done on this
            page isn’t saved.
          </p>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => downloadText(newer, 'frontline-progress-newer-version.json')}>
              Download your saved progress
            </button>
          </div>
        </div>
      ) : null}
      {mode === 'blocked' ? (
        <div className="notice" role="status">
          <p>
            <strong>Your browser is blocking storage,</strong> so progress won’t be kept after you close this page. Use{' '}
            <Link to={paths.progress()}>Export progress</Link> to keep a copy.
          </p>
        </div>
      ) : null}
      {mode === 'full' ? (
        <div className="notice" role="status">
          <p>
            <strong>Saving failed: your browser’s storage is full.</strong> Your work is kept on this page and will be saved as soon as
            there is room. To be safe, use <Link to={paths.progress()}>Export progress</Link>.
          </p>
        </div>
      ) : null}
    </>
  );
}

