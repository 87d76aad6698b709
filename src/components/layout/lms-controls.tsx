import { exitCourse, useLmsLaunch } from '../../reporting/lms-launch.ts';

/**
 * "Exit course", in the header of an LMS launch only (the static site has no LMS to return to): saves, ends the LMS
 * session and goes back to the LMS (reporting/lms-launch.ts).
 */
export function ExitCourseButton() {
  const launched = useLmsLaunch((s) => s.launched);
  const exit = useLmsLaunch((s) => s.exit);
  if (!launched) return null;
  return (
    <button type="button" className="button button--secondary exit-course" disabled={exit !== 'no'} onClick={() => void exitCourse()}>
      Exit course
    </button>
  );
}

/** What the learner needs to know about the LMS session: leaving, left, or over (nothing more is reported from here). */
export function LmsSessionNotice() {
  const ended = useLmsLaunch((s) => s.ended);
  const exit = useLmsLaunch((s) => s.exit);
  if (exit === 'leaving') {
    return (
      <div className="notice app-notice" role="status">
        <p>Saving your progress and closing the course…</p>
      </div>
    );
  }
  if (exit === 'left') {
    return (
      <div className="notice app-notice" role="status">
        <p>
          <strong>You have left the course.</strong> Your progress is saved. You can close this window.
        </p>
      </div>
    );
  }
  if (!ended) return null;
  return (
    <div className="notice app-notice" role="alert">
      <p>
        <strong>This session has ended: reopen the course from your LMS.</strong> What you do on this page stays in this
        browser and is not sent to your LMS.
      </p>
    </div>
  );
}
