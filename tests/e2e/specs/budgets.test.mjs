// Size budgets (sizes are deterministic; timings are not, so they stay in the benchmark):
// the first view's transfer (every response's encoded size, as served with gzip), the wasm,
// the geometry and the dataset (gzip -9). Targets and enforced ceilings: tests/budgets.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, dist, root } from '../lib/server.mjs';
import { launchBrowser } from '../lib/browser.mjs';

const budgets = JSON.parse(fs.readFileSync(path.join(root, 'tests/budgets.json'), 'utf8'));
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

test('size budgets', async () => {
  const wasm = fs.readdirSync(dist).find((f) => f.endsWith('_bg.wasm'));
  assert.ok(wasm, 'dist/ has a wasm file');
  const figures = {
    wasm_gzip: gz(path.join(dist, wasm)),
    geometry_gzip: gz(path.join(dist, 'data/geometry.json')),
    dataset_gzip: gz(path.join(dist, 'data/dataset.json')),
  };
  // The first view: load the page and add up what crossed the wire until it is ready.
  const server = await startServer();
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const sizes = new Map();
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  await page.goto(server.url);
  await page.waitForSelector('[data-state="ready"]', { timeout: 30000 });
  await page.waitForTimeout(300);
  figures.first_view_transfer = [...sizes.values()].reduce((a, b) => a + b, 0);
  const requests = sizes.size;
  await browser.close();
  await server.close();

  const lines = Object.entries(figures).map(([k, v]) =>
    `${k.padEnd(20)} ${kb(v).padStart(9)}   target ${kb(budgets[k].target).padStart(9)}   ceiling ${kb(budgets[k].ceiling).padStart(9)}${v > budgets[k].target ? '   (over target)' : ''}`);
  console.log(`first view: ${requests} requests\n${lines.join('\n')}`);
  const broken = Object.entries(figures).filter(([k, v]) => v > budgets[k].ceiling);
  assert.deepEqual(broken.map(([k]) => k), [], `over budget:\n${lines.join('\n')}`);
});
