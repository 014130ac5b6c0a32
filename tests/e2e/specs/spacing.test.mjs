// WCAG 1.4.12 (text spacing) in the charts: with the criterion's spacing applied by a
// style sheet after the page has loaded (line height 1.5, letter spacing 0.12em, word
// spacing 0.16em, paragraph spacing 2em, as the usual bookmarklet does), no two labels of a
// chart overlap and none runs out of its chart. The charts read the spacing off the page
// (src/browser/spacing.rs) and lay out again; before that, the incidence note ended at
// "Kangbao 36.04%, Lai".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowser, openReady } from '../lib/browser.mjs';

const suite = sharedBrowser();

const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

// In the page: the labels of chart `id` that overlap another or leave the chart, as text.
function problems(id) {
  const out = [];
  const visible = (el) => el.getClientRects().length > 0 && !el.closest('[hidden]');
  const svg = document.querySelector(`#${id} .chart__svg`);
  if (!svg || !visible(svg)) return out;
  const box = svg.getBoundingClientRect();
  const labels = [...svg.querySelectorAll('text')]
    .filter((t) => visible(t) && t.textContent.trim())
    .map((t) => ({ text: t.textContent.trim(), r: t.getBoundingClientRect() }));
  for (const { text, r } of labels) {
    if (r.left < box.left - 1 || r.right > box.right + 1) out.push(`${id}: "${text}" runs out of the chart`);
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i].r, labels[j].r];
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      // Line boxes of stacked labels touch by a few px (ascent and descent); glyphs do not.
      if (x > 2 && y > 5) out.push(`${id}: "${labels[i].text}" overlaps "${labels[j].text}"`);
    }
  }
  return out;
}

// Brings each chart into view, waits until it is laid out for the width it has (an
// offscreen chart keeps its prerendered 640 px layout, scaled) and, with `settle`, until its
// labels are apart; returns what is still wrong.
async function check(page, settle) {
  const ids = await page.evaluate(() => [...document.querySelectorAll('figure[id^="chart-"]')]
    // Shown (a comparison tab not selected keeps its panel, hidden).
    .filter((f) => f.checkVisibility())
    .filter((f) => [...f.querySelectorAll('.chart__svg')].some((svg) => svg.getClientRects().length > 0))
    .map((f) => f.id));
  const left = [];
  for (const id of ids) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.waitForFunction((id) => {
      // The phone layout a chart holds until then is gone, and the one left fits its column.
      const svgs = document.querySelectorAll(`#${id} .chart__svg`);
      return svgs.length === 1 && Math.abs(svgs[0].width.baseVal.value - svgs[0].getBoundingClientRect().width) < 2;
    }, id);
    if (settle) {
      await page.waitForFunction(`(${problems})(${JSON.stringify(id)}).length === 0`, null, { timeout: 3000 })
        .catch(() => {});
    }
    left.push(...await page.evaluate(problems, id));
  }
  assert.ok(ids.length >= 6, `charts checked: ${ids}`);
  return left;
}

for (const [lang, file] of [['zh-Hans', 'index.html'], ['en', 'index.en.html']]) {
  for (const width of [390, 1280]) {
    test(`chart labels keep apart with WCAG text spacing, ${lang} at ${width}px`, async () => {
      const { page } = await openReady(suite, file, { width, height: 900, islands: true });
      assert.deepEqual(await check(page, false), [], 'labels apart before the spacing');
      await page.addStyleTag({ content: SPACING });
      // The charts lay out again once the spacing reaches them.
      assert.deepEqual(await check(page, true), [], 'labels apart with the spacing');
      await page.close();
    });
  }
}
