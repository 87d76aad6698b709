import { useState } from 'react';
import { Link } from 'react-router';
import { useStorageStatus, type StorageStatus } from '../../progress/status.ts';
import { paths } from '../../config/paths.ts';
import { course } from '../../content/course.ts';
import { downloadText } from '../download.ts';
import { downloadProgress } from '../download-progress.ts';

/** While storage is full: what the learner's latest work survives, in so many words (storage.ts keeps it there). */
const KEPT: Record<NonNullable<StorageStatus['kept']>, string> = {
  spare:
    'Your work is kept in this browser’s spare storage instead, so reloading or closing the page loses nothing. It moves back as soon as there is room; until then, other tabs don’t see your latest work, and clearing this site’s data would delete it.',
  session:
    'Your work is kept for this tab only: reloading the page keeps it, but closing the tab loses what you did since saving failed.',
  memory: 'Your work is kept on this page only: reloading or closing it loses what you did since saving failed.',
};

/** Tells the learner when saving is not working, and never lets unreadable saved data vanish silently. */
export function StorageNotices() {
  const { mode, kept, corrupted, backup, newer } = useStorageStatus();
  const [dismissed, setDismissed] = useState(false);
  const [exported, setExported] = useState('');
  // One tap from the warning: the file "Export progress" on /progress writes, with everything this page holds.
  const onExport = () => {
    setExported(`Exported ${downloadProgress()}.`);
  };
  return (
    <>
      {corrupted && backup && !dismissed ? (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>Your saved progress couldn’t be read,</strong> so {course.title} started fresh. A copy of the old data was kept.
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
            <strong>Your saved progress comes from a newer version of {course.title}.</strong> It is kept unchanged in this browser, and
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
            <strong>Saving failed: your browser’s storage is full.</strong> {KEPT[kept ?? 'memory']} To keep a copy of everything, export
            it:
          </p>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={onExport}>
              Export progress
            </button>
            {exported ? <span>{exported}</span> : null}
          </div>
        </div>
      ) : null}
    </>
  );
}

