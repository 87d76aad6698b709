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

/** Offline: say what still works, so nobody waits for something that needs the network. */
export function OfflineNotice() {
  const offline = useAppStatus((s) => s.offline);
  if (!offline) return null;
  return (
    <div className="notice app-notice" role="status">
      <p>
        <strong>You’re offline.</strong> Lessons, quizzes, slides and your progress all work without a connection, and
        everything you do is saved on this device. A live workshop session needs the trainer’s Wi-Fi.
      </p>
    </div>
  );
}

export default function AppNotices() {
  return (
    <>
      <UpdateNotice />
      <OfflineNotice />
    </>
  );
}
