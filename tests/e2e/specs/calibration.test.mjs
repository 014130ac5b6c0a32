// The chart kit's text measure against the real fonts. Every label of every chart on the
// page, in zh-Hans and en at 390 and 1280 px, is measured with `getComputedTextLength()`
// and written with its size and weight to `target/text-measured.json`. The comparison with
// the estimate is Rust's (`tests/suite/calibration.rs`, run by `cargo xtask test` after the
// browser tests), so the one measure the charts lay out with is the one checked, not a copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { sharedBrowser, openReady } from '../lib/browser.mjs';
import { root } from '../lib/server.mjs';

const suite = sharedBrowser();
// A chart's plot: the SVG the keyboard walks (role=application).
const PLOT = '[role="application"]';
const samples = [];

for (const [lang, file] of [['zh-Hans', 'index.html'], ['en', 'index.en.html']]) {
  for (const width of [390, 1280]) {
    test(`chart labels measured in the real fonts, ${lang} at ${width}px`, async () => {
      const { page } = await openReady(suite, file, { width, height: 900, islands: true });
      await page.evaluate(() => document.fonts.ready);
      const found = await page.evaluate((plot) => [...document.querySelectorAll(`${plot} text`)]
        .filter((t) => t.getClientRects().length > 0 && t.textContent.trim() && !t.querySelector('tspan'))
        .map((t) => {
          const style = getComputedStyle(t);
          return {
            text: t.textContent,
            size: parseFloat(style.fontSize),
            bold: parseInt(style.fontWeight, 10) >= 600,
            length: t.getComputedTextLength(),
          };
        }), PLOT);
      assert.ok(found.length > 100, `labels found: ${found.length}`);
      samples.push(...found.map((s) => ({ ...s, lang, width })));
      await page.close();
    });
  }
}

test('write the measurements for the Rust check', () => {
  assert.ok(samples.length > 400, `samples: ${samples.length}`);
  const out = path.join(root, 'target/text-measured.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(samples));
});
