// Keystroke cost with a large saved record: how long the page takes to handle one typed character in a
// reflection box when about 1 MB of progress is saved (many finished attempts). Writes are batched, so a
// keystroke must not pay for serialising and merging the whole record (budget: 5 ms).

/** About `targetBytes` of realistic saved progress: many finished attempts with answers. */
export function largeProgress(targetBytes = 1024 * 1024) {
  const attempts = {};
  const t = '2026-01-01T10:00:00.000Z';
  for (let i = 0; JSON.stringify(attempts).length < targetBytes; i++) {
    const ids = Array.from({ length: 12 }, (_, q) => `q${q}-${i}`);
    attempts[`a${i}`] = {
      id: `a${i}`, quizId: 'star-method', kind: 'scored', seed: i, questionIds: ids,
      hashes: Object.fromEntries(ids.map((id) => [id, 'abcdef0123'])),
      responses: Object.fromEntries(ids.map((id) => [id, { kind: 'rewrite', text: 'I am sorry about the wait. Let me check with the kitchen and come back within five minutes.' }])),
      answeredAt: Object.fromEntries(ids.map((id) => [id, t])),
      checked: [], current: 11, startedAt: t, updatedAt: t, finishedAt: t,
      score: { earned: 9, total: 12, percent: 75, passed: false, perSkill: { 'star-method': { earned: 9, total: 12 } } },
    };
  }
  return {
    state: { lessons: {}, attempts, reflections: {}, prefs: { showTrainerNotes: false, textSize: 1, slideTextSize: 1 }, learnerName: 'Bench', generation: '', updatedAt: t },
    version: 1,
  };
}

/** Median and worst milliseconds to handle one character typed into the lesson's reflection box. */
export async function keystrokeCost(browser, base, { path = '/lessons/service-breakdowns', keys = 60 } = {}) {
  const saved = JSON.stringify(largeProgress());
  const page = await browser.newPage();
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('bench-seeded')) {
      localStorage.setItem('frontline-progress', value);
      sessionStorage.setItem('bench-seeded', '1');
    }
  }, saved);
  await page.goto(base + path);
  const box = page.getByRole('textbox').last();
  await box.waitFor();
  await box.scrollIntoViewIfNeeded();
  const times = await box.evaluate(async (element, count) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
    const out = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      setValue.call(element, element.value + 'abcdefghij'[i % 10]);
      element.dispatchEvent(new Event('input', { bubbles: true }));
      out.push(performance.now() - start);
      // Let timers (the batched write) run between keys, as they would between real keystrokes.
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    return out;
  }, keys);
  await page.close();
  const sorted = times.slice().sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.floor(sorted.length * 0.95)], bytes: saved.length };
}
