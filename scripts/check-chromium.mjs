import { chromiumPath, CHROMIUM_HELP } from './chromium-path.mjs';

if (!chromiumPath()) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}
