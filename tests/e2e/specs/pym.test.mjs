// A real newsroom client: NPR's pym.js (npm pym.js@1.3.2), used the way its documentation
// shows, `new pym.Parent('box', url)`. pym's Parent makes the iframe itself, passes
// `childId`, `initialWidth`, `parentTitle` and `parentUrl` in the frame's query, sends the
// width, and sizes the frame from the `height` message it gets back for that id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { sharedBrowser, open } from '../lib/browser.mjs';

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

/**
 * In the host page: the iframe's height as pym set it, and the content's height inside the
 * frame (same origin here, so the host can read it); `ok` once pym has sized the frame to it.
 */
function heights() {
  const f = document.querySelector('#box iframe');
  const doc = f?.contentDocument;
  if (!doc?.body) return { ok: false };
  const iframe = Math.round(f.getBoundingClientRect().height);
  const content = Math.ceil(Math.max(doc.documentElement.getBoundingClientRect().height, doc.body.scrollHeight));
  return { ok: iframe > 150 && Math.abs(iframe - content) <= 1, iframe, content };
}

for (const host of ['pym-map.html', 'pym-whole.html']) {
  for (const width of [390, 1280]) {
    test(`pym.js Parent sizes the frame to its content (${host} at ${width} px)`, async () => {
      const { page } = await open(suite.browser.context, suite.server.url + host, { width, height: 900 });
      const frame = await (await page.locator('#box iframe').elementHandle({ timeout: 10000 })).contentFrame();
      await frame.waitForSelector('.jj[data-state="ready"]', { timeout: 30000 });
      // pym's child id is the box's id, read from the query.
      assert.match(frame.url(), /[?&]childId=box\b/);
      await page.waitForFunction(`(${heights})().ok`, null, { timeout: 10000 }).catch(async (e) => {
        const last = await page.evaluate(heights);
        assert.fail(`frame ${last.iframe} px, content ${last.content} px (${e.message.split('\n')[0]})`);
      });
      await page.close();
    });
  }
}
