/**
 * What the page shows of the LMS launch, for the header and the banners (components/layout/lms-controls.tsx):
 * whether the course runs in an LMS launch (then the header offers "Exit course"), whether the LMS session has ended
 * (nothing more is reported from this page: "reopen the course from your LMS"), and how leaving is going. The
 * session (session.ts) says it runs and hands over how to end it; the adapters say when a session is over. On the
 * static site nothing sets it: no control, no banner.
 */
import { create } from 'zustand';

/** Where the learner goes once the session is closed: the LMS's return address (cmi5 LMS.LaunchData `returnURL`). */
export interface ExitTarget {
  returnUrl?: string;
}

export interface LmsLaunch {
  /** This page reports to an LMS (or did: its session may have ended). */
  launched: boolean;
  /** The LMS session is over: this page reports nothing more until the course is opened again from the LMS. */
  ended: boolean;
  /** "Exit course": `leaving` while progress is saved and the session closed; `left` once done (the window stays open). */
  exit: 'no' | 'leaving' | 'left';
}

export const useLmsLaunch = create<LmsLaunch>()(() => ({ launched: false, ended: false, exit: 'no' }));

let closeSession: (() => Promise<ExitTarget>) | undefined;

/** The session runs: the header offers "Exit course", which calls `close` (save, end the LMS session). */
export function offerExit(close: () => Promise<ExitTarget>): void {
  closeSession = close;
  useLmsLaunch.setState({ launched: true });
}

/** The LMS session has ended (or refused to reopen): the page says so. */
export function markSessionEnded(): void {
  useLmsLaunch.setState({ ended: true });
}

/** Longest wait for the LMS while leaving: the learner is not kept on a page they asked to leave. */
const EXIT_WAIT_MS = 8000;

/**
 * "Exit course": saves and ends the LMS session, then leaves as the launch allows — to the LMS's return address where
 * it gave one, else by closing the window when the LMS opened it as a popup, else by saying the window can be closed.
 */
export async function exitCourse(target: Window = window): Promise<void> {
  if (!closeSession || useLmsLaunch.getState().exit !== 'no') return;
  useLmsLaunch.setState({ exit: 'leaving' });
  let exitTarget: ExitTarget = {};
  try {
    exitTarget = (await Promise.race([closeSession(), new Promise<ExitTarget>((resolve) => target.setTimeout(() => resolve({}), EXIT_WAIT_MS))])) ?? {};
  } catch (error) {
    console.error('Frontline: leaving the LMS session failed; progress is kept in this browser.', error);
  }
  if (exitTarget.returnUrl) {
    try {
      target.location.assign(new URL(exitTarget.returnUrl, target.location.href).href);
      return;
    } catch {
      // not an address the browser can open: the learner closes the window
    }
  }
  // A window a script opened (the LMS's popup) may be closed by script; any other stays, and says it can be closed.
  if (target.opener) target.close();
  useLmsLaunch.setState({ exit: 'left', ended: true });
}
