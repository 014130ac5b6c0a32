// Size budgets (sizes are deterministic; timings are not, so they stay in the benchmark):
// the first view's transfer (every response's encoded size, as served with gzip, of the
// requests made before the map answers: the page, its style sheet, boot.js, the first
// view's binary and the dataset), each binary's wasm, the geometry and the dataset
// (gzip -9). Targets and enforced ceilings: tests/budgets.json. The whole graphic's binary
// follows the first view (near the story or at idle), so it is not part of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, dist, root, servedFile, brotliSize } from '../lib/server.mjs';
import { withContext, waitForState } from '../lib/browser.mjs';

const budgets = JSON.parse(fs.readFileSync(path.join(root, 'tests/budgets.json'), 'utf8'));
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const wasmOf = (prefix) => fs.readdirSync(dist).find((f) => f.startsWith(prefix) && f.endsWith('_bg.wasm'));

test('size budgets', async () => {
  const [map, app] = [wasmOf('map-'), wasmOf('app-')];
  assert.ok(map && app, 'dist/ has both binaries');
  const figures = {
    first_view_wasm_gzip: gz(path.join(dist, map)),
    app_wasm_gzip: gz(path.join(dist, app)),
    geometry_gzip: gz(path.join(dist, 'data/geometry.json')),
    dataset_gzip: gz(path.join(dist, 'data/dataset.json')),
  };
  // The first view: load the page and add up what crossed the wire until it is ready.
  const server = await startServer();
  // (A browser of its own: a fresh cache, so every byte of the first view crosses the wire.)
  const first = await withContext({}, async (context) => {
    const page = await context.newPage();
    // The moment the map answers, in the page's clock; the requests started before it.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.jj[data-state="ready"]')) {
          window.__readyAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    });
    await page.goto(server.url);
    await waitForState(page, 'ready');
    await page.waitForLoadState('load');
    return page.evaluate(() => {
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
        .filter((e) => e.startTime < window.__readyAt);
      return { bytes: entries.reduce((a, e) => a + e.transferSize, 0), names: entries.map((e) => e.name) };
    });
  }).finally(() => server.close());
  figures.first_view_transfer = first.bytes;
  const requests = first.names.length;

  // For hosts that serve precompressed brotli (.br) files: the same first view.
  const files = first.names.map((n) => servedFile(dist, n)).filter(Boolean);
  const gzipped = files.reduce((a, f) => a + gz(f), 0);
  const brotli = files.reduce((a, f) => a + brotliSize(f), 0);
  console.log(`first view bodies: gzip -9 ${kb(gzipped)}, brotli 11 ${kb(brotli)} (${(brotli / gzipped).toFixed(2)}x)`);

  const lines = Object.entries(figures).map(([k, v]) =>
    `${k.padEnd(22)} ${kb(v).padStart(9)}   target ${kb(budgets[k].target).padStart(9)}   ceiling ${kb(budgets[k].ceiling).padStart(9)}${v > budgets[k].target ? '   (over target)' : ''}`);
  console.log(`first view: ${requests} requests\n${lines.join('\n')}`);
  const broken = Object.entries(figures).filter(([k, v]) => v > budgets[k].ceiling);
  assert.deepEqual(broken.map(([k]) => k), [], `over budget:\n${lines.join('\n')}`);
});
