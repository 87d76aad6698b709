import { readFileSync } from 'node:fs';
import { test, expect, type Page } from './fixtures.ts';
import { appLive, axeViolations, lessonIds, lessonsInOrder, pdfPages, PROGRESS_KEY as KEY, saved, savedWhen, seedFinishedCourse, type Saved } from './helpers.ts';

// Writes are batched (about a quarter second), so reads of storage wait for what the screen already shows.
const stored = async (page: Page) => (await saved(page))!;
const completed = (data: Saved) => Object.keys(data.state.lessons).filter((id) => data.state.lessons[id].completedAt).sort();

async function completeLesson(page: Page, id: string) {
  await page.goto(`/lessons/${id}`);
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lesson complete' })).toBeVisible();
}

test('progress survives a reload: completion, reflection, and "Continue" to the next step and the last place', async ({ page }) => {
  const [first, second, third] = lessonsInOrder as [string, string, string];
  await completeLesson(page, first);
  const reflection = page.getByRole('textbox').last();
  await reflection.fill('I will greet every customer within ten seconds.');
  // Reloading straight after typing: the batched write is flushed as the page goes.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Lesson complete' })).toBeVisible();
  await expect(page.getByRole('textbox').last()).toHaveValue('I will greet every customer within ten seconds.');
  await page.goto('/');
  await expect(page.getByRole('progressbar', { name: 'Course progress' })).toHaveAttribute('aria-valuenow', '1');
  await page.getByRole('link', { name: /Continue/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${second}`));
  // A lesson left part-way is where "Continue" goes back to.
  await page.goto(`/lessons/${third}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // (Its text is on screen before its script: the visit counts once the page is live.)
  await appLive(page);
  await page.goto('/');
  await page.getByRole('link', { name: /Continue/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${third}`));
});

test('corrupted saved data is backed up, the app opens fresh, and the backup can be downloaded', async ({ page }) => {
  const garbage = '{"state":{"lessons":{"service-breakdowns":{"completedAt":"2026-';
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, garbage],
  );
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'couldn’t be read' });
  await expect(alert).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(`${key}:backup`), KEY)).toBe(garbage);
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the backup' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(garbage);
  // The app still works and saves, without touching the backup.
  await completeLesson(page, lessonIds[1]!);
  expect(await page.evaluate((key) => localStorage.getItem(`${key}:backup`), KEY)).toBe(garbage);
});

test('blocked storage: the course runs in memory and a banner suggests exporting', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access denied', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByText('Your browser is blocking storage')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Export progress' })).toBeVisible();
  await completeLesson(page, lessonIds[0]!);
  await page.getByRole('link', { name: 'Course', exact: true }).click();
  await expect(page.getByRole('progressbar', { name: 'Course progress' })).toHaveAttribute('aria-valuenow', '1');
});

test('full storage: nothing crashes, the banner says saving failed, and the next good save catches up', async ({ page }) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as unknown as { __full?: boolean }).__full) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await page.goto(`/lessons/${lessonIds[0]}`);
  await page.evaluate(() => ((window as unknown as { __full?: boolean }).__full = true));
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByText('Saving failed')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Lesson complete' })).toBeVisible();
  await page.evaluate(() => ((window as unknown as { __full?: boolean }).__full = false));
  await page.getByRole('checkbox', { name: 'Show trainer notes' }).check();
  await expect(page.getByText('Saving failed')).toBeHidden();
  const data = await savedWhen(page, (d) => d.state.prefs.showTrainerNotes === true);
  expect(data.state.lessons[lessonIds[0]!].completedAt).toBeTruthy();
});

test('two tabs: a change in one shows in the other without reload, and neither overwrites the other', async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await tabA.goto('/');
  await tabB.goto('/');
  await completeLesson(tabA, lessonIds[0]!);
  // Tab B was never reloaded.
  await expect(tabB.getByRole('progressbar', { name: 'Course progress' })).toHaveAttribute('aria-valuenow', '1');
  await completeLesson(tabB, lessonIds[1]!);
  await tabA.goto('/');
  await expect(tabA.getByRole('progressbar', { name: 'Course progress' })).toHaveAttribute('aria-valuenow', '2');
  await savedWhen(tabA, (d) => completed(d).join() === [lessonIds[0]!, lessonIds[1]!].sort().join(), 'both completions saved');
});

test('export, then import with Merge or Replace; a bad file is refused with the reason and nothing changes', async ({ page }) => {
  // A lesson completed, six imports and an axe scan: a long journey on a busy machine.
  test.slow();
  await completeLesson(page, lessonIds[0]!);
  await page.goto('/progress');
  const before = await savedWhen(page, (d) => completed(d).includes(lessonIds[0]!));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^frontline-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(exported.app).toBe('frontline');

  const importFile = async (name: string, text: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import progress' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };

  await importFile('notes.json', 'this is not json');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await importFile('other.json', JSON.stringify({ hello: 'world' }));
  await expect(page.getByRole('alert')).toContainText('not a Frontline progress file');
  expect((await stored(page)).state).toEqual(before.state);

  // A file from another device: merge keeps both.
  const other = structuredClone(exported);
  other.progress.lessons = { [lessonIds[2]!]: { completedAt: '2026-01-01T00:00:00.000Z' } };
  await importFile('other-device.json', JSON.stringify(other));
  await expect(page.getByRole('group', { name: /Import other-device\.json/ })).toContainText('1 completed lesson');
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'merged' })).toBeVisible();
  await savedWhen(page, (d) => completed(d).join() === [lessonIds[0]!, lessonIds[2]!].sort().join(), 'merged completions saved');

  await importFile('other-device.json', JSON.stringify(other));
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'replaced' })).toBeVisible();
  await savedWhen(page, (d) => completed(d).join() === lessonIds[2], 'replaced completions saved');
  expect(await axeViolations(page)).toEqual([]);
});

test('reset progress asks first', async ({ page }) => {
  await completeLesson(page, lessonIds[0]!);
  await page.goto('/progress');
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(completed(await savedWhen(page, (d) => completed(d).length === 1))).toEqual([lessonIds[0]]);
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Yes, reset everything' }).click();
  await expect(page.getByText('Your progress was reset.')).toBeVisible();
  await savedWhen(page, (d) => Object.keys(d.state.lessons).length === 0, 'reset saved');
});

test('the certificate lists what remains, then unlocks with name, date and score', async ({ page }) => {
  await page.goto('/certificate');
  await expect(page.getByRole('listitem').filter({ hasText: /^Complete / })).toHaveCount(lessonIds.length);
  await expect(page.getByText(/Pass the final assessment/)).toBeVisible();
  // Seed a finished course, as if studied over several sittings.
  await seedFinishedCourse(page, lessonIds);
  await page.reload();
  await page.getByLabel('Your name, as it should appear').fill('Amara Okafor');
  const certificate = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate).toContainText('Amara Okafor');
  await expect(certificate).toContainText('85%');
  await expect(certificate).toContainText('November 20, 2026');
  await expect(page.getByRole('button', { name: 'Print certificate' })).toBeEnabled();
  expect(await axeViolations(page)).toEqual([]);
  // Printed, it is one landscape page.
  const pages = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pages).toHaveLength(1);
  expect(pages[0]!.width).toBeGreaterThan(pages[0]!.height);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print certificate' })).toBeHidden();
  await expect(certificate).toBeVisible();
  // It prints on one page.
  const pdf = (await page.pdf({ format: 'A4', landscape: true, printBackground: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
});
