import { existsSync } from 'node:fs';

/** Debian's Chromium (or CHROME_PATH): the only browser the tests and the benchmark drive; none is downloaded. */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((file) => existsSync(file));
}

export const CHROMIUM_HELP =
  'No Chromium found. Browser tests drive the system Chromium, never a downloaded one.\n' +
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium\n' +
  '  Elsewhere:      set CHROME_PATH to a Chromium or Chrome executable.';

/** Flags that keep Chromium quiet on a machine without internet, and working as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
