/**
 * The one seam to an LMS: none | scorm12 | scorm2004 | cmi5, chosen when a package is built
 * (`VITE_REPORTING`, set by scripts/package.mjs) and detected at launch (an LMS API or cmi5 launch
 * parameters; without them the package runs as the plain course). Features never call it: it reads the
 * progress store's journal. The static site is built without `VITE_REPORTING`, so the comparisons below are false at
 * build time and the adapters are not even in its bundle.
 */
import type { ProgressStore } from './session.ts';

export type Reporting = 'none' | 'scorm12' | 'scorm2004' | 'cmi5';

/** The standard this build reports to (`none` for the static site). */
export const reporting: Reporting = (import.meta.env.VITE_REPORTING as Reporting | undefined) ?? 'none';

/** Longest wait for the LMS before the course shows anyway (it keeps the browser's own copy meanwhile). */
const LAUNCH_TIMEOUT_MS = 8000;

/**
 * Connects to the LMS and restores the learner's progress from it. Resolves when the course may render:
 * at once on the static site, once restored (or after a timeout) in a package.
 */
export async function startReporting(store: ProgressStore): Promise<void> {
  if (import.meta.env.VITE_REPORTING !== 'scorm12' && import.meta.env.VITE_REPORTING !== 'scorm2004' && import.meta.env.VITE_REPORTING !== 'cmi5') return;
  const connect = async () => {
    const { runSession } = await import('./session.ts');
    if (import.meta.env.VITE_REPORTING === 'cmi5') {
      const { createCmi5Adapter } = await import('./cmi5/adapter.ts');
      const adapter = await createCmi5Adapter();
      if (adapter) return runSession(store, adapter);
    } else {
      const { createScormAdapter } = await import('./scorm/adapter.ts');
      const adapter = createScormAdapter(import.meta.env.VITE_REPORTING);
      if (adapter) return runSession(store, adapter);
    }
    console.warn(`Frontline: no ${import.meta.env.VITE_REPORTING} LMS found; progress stays in this browser.`);
  };
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, LAUNCH_TIMEOUT_MS));
  await Promise.race([connect().catch((error: unknown) => console.error('Frontline: the LMS connection failed.', error)), timeout]);
}
