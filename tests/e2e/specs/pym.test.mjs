// A real newsroom client: NPR's pym.js (npm pym.js@1.3.2), used the way its documentation
// shows, `new pym.Parent('box', url)`. pym's Parent makes the iframe itself, passes
// `childId`, `initialWidth`, `parentTitle` and `parentUrl` in the frame's query, sends the
// width, and sizes the frame from the `height` message it gets back for that id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { sharedBrowser } from '../lib/browser.mjs';

const require = createRequire(import.meta.url);
const PYM = fs.readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');

const HOST = (page) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
  <link rel="icon" href="demo/favicon.svg"><script src="pym.v1.min.js"></script>
  <script src="pym-host.js" defer></script></head><body>
  <h1>A news article</h1><p>Paragraph before.</p><div id="box" data-page="${page}"></div>
  <p>Paragraph after.</p></body></html>`;

const ROUTES = {
  '/pym.v1.min.js': { type: 'text/javascript', body: PYM },
  // Loaded as a file, so the host page needs no inline script either.
  '/pym-host.js': {
    type: 'text/javascript',
    body: `const box = document.getElementById('box');
      window.pymParent = new pym.Parent('box', box.dataset.page, {});`,
  },
  '/pym-map.html': { body: HOST('map.zh-Hans.html') },
  '/pym-whole.html': { body: HOST('index.en.html') },
};

const suite = sharedBrowser({ routes: ROUTES });

/** The iframe's height as pym set it, and the content's height inside the frame. */
async function heights(page) {
  const frame = await (await page.locator('#box iframe').elementHandle()).contentFrame();
  const content = await frame.evaluate(() => Math.ceil(Math.max(
    document.documentElement.getBoundingClientRect().height,
    document.body.scrollHeight,
  )));
  const iframe = await page.evaluate(() => document.querySelector('#box iframe').getBoundingClientRect().height);
  return { iframe: Math.round(iframe), content };
}

for (const host of ['pym-map.html', 'pym-whole.html']) {
  for (const width of [390, 1280]) {
    test(`pym.js Parent sizes the frame to its content (${host} at ${width} px)`, async () => {
      const page = await suite.browser.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(suite.server.url + host);
      const frame = await (await page.locator('#box iframe').elementHandle({ timeout: 10000 })).contentFrame();
      await frame.waitForSelector('.jj[data-state="ready"]', { timeout: 30000 });
      // pym's child id is the box's id, read from the query.
      assert.match(frame.url(), /[?&]childId=box\b/);
      let last;
      const end = Date.now() + 10000;
      for (;;) {
        last = await heights(page);
        if (last.iframe > 150 && Math.abs(last.iframe - last.content) <= 1) break;
        if (Date.now() > end) assert.fail(`frame ${last.iframe} px, content ${last.content} px`);
        await page.waitForTimeout(100);
      }
      await page.close();
    });
  }
}
