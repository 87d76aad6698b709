import { useAppStatus } from './app-status.ts';

/** "A new version is available": shown until the learner chooses to reload; nothing reloads under them. */
export function UpdateNotice() {
  const update = useAppStatus((s) => s.update);
  if (!update) return null;
  return (
    <div className="notice app-notice" role="status">
      <p>A new version of the course is available. Your progress and answers are kept when you reload.</p>
      <button type="button" className="button" onClick={update}>
        Reload
      </button>
    </div>
  );
}

export default UpdateNotice;
