import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Lesson ids as the build sees them: every content folder with a lesson.mdx. */
export const lessonIds = readdirSync('content', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join('content', entry.name, 'lesson.mdx')))
  .map((entry) => entry.name);

/** Runs axe with the WCAG 2.x A/AA rules and returns the violations (ids and targets, for readable failures). */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
}

/** Gzip bytes of every script and stylesheet a page downloads while it loads. */
export async function measureFirstVisit(page: Page, url: string) {
  const bodies: { url: string; type: 'js' | 'css'; gzip: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    pending.push(
      response.body().then((body) => {
        bodies.push({ url: response.url(), type: type === 'script' ? 'js' : 'css', gzip: gzipSync(body).length });
      }),
    );
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const sum = (type: 'js' | 'css') => bodies.filter((b) => b.type === type).reduce((total, b) => total + b.gzip, 0) / 1024;
  return { jsKB: sum('js'), cssKB: sum('css'), files: bodies };
}
