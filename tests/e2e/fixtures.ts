import { test as base, type Page, type Response } from '@playwright/test';

export { chromium, expect } from '@playwright/test';
export type { Browser, BrowserContext, Locator, Page } from '@playwright/test';

/**
 * The browser tests' `test`: every page of the test's context, once it has loaded one of the app's pages (by
 * `goto`, `reload`, `goBack` or `goForward`), waits until that page is live (`html[data-app-ready]`) before the test
 * goes on.
 *
 * Why: prerendered pages (vite-plugins/prerender-plugin.ts) are on screen before their script, so "the heading is
 * visible" no longer means "the app is running". A learner's press in that moment is held and made once the page is
 * live (prerender.spec.ts tests exactly that, passing `waitUntil` to opt out of this wait); but a test that reads
 * storage or the URL right after such a press, or leaves the page before it is live, would be testing the start-up
 * race instead of what it is about, and fail only on a busy machine.
 */
export const test = base.extend({
  context: async ({ context, javaScriptEnabled }, run) => {
    if (javaScriptEnabled !== false) {
      for (const page of context.pages()) waitForLiveAfterLoads(page);
      context.on('page', waitForLiveAfterLoads);
    }
    await run(context);
  },
});

type Load = (options?: { waitUntil?: unknown; timeout?: number }) => Promise<Response | null>;

function waitForLiveAfterLoads(page: Page) {
  const live = async (response: Response | null, options?: { waitUntil?: unknown }) => {
    // An explicit `waitUntil` means the test wants the page as it is; no response means no new document.
    if (options?.waitUntil !== undefined || response === null) return response;
    if ((await page.locator('#root').count()) === 0) return response; // not one of the app's pages (an LMS host, a file)
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    return response;
  };
  const goto = page.goto.bind(page);
  page.goto = async (url: string, options?: Parameters<Page['goto']>[1]) => live(await goto(url, options), options);
  for (const name of ['reload', 'goBack', 'goForward'] as const) {
    const load = page[name].bind(page) as Load;
    (page as unknown as Record<string, Load>)[name] = async (options) => live(await load(options), options);
  }
}
