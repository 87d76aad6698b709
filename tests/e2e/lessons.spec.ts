import { test, expect } from './fixtures.ts';
import { appLive, lessonIds, pdfPages } from './helpers.ts';

for (const id of lessonIds) {
  test(`${id}: trainer notes are hidden in self-study until "Show trainer notes"`, async ({ page }) => {
    await page.goto(`/lessons/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Trainer notes' })).toHaveCount(0);
    const notes = page.getByRole('complementary', { name: 'Trainer notes' });
    await page.getByRole('checkbox', { name: 'Show trainer notes' }).press('Space');
    await expect(notes.first()).toBeVisible();
    expect(await notes.count()).toBeGreaterThanOrEqual(5);
    // The choice is remembered.
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Show trainer notes' })).toBeChecked();
    await expect(notes.first()).toBeVisible();
    expect(await notes.count()).toBeGreaterThanOrEqual(5);
  });
}

test('the lost-customer calculator recomputes as the learner types', async ({ page }) => {
  await page.goto('/lessons/service-breakdowns');
  // Typing counts once the page is live (text typed into the prerendered page before then is not seen by the app).
  await appLive(page);
  const calculator = page.getByRole('region', { name: /lost customer/i }).last();
  await expect(calculator).toContainText('$183,040');
  await calculator.getByLabel(/Weekly spend/).fill('30');
  await expect(calculator).toContainText('$249,600');
});

test('the cue sorter is sorted with the keyboard and reports the result', async ({ page }) => {
  await page.goto('/lessons/nonverbal-cues');
  // Wait for the lesson body (a lazy chunk) before counting its controls.
  const sorter = page.getByRole('region', { name: 'Try it: sort the cues' });
  await expect(sorter.getByRole('button', { name: 'Check my sorting' })).toBeVisible();
  const pool = sorter.locator('.sorter__pool .sorter__item');
  const count = await pool.count();
  expect(count).toBeGreaterThanOrEqual(10);
  // Choose an item, then "Put in Positive": all by keyboard, one item at a time.
  for (let left = count; left > 0; left--) {
    await pool.first().press('Enter');
    await sorter.getByRole('button', { name: 'Put in Positive' }).press('Enter');
    await expect(pool).toHaveCount(left - 1);
    // Focus moves on to the next cue (on the next frame) before the next key press.
    if (left > 1) await expect(sorter.locator('.sorter__pool .sorter__item:focus')).toHaveCount(1);
  }
  await expect(sorter.getByText('Everything is placed.')).toBeVisible();
  await sorter.getByRole('button', { name: 'Check my sorting' }).press('Enter');
  await expect(sorter.getByText(new RegExp(`of ${count} sorted correctly`))).toBeVisible();
});

test('the phrase rewriter flags "can’t" language and shows a model rewrite', async ({ page }) => {
  await page.goto('/lessons/recovery-phrasing');
  await page.getByRole('textbox', { name: 'Your rewrite' }).fill('Sorry, we can’t do that, it is policy.');
  await page.getByRole('button', { name: 'Check my wording' }).click();
  await expect(page.getByText('Hiding behind policy or others').first()).toBeVisible();
  await page.getByRole('button', { name: 'Show a model rewrite' }).click();
  await expect(page.getByText(/Let me/).first()).toBeVisible();
});

test('print handout: no navigation, takeaways kept, notes left out unless shown', async ({ page }) => {
  await page.goto('/lessons/star-method');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print handout' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Trainer notes' })).toHaveCount(0);
});

test.describe('the printed handout is a document', () => {
  for (const id of lessonIds) {
    test(`${id}: no buttons, fields or dropdowns; every exercise in print form; a portrait PDF of a few pages`, async ({ page }) => {
      test.slow();
      // Visiting the certificate first must not turn lesson handouts landscape.
      await page.goto('/certificate');
      await page.goto(`/lessons/${id}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      // Nothing on paper that only works on a screen: every control is hidden in print.
      const visibleControls = await page.evaluate(() =>
        [...document.querySelectorAll('button, input, select, textarea, summary')]
          .filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0)
          .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`),
      );
      expect(visibleControls).toEqual([]);
      await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pages = pdfPages(pdf);
      expect(pages.length, 'page count').toBeGreaterThanOrEqual(2);
      expect(pages.length, 'page count').toBeLessThanOrEqual(9);
      for (const [i, size] of pages.entries()) expect(size.height, `page ${i + 1} is portrait`).toBeGreaterThan(size.width);
    });
  }

});

test('one part at a time: a long lesson in steps, named Previous / Next, focus on each new part, kept on reload, printed whole', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/lessons/service-breakdowns');
  const sections = page.locator('section[data-part]');
  // The lesson body loads with the page: count its parts once it is there.
  await expect(page.locator('.lesson-progress__parts summary')).toBeVisible();
  await expect(sections.last()).toBeAttached();
  const count = await sections.count();
  expect(count).toBeGreaterThan(3);
  const titles = await page.locator('.lesson-progress__parts li a').allTextContents();
  expect(titles).toHaveLength(count);
  const visibleParts = () => sections.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.id));
  const ids = await sections.evaluateAll((els) => els.map((el) => el.id));
  expect(await visibleParts()).toEqual(ids);

  await page.getByRole('checkbox', { name: 'One part at a time' }).check();
  await expect.poll(visibleParts).toEqual([ids[0]]);
  // The end of the lesson waits for the last part: nothing is marked complete by a short first part.
  await expect(page.getByRole('button', { name: 'Mark lesson complete' })).toBeHidden();
  const steps = page.getByRole('navigation', { name: 'Previous and next part' });
  await expect(steps.getByRole('button', { name: /Previous part/ })).toHaveCount(0);

  await steps.getByRole('button', { name: `Next part: ${titles[1]}` }).click();
  await expect.poll(visibleParts).toEqual([ids[1]]);
  await expect(page.locator(`#${ids[1]} h2`).first()).toBeFocused();
  await expect(page.locator('.lesson-progress__parts summary')).toContainText(`Part 2 of ${count}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // The parts list jumps straight to a part.
  await page.locator('.lesson-progress__parts summary').click();
  await page.locator('.lesson-progress__parts li a').nth(count - 1).click();
  await expect.poll(visibleParts).toEqual([ids[count - 1]]);
  await expect(page.getByRole('button', { name: 'Mark lesson complete' })).toBeVisible();
  await expect(steps.getByRole('button', { name: `Previous part: ${titles[count - 2]}` })).toBeVisible();
  await expect(steps.getByRole('button', { name: /Next part/ })).toHaveCount(0);

  // Kept on reload: the same mode, the same part.
  await page.reload();
  await expect.poll(visibleParts).toEqual([ids[count - 1]]);
  await expect(page.getByRole('checkbox', { name: 'One part at a time' })).toBeChecked();

  // A printed handout has every part.
  await page.emulateMedia({ media: 'print' });
  await expect.poll(visibleParts).toEqual(ids);
  await page.emulateMedia({ media: 'screen' });

  // Back to the whole lesson.
  await page.getByRole('checkbox', { name: 'One part at a time' }).uncheck();
  await expect.poll(visibleParts).toEqual(ids);
  await expect(steps).toHaveCount(0);
});
