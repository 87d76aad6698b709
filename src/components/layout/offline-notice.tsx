import { useAppStatus } from './app-status.ts';

/**
 * Offline: say what still works, so nobody waits for something that needs the network. Part of the layout, not a
 * lazy chunk: once the connection is gone, a chunk not yet loaded could not be fetched (without a service worker).
 */
export function OfflineNotice() {
  const offline = useAppStatus((s) => s.offline);
  if (!offline) return null;
  // With the service worker in charge the whole course is on the device; without it (an LMS package, the first
  // visit) only what is already open is.
  const everything = typeof navigator !== 'undefined' && navigator.serviceWorker?.controller != null;
  return (
    <div className="notice app-notice" role="status">
      <p>
        <strong>You’re offline.</strong>{' '}
        {everything
          ? 'Lessons, quizzes, slides and your progress all work without a connection, and everything you do is saved on this device.'
          : 'What you have open keeps working and everything you do is saved on this device; pages you have not opened yet need the connection.'}
      </p>
    </div>
  );
}
