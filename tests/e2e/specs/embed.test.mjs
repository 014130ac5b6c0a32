// Embedding, in a real browser against the release build (prerendered pages, boot.js,
// embed.js, script.js, the demo host pages in dist/demo/): iframes that size themselves to
// their content, the messages they post and accept, the script embed in a shadow root
// against hostile host CSS, no JavaScript, a strict CSP, themes, render flags, ten script
// embeds on one page, and embedding from another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { root, dist } from '../lib/server.mjs';
import {
  sharedBrowser, sharedServer, withContext, open, waitForState, waitForIslands, nextFrames,
  messagesDelivered, requestsSeen, outputDir,
} from '../lib/browser.mjs';
import { MAP as LISTBOX, UNITS, unit, panel, layerButton, LAYER_MENU, PLOT, FIGURES } from '../lib/selectors.mjs';

const VIEWS = ['overview', 'map', 'results', 'industry', 'labour', 'pairing', 'projects', 'timeline', 'compare'];
const HOSTILE_CSS = '* { font-size: 30px !important; } svg { display: none !important; }';

// Host pages made up for single tests (served by the test server, so no inline code).
const HOST_PAGES = {
  '/hostile.css': { type: 'text/css', body: HOSTILE_CSS },
  // A host whose paragraph we watch while a script embed mounts (script.js added later).
  '/host-late.html': {
    body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>host</title>
      <link rel="icon" href="demo/favicon.svg"></head><body>
      <p id="host-p">Un paragraphe de la page hôte.</p>
      <div data-jingjin data-view="map" data-lang="zh-Hans"></div>
      <p id="host-after">Après.</p></body></html>`,
  },
  '/host-hostile.html': {
    body: `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>host</title>
      <link rel="icon" href="demo/favicon.svg"><link rel="stylesheet" href="hostile.css">
      <script src="script.js" defer></script></head><body>
      <p id="host-p">宿主页面的一段文字。</p>
      <div data-jingjin data-view="map" data-lang="zh-Hans"></div></body></html>`,
  },
  '/host-clean.html': {
    body: `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>host</title>
      <link rel="icon" href="demo/favicon.svg"><script src="script.js" defer></script></head><body>
      <p id="host-p">宿主页面的一段文字。</p>
      <div data-jingjin data-view="map" data-lang="zh-Hans"></div></body></html>`,
  },
  '/host-static.html': {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
      <link rel="icon" href="demo/favicon.svg"><script src="script.js" defer></script></head><body>
      <div data-jingjin data-view="map" data-static></div></body></html>`,
  },
  // A div saved from a live page (it carries the mark of a mounted embed, but no graphic),
  // and one the host clones from a mounted embed after load.
  '/host-saved.html': {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
      <link rel="icon" href="demo/favicon.svg"><script src="script.js" defer></script>
      <script src="host-clone.js" defer></script></head><body>
      <div id="saved" data-jingjin data-view="map" data-lang="en" data-jingjin-mounted></div>
      </body></html>`,
  },
  '/host-clone.js': {
    type: 'text/javascript',
    body: `window.cloneEmbed = () => {
      const copy = document.getElementById('saved').cloneNode(true);
      copy.id = 'copy';
      document.body.append(copy);
    };`,
  },
  '/host-heights.html': {
    body: `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>host</title>
      <link rel="icon" href="demo/favicon.svg"><script src="embed.js" defer></script></head><body>
      <iframe id="a" data-jingjin-embed src="map.zh-Hans.html" title="a" width="100%"></iframe>
      <iframe id="b" data-jingjin-embed data-heights="0:900,700:555" src="compare.zh-Hans.html" title="b" width="100%"></iframe>
      </body></html>`,
  },
};

const suite = sharedBrowser({ cors: true, secondOrigin: true, routes: HOST_PAGES });
const csp = sharedServer({ csp: true });
const context = () => suite.browser.context;

const frameOf = async (page, selector) => (await page.locator(selector).elementHandle()).contentFrame();

/**
 * In the host page: the iframe `selector`'s content box (what embed.js sets, whatever its
 * border and box-sizing) and its document's content; `ok` once they match and the graphic
 * is ready. Returns false until then, unless `report`. (Same-origin frames: the host reads
 * the frame's document.)
 */
function frameFit({ selector, report }) {
  const f = document.querySelector(selector);
  const doc = f?.contentDocument;
  if (!doc?.documentElement) return report ? { ok: false, frame: f ? 'no document' : 'no iframe' } : false;
  const cs = getComputedStyle(f);
  const outer = f.getBoundingClientRect().height - ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom']
    .reduce((sum, k) => sum + parseFloat(cs[k]), 0);
  const html = doc.documentElement;
  const m = {
    outer,
    content: html.getBoundingClientRect().height,
    scrollHeight: html.scrollHeight,
    clientHeight: html.clientHeight,
    state: doc.querySelector('#jj-app [data-state]')?.getAttribute('data-state'),
  };
  m.ok = m.state === 'ready'
    && Math.abs(outer - m.content) <= 2
    && Math.abs(outer - m.scrollHeight) <= 2
    && m.scrollHeight <= m.clientHeight;
  return m.ok || report ? m : false;
}

const measure = (page, selector) => page.evaluate(frameFit, { selector, report: true });

/** Waits until the iframe is as tall as its content (see `frameFit`); returns the measures. */
async function fitted(page, selector, what) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  try {
    return await (await page.waitForFunction(frameFit, { selector, report: false }, { timeout: 20000 })).jsonValue();
  } catch (e) {
    if (!/Timeout/.test(String(e))) throw e;
    assert.fail(`${what}: the iframe's height never matched its content: ${JSON.stringify(await measure(page, selector))}`);
  }
}

/** Every script embed of the page (`[data-jingjin]`, in its shadow root) is ready. */
const scriptEmbedsReady = (page, timeout = 30000) => page.waitForFunction(() => [...document.querySelectorAll('[data-jingjin]')]
  .every((d) => d.shadowRoot?.querySelector('.jj')?.getAttribute('data-state') === 'ready'), null, { timeout });

const MAP = 'iframe[src*="map.zh-Hans.html"]';
const COMPARE = 'iframe[src*="compare.zh-Hans.html"]';

for (const width of [360, 768, 1280]) {
  test(`demo page at ${width}px: each iframe is as tall as its content, also after a view change`, async () => {
    const { page, errors } = await open(context(), `${suite.server.url}demo/`, { width, height: 800 });
    const map = await fitted(page, MAP, 'map');
    const compare = await fitted(page, COMPARE, 'compare');
    assert.notEqual(Math.round(map.outer), Math.round(compare.outer), 'two embeds, two heights');

    // A view change inside each frame: select a county on the map (its facts open below),
    // switch the map layer, pick another comparison.
    const mapFrame = await frameOf(page, MAP);
    await mapFrame.locator(unit('130723')).click();
    await mapFrame.locator(panel('130723')).waitFor();
    const selected = await fitted(page, MAP, 'map after selecting a county');
    assert.ok(selected.outer > map.outer + 50, `the facts make the map embed taller (${map.outer} → ${selected.outer})`);
    const exit = mapFrame.locator(layerButton('exit'));
    if (await exit.isVisible()) await exit.click();
    else await mapFrame.locator(LAYER_MENU).selectOption('exit'); // narrow: one menu
    await fitted(page, MAP, 'map after a layer change');
    const compareFrame = await frameOf(page, COMPARE);
    await compareFrame.locator('#tab-counties').click();
    const counties = await fitted(page, COMPARE, 'compare after a tab change');
    await compareFrame.locator('#tab-cities').click();
    const cities = await fitted(page, COMPARE, 'compare after another tab change');
    assert.notEqual(Math.round(counties.outer), Math.round(cities.outer), 'the tabs have different heights');
    if (width !== 768) await page.screenshot({ path: path.join(outputDir, `embed-demo-${width}.png`), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the child posts its height in our format, pym.js v1 and AMP, exactly', async () => {
  const page = await context().newPage();
  await page.addInitScript(() => {
    if (window.top !== window) return;
    window.__messages = [];
    window.addEventListener('message', (e) => window.__messages.push(e.data));
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${suite.server.url}demo/`);
  const { outer } = await fitted(page, MAP, 'map');
  const messages = await page.evaluate(() => window.__messages);
  const h = Math.round(outer);
  assert.ok(messages.some((m) => JSON.stringify(m) === JSON.stringify({ type: 'jingjin-embed:size', version: 1, id: 'map', height: h })), JSON.stringify(messages.slice(-6)));
  assert.ok(messages.includes(`pymxPYMxmapxPYMxheightxPYMx${h}`));
  assert.ok(messages.some((m) => JSON.stringify(m) === JSON.stringify({ sentinel: 'amp', type: 'embed-size', height: h })));
  for (const m of messages.filter((x) => typeof x === 'object' && x.type === 'jingjin-embed:size')) {
    assert.ok(Number.isInteger(m.height), 'integer heights');
    assert.ok(['map', 'compare'].includes(m.id));
  }
  // Not embedded: nothing is posted (the page is its own parent), not on load, not when
  // the islands hydrate, not when the page is resized and drawn again: each of these makes
  // an embedded page report its height.
  const alone = await context().newPage();
  await alone.addInitScript(() => {
    window.__posted = [];
    window.addEventListener('message', (e) => {
      if (!String(e.data).startsWith('jj-test:')) window.__posted.push(e.data);
    });
  });
  await alone.goto(`${suite.server.url}map.zh-Hans.html?embed-id=x`);
  await waitForState(alone, 'ready');
  await waitForIslands(alone);
  await alone.setViewportSize({ width: 700, height: 600 });
  await nextFrames(alone);
  await messagesDelivered(alone, alone, ([m]) => window.postMessage(m, '*'));
  assert.deepEqual(await alone.evaluate(() => window.__posted), []);
  await alone.close();
  await page.close();
});

test('forged and malformed size messages are ignored; a valid one is applied', async () => {
  const { page } = await open(context(), `${suite.server.url}demo/`, { width: 1280, height: 800 });
  const map = await fitted(page, MAP, 'map');
  const compare = await fitted(page, COMPARE, 'compare');
  const heights = () => page.evaluate(() => [...document.querySelectorAll('iframe[data-jingjin-embed]')].map((f) => f.style.height));
  const before = await heights();
  // A third iframe (not an embed) posts perfectly shaped messages; so does the host page.
  await page.evaluate(() => {
    const f = document.createElement('iframe');
    f.id = 'forger';
    f.title = 'forger';
    document.body.append(f);
  });
  const forger = await frameOf(page, '#forger');
  const forge = () => {
    for (const target of [parent, window]) {
      target.postMessage({ type: 'jingjin-embed:size', version: 1, id: 'map', height: 777 }, '*');
      target.postMessage('pymxPYMxmapxPYMxheightxPYMx777', '*');
      target.postMessage({ sentinel: 'amp', type: 'embed-size', height: 777 }, '*');
    }
  };
  await forger.evaluate(forge);
  await page.evaluate(forge);
  // The map's own frame posts malformed ones.
  const mapFrame = await frameOf(page, MAP);
  await mapFrame.evaluate(() => {
    const bad = [
      { type: 'jingjin-embed:size', version: 1, id: 'map', height: 777, extra: true },
      { type: 'jingjin-embed:size', version: 2, id: 'map', height: 777 },
      { type: 'jingjin-embed:size', version: 1, id: 7, height: 777 },
      { type: 'jingjin-embed:size', version: 1, id: 'map', height: '777' },
      { type: 'jingjin-embed:size', version: 1, id: 'map', height: Infinity },
      { type: 'jingjin-embed:size', version: 1, id: 'map', height: NaN },
      { type: 'jingjin-embed:size', version: 1, id: 'map', height: 49 },
      { type: 'jingjin-embed:size', version: 1, id: 'map', height: 20001 },
      { type: 'jingjin-embed:size', version: 1, height: 777 },
      { sentinel: 'amp', type: 'embed-size', height: 20001 },
      { sentinel: 'amp', type: 'embed-size', height: 777, x: 1 },
      { 'datawrapper-height': { map: 777 } },
      [777],
      777,
      'pymxPYMxmapxPYMxheightxPYMx777px',
      'pymxPYMxmapxPYMxheightxPYMx99999',
      'pymxPYMxmapxPYMxwidthxPYMx777',
      JSON.stringify({ type: 'jingjin-embed:size', version: 1, id: 'map', height: 777 }),
      null,
    ];
    for (const m of bad) parent.postMessage(m, '*');
  });
  // Once one more message from the map's frame has reached the host, so has every one above.
  await messagesDelivered(page, mapFrame, ([m]) => parent.postMessage(m, '*'));
  assert.deepEqual(await heights(), before, 'no height changed');
  assert.equal(Math.round(map.outer), Math.round((await measure(page, MAP)).outer));
  assert.equal(Math.round(compare.outer), Math.round((await measure(page, COMPARE)).outer));
  // The same message from the right frame is applied (so the checks above can fail).
  await mapFrame.evaluate(() => parent.postMessage('pymxPYMxmapxPYMxheightxPYMx777', '*'));
  await page.waitForFunction(() => document.querySelector('iframe[data-jingjin-embed]').style.height === '777px');
  assert.equal((await heights())[1], before[1], 'the other embed keeps its height');
  await page.close();
});

test('before it reports, an iframe gets a reserved height (defaults, or data-heights)', async () => {
  for (const width of [360, 768, 1280]) {
    const page = await context().newPage();
    await page.setViewportSize({ width, height: 800 });
    // The embedded pages never arrive, so only the reservation sizes the iframes.
    await page.route(/\/(map|compare)\.zh-Hans\.html/, () => {});
    await page.goto(`${suite.server.url}host-heights.html`, { waitUntil: 'domcontentloaded' });
    const styles = await (await page.waitForFunction(() => {
      const h = [...document.querySelectorAll('iframe')].map((f) => f.style.height);
      return h.every(Boolean) && h;
    })).jsonValue();
    const defaults = parseDefaults().map;
    const band = width >= 1000 ? 1000 : width >= 600 ? 600 : 0;
    assert.equal(styles[0], `${defaults[band]}px`, `map default at ${width}`);
    assert.equal(styles[1], width >= 700 ? '555px' : '900px', `data-heights at ${width}`);
    await page.close();
  }
});

/** The reserved heights in embed.js: { view: { minWidth: height } }. */
function parseDefaults() {
  const text = fs.readFileSync(path.join(root, 'src/embed/embed.js'), 'utf8');
  const block = text.slice(text.indexOf('var DEFAULTS = {'), text.indexOf('};', text.indexOf('var DEFAULTS = {')));
  const out = {};
  for (const [, view, pairs] of block.matchAll(/(\w+): '([\d:,]+)'/g)) {
    out[view] = Object.fromEntries(pairs.split(',').map((p) => p.split(':').map(Number)));
  }
  return out;
}

test('the reserved heights stay within 40% of the real content heights', async () => {
  const defaults = parseDefaults();
  assert.deepEqual(Object.keys(defaults).sort(), ['index', ...VIEWS].sort());
  const off = [];
  for (const [view, bands] of Object.entries(defaults)) {
    const file = view === 'index' ? 'index.html' : `${view}.zh-Hans.html`;
    for (const [width, band] of [[360, 0], [768, 600], [1280, 1000]]) {
      const { page } = await open(context(), `${suite.server.url}${file}`, { width, height: 600 });
      await waitForState(page, 'ready');
      // Measure as in a frame: there every section renders (outside frames, off-screen
      // sections only reserve an estimated height until they come into view).
      const real = await page.evaluate(() => {
        document.getElementById('jj-app')?.setAttribute('data-embedded', '');
        return Math.ceil(document.documentElement.getBoundingClientRect().height);
      });
      if (Math.abs(bands[band] - real) > 0.4 * real) off.push(`${view} at ${width}px: reserved ${bands[band]}, real ${real}`);
      await page.close();
    }
  }
  assert.deepEqual(off, [], 'update DEFAULTS in src/embed/embed.js');
});

test('the script embed resists hostile host CSS and does not restyle the host', async () => {
  const sizes = async (page) => page.locator('[data-jingjin]').evaluate((host) => {
    const s = host.shadowRoot;
    const px = (sel) => { const el = s.querySelector(sel); return el ? getComputedStyle(el).fontSize : null; };
    return { jj: px('.jj'), heading: px('.story__heading'), layer: px('.layers__button'), source: px('.graphic__source') };
  });
  const clean = await context().newPage();
  await clean.goto(`${suite.server.url}host-clean.html`);
  await clean.locator('[data-jingjin] .jj[data-state="ready"]').waitFor(); // playwright pierces open shadow roots
  const want = await sizes(clean);
  await clean.close();

  const { page, errors } = await open(context(), `${suite.server.url}host-hostile.html`);
  const host = page.locator('[data-jingjin]');
  await host.locator('.jj[data-state="ready"]').waitFor();
  assert.equal(await page.locator('#host-p').evaluate((p) => getComputedStyle(p).fontSize), '30px', 'the hostile CSS applies to the host');
  const svg = host.locator(`${LISTBOX} svg`).first();
  assert.equal(await svg.evaluate((el) => getComputedStyle(el).display === 'none'), false, 'the map svg shows');
  const box = await svg.boundingBox();
  assert.ok(box && box.width > 200 && box.height > 100, `the map has a size: ${JSON.stringify(box)}`);
  assert.equal(await host.locator(UNITS).count(), 51);
  assert.deepEqual(await sizes(page), want, 'the text keeps its own sizes');
  assert.equal(await host.evaluate((h) => h.shadowRoot.mode), 'open');
  assert.deepEqual(errors, []);
  await page.close();
});

test('mounting a script embed changes nothing on the host page', async () => {
  const { page, errors } = await open(context(), `${suite.server.url}host-late.html#top`);
  const look = () => page.evaluate(() => {
    const cs = getComputedStyle(document.getElementById('host-p'));
    return {
      font: `${cs.fontFamily} ${cs.fontSize} ${cs.fontWeight} ${cs.lineHeight}`,
      color: cs.color,
      margin: cs.margin,
      background: getComputedStyle(document.body).backgroundColor,
      bodyMargin: getComputedStyle(document.body).margin,
      lang: document.documentElement.lang,
      hash: location.hash,
      title: document.title,
      sheets: document.styleSheets.length,
    };
  });
  const before = await look();
  await page.addScriptTag({ url: `${suite.server.url}script.js` });
  await page.locator('.jj[data-state="ready"]').waitFor();
  // Interact inside the embed: the host's URL and language must not follow.
  await page.locator(`[data-jingjin] ${unit('130723')}`).click();
  await page.locator(`[data-jingjin] ${panel('130723')}`).waitFor();
  assert.deepEqual(await look(), before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('without JavaScript the page shows the headline figures and the map', async () => {
  await withContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } }, async (context) => {
    const page = await context.newPage();
    await page.goto(suite.server.url);
    const cards = await page.locator('.cards__value').allTextContents();
    assert.ok(cards.includes('62.85亿元'), JSON.stringify(cards));
    assert.equal(await page.locator(UNITS).count(), 51);
    assert.ok(await page.locator(LISTBOX).isVisible());
    await page.goto(`${suite.server.url}map.en.html`);
    assert.equal(await page.locator(UNITS).count(), 51);
    assert.ok(await page.locator('#section-map').isVisible());
    assert.equal(await page.locator('#section-compare').isVisible(), false, 'a view page shows its view alone');
    await page.screenshot({ path: path.join(outputDir, 'embed-noscript-1280.png') });
  });
});

test('under a strict CSP: no violation, and the page and the demo reach ready', async () => {
  for (const url of ['', 'index.en.html?theme=dark&plain=1', 'map.zh-Hant.html?theme=auto', 'demo/', 'demo/ten.html']) {
    const { page, errors, response } = await open(context(), `${csp.server.url}${url}`, {
      setup: (p) => p.addInitScript(() => {
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
        });
      }),
    });
    assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
    await page.locator('.jj[data-state="ready"]').first().waitFor({ timeout: 30000 });
    if (url.startsWith('demo/')) {
      for (const frame of await page.locator('iframe[data-jingjin-embed]').all()) {
        await frame.scrollIntoViewIfNeeded();
        const f = await (await frame.elementHandle()).contentFrame();
        await f.waitForSelector('.jj[data-state="ready"]', { timeout: 30000 });
      }
      await scriptEmbedsReady(page);
    }
    // Until all of the app has run (every island hydrated, in the page and in its frames)
    // and drawn: a violation it caused has been reported by then.
    for (const frame of page.frames()) {
      await waitForIslands(frame);
      await nextFrames(frame);
    }
    const violations = [];
    for (const frame of page.frames()) violations.push(...(await frame.evaluate(() => window.__csp ?? []).catch(() => [])));
    assert.deepEqual(violations, [], url);
    assert.deepEqual(errors.filter((e) => /Content Security Policy|CSP/i.test(e)), [], url);
    assert.deepEqual(errors, [], url);
    await page.close();
  }
});

/** The `.jj` element's background: dark when its luminance is low. */
async function isDark(scope) {
  const rgb = await scope.locator('.jj').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = rgb.match(/[\d.]+/g).map(Number);
  return { dark: 0.2126 * r + 0.7152 * g + 0.0722 * b < 80, rgb };
}

test('theme: ?theme=dark, ?theme=auto follows the system, light by default', async () => {
  const check = async (query, scheme, want) => {
    const page = await context().newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${suite.server.url}map.zh-Hans.html${query}`);
    await waitForState(page, 'ready');
    const got = await isDark(page);
    assert.equal(got.dark, want, `${query} under ${scheme}: ${got.rgb}`);
    await page.close();
  };
  await check('?theme=dark', 'light', true);
  await check('?theme=auto', 'dark', true);
  await check('?theme=auto', 'light', false);
  await check('', 'dark', false);
  await check('?theme=light', 'dark', false);
  await check('?theme=purple', 'dark', false);
});

test('theme: the host switches an embed at run time; other windows cannot', async () => {
  const { page } = await open(context(), `${suite.server.url}demo/`, { width: 1280, height: 800 });
  await fitted(page, MAP, 'map');
  const mapFrame = await frameOf(page, MAP);
  const themeOf = () => mapFrame.evaluate(() => document.getElementById('jj-app').getAttribute('data-theme'));
  assert.equal(await themeOf(), 'light');
  assert.equal((await isDark(mapFrame)).dark, false);
  // Only window.JingjinEmbed is added to the host page.
  assert.deepEqual(Object.keys(await page.evaluate(() => window.JingjinEmbed)), ['setTheme']);
  assert.equal(await page.evaluate(() => window.JingjinEmbed.setTheme('dark')), true);
  await mapFrame.locator('#jj-app[data-theme="dark"]').waitFor({ state: 'attached' });
  assert.equal((await isDark(mapFrame)).dark, true);
  // The same message from a sibling frame, from the embed itself, and malformed from the
  // parent: all ignored.
  await page.evaluate(() => {
    const f = document.createElement('iframe');
    f.id = 'forger';
    f.title = 'forger';
    document.body.append(f);
  });
  const forger = await frameOf(page, '#forger');
  await forger.evaluate(() => parent.document.querySelector('iframe[data-jingjin-embed]').contentWindow
    .postMessage({ type: 'jingjin-embed:theme', version: 1, theme: 'light' }, '*'));
  await mapFrame.evaluate(() => window.postMessage({ type: 'jingjin-embed:theme', version: 1, theme: 'light' }, '*'));
  await page.evaluate(() => {
    const w = document.querySelector('iframe[data-jingjin-embed]').contentWindow;
    w.postMessage({ type: 'jingjin-embed:theme', version: 1, theme: 'light', x: 1 }, '*');
    w.postMessage({ type: 'jingjin-embed:theme', version: 1, theme: 'pink' }, '*');
    w.postMessage({ type: 'jingjin-embed:theme', version: '1', theme: 'light' }, '*');
    w.postMessage(JSON.stringify({ type: 'jingjin-embed:theme', version: 1, theme: 'light' }), '*');
  });
  // Once one more message from the host has reached the frame, so has every one above.
  await messagesDelivered(mapFrame, page, ([m]) => document.querySelector('iframe[data-jingjin-embed]').contentWindow.postMessage(m, '*'));
  assert.equal(await themeOf(), 'dark');
  assert.equal(await page.evaluate(() => window.JingjinEmbed.setTheme('pink')), false);
  // The demo's own switch goes through the same API.
  await page.locator('#demo-theme').click(); // the host goes dark (already sent)
  await page.locator('#demo-theme').click(); // and light again
  await mapFrame.locator('#jj-app[data-theme="light"]').waitFor({ state: 'attached' });
  await page.close();
});

test('theme: data-theme-from follows the host class or the system', async () => {
  const page = await context().newPage();
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(`${suite.server.url}demo/`);
  await page.evaluate(() => {
    for (const [id, rule] of [['by-class', 'class:night'], ['by-media', 'media']]) {
      const f = document.createElement('iframe');
      f.id = id;
      f.title = id;
      f.src = '../overview.zh-Hans.html';
      f.setAttribute('data-jingjin-embed', '');
      f.setAttribute('data-theme-from', rule);
      document.querySelector('.article').prepend(f);
    }
  });
  // The theme each frame's graphic has: wait for it, or read it.
  const themed = (id, theme) => page.frameLocator(`#${id}`).locator(`#jj-app[data-theme="${theme}"]`).waitFor({ state: 'attached' });
  const themeIn = async (id) => (await frameOf(page, `#${id}`)).evaluate(() => document.getElementById('jj-app')?.getAttribute('data-theme'));
  await themed('by-class', 'light');
  await themed('by-media', 'light');
  await page.evaluate(() => document.documentElement.classList.add('night'));
  await themed('by-class', 'dark');
  assert.equal(await themeIn('by-media'), 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await themed('by-media', 'dark');
  await page.evaluate(() => document.documentElement.classList.remove('night'));
  await themed('by-class', 'light');
  // Added after load: it was sized too.
  await fitted(page, '#by-class', 'an iframe added later');
  await page.close();
});

test('render flags are whitelisted and written on #jj-app', async () => {
  const flags = async (query) => {
    const page = await context().newPage();
    await page.goto(`${suite.server.url}index.html${query}`);
    await waitForState(page, 'ready');
    const attrs = await page.locator('#jj-app').evaluate((el) => Object.fromEntries(
      [...el.attributes].filter((a) => a.name !== 'id' && a.name !== 'data-fingerprint').map((a) => [a.name, a.value])));
    await page.close();
    return attrs;
  };
  assert.deepEqual(await flags('?theme=dark&view=map&plain=1'), { 'data-prerendered': 'zh-Hans', 'data-theme': 'dark', 'data-view': 'map', 'data-plain': '' });
  assert.deepEqual(await flags('?theme=%22%3E&view=evil&plain=0&static=no&lang=xx'), { 'data-prerendered': 'zh-Hans', 'data-theme': 'light' });
  // A view shows that section alone; plain hides header and footer.
  const page = await context().newPage();
  await page.goto(`${suite.server.url}index.html?view=compare&plain=1`);
  await waitForState(page, 'ready');
  assert.ok(await page.locator('#section-compare').isVisible());
  assert.equal(await page.locator('#section-map').isVisible(), false);
  assert.equal(await page.locator('.graphic__head').isVisible(), false);
  await page.close();
});

/**
 * Opens `path` with the page's clock under the test's control, listing the requests for the
 * app's code (its WebAssembly and JS glue) as they are made.
 */
async function openWatchingApp(path) {
  const wasm = [];
  const { page } = await open(context(), `${suite.server.url}${path}`, {
    setup: async (p) => {
      p.on('request', (r) => { if (/\.wasm$|\/app-[0-9a-f]+\.js$/.test(r.url())) wasm.push(r.url()); });
      await p.clock.install();
    },
  });
  // Later, after ten seconds of the page's time (a late start on a timer or an idle callback
  // would have asked by then), the requests made so far.
  const later = async () => {
    await page.clock.runFor(10_000);
    await requestsSeen(page);
    return wasm;
  };
  return { page, later };
}

test('static: no WebAssembly, the server-rendered graphic stays and is marked static', async () => {
  const { page, later } = await openWatchingApp('map.zh-Hans.html?static=1');
  await waitForState(page, 'static');
  assert.equal(await page.locator('#jj-app').getAttribute('data-static'), '');
  assert.equal(await page.locator(UNITS).count(), 51);
  // No dead tab stops: nothing focusable that would not answer.
  assert.equal(await page.locator(`${LISTBOX}[tabindex], ${PLOT}[tabindex]`).count(), 0);
  assert.deepEqual(await later(), [], 'nothing of the app is fetched (nor preloaded)');
  await page.close();
});

// Embeds use the section pages: none of them hints at a download, so a static embed of any
// of them fetches nothing of the app. Only the full pages (index*.html), where readers land,
// ask for the first view's files in their head (src/bin/prerender.rs).
test('section pages carry no download hints; the full pages do', () => {
  // The pages readers and embeds open (not trunk's own copy of the template).
  const pages = fs.readdirSync(dist).filter((f) => /^[a-z]+(\.(zh-Hans|zh-Hant|en))?\.html$/.test(f));
  const hints = (f) => (fs.readFileSync(path.join(dist, f), 'utf8').match(/<link rel="(module)?preload"/g) ?? []).length;
  const full = pages.filter((f) => f.startsWith('index'));
  const sections = pages.filter((f) => !f.startsWith('index'));
  assert.equal(full.length, 3);
  assert.ok(sections.length >= 27, sections.join(' '));
  for (const f of sections) assert.equal(hints(f), 0, f);
  for (const f of full) assert.equal(hints(f), 3, f);
});

test('static script embed: the server-rendered page of its language, no WebAssembly', async () => {
  const { page, later } = await openWatchingApp('host-static.html');
  await page.locator('[data-jingjin] .jj[data-state="ready"]').waitFor();
  assert.equal(await page.locator(`[data-jingjin] ${UNITS}`).count(), 51);
  assert.match(await page.locator('[data-jingjin] #heading-map').textContent(), /[A-Za-z]/, 'English, from the host page');
  assert.deepEqual(await later(), []);
  await page.close();
});

test('script embeds saved or cloned with the mounted mark still mount', async () => {
  const page = await context().newPage();
  await page.goto(`${suite.server.url}host-saved.html`);
  await page.locator('#saved .jj[data-state="ready"]').waitFor();
  await page.evaluate(() => window.cloneEmbed());
  await page.locator('#copy .jj[data-state="ready"]').waitFor();
  assert.equal(await page.locator(`#copy ${UNITS}`).count(), 51);
  await page.close();
});

test('without WebAssembly a script embed shows the static graphic', async () => {
  const page = await context().newPage();
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(`${suite.server.url}host-clean.html`);
  await page.locator('[data-jingjin] .jj[data-state="ready"]').waitFor();
  assert.equal(await page.locator(`[data-jingjin] ${UNITS}`).count(), 51);
  assert.ok(await page.locator(`[data-jingjin] ${FIGURES}`).count() > 0);
  await page.close();
});

test('without WebAssembly a prerendered page is its static graphic, not stuck loading', async () => {
  const page = await context().newPage();
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(`${suite.server.url}index.en.html`);
  await page.locator('#jj-app .jj[data-state="static"]').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#jj-app [role="alert"]').count(), 0);
  assert.equal(await page.locator(UNITS).count(), 51);
  await page.close();
});

test('when the app cannot load, the page keeps its graphic and says so', async () => {
  const page = await context().newPage();
  const logged = [];
  page.on('console', (m) => { if (m.type() === 'error') logged.push(m.text()); });
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'no' }));
  await page.goto(`${suite.server.url}index.en.html`);
  const alert = page.locator('#jj-app [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not load/);
  assert.equal(await page.locator(UNITS).count(), 51);
  assert.ok((await page.locator('.cards__value').allTextContents()).includes('6.29 billion yuan'));
  assert.ok(logged.some((l) => /jingjin/.test(l)), JSON.stringify(logged));
  await page.close();
});

test('ten script embeds on one page: one load of the app, ten graphics ready', async () => {
  const loads = [];
  const { page, errors } = await open(context(), `${suite.server.url}demo/ten.html`, {
    width: 1024,
    setup: (p) => p.on('request', (r) => { if (/\.wasm$/.test(r.url())) loads.push(r.url()); }),
  });
  assert.equal(await page.locator('[data-jingjin]').count(), 10);
  await scriptEmbedsReady(page, 60000);
  assert.equal(loads.length, 1, `the wasm is fetched once: ${loads.join(' ')}`);
  const langs = await page.locator('[data-jingjin] .jj').evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
  assert.deepEqual(langs, ['zh-Hans', 'en', 'zh-Hant', 'zh-Hans', 'zh-Hans', 'en', 'zh-Hans', 'zh-Hant', 'zh-Hans', 'en']);
  const views = await page.locator('[data-jingjin]').evaluateAll((els) => els.map((e) => e.shadowRoot.querySelector('.jj-embed').getAttribute('data-view')));
  assert.deepEqual(views, [...VIEWS, null]);
  // Issue 17: the host's h1 stays the page's only one (ten embeds had added ten more).
  const h1s = await page.evaluate(() => document.querySelectorAll('h1').length
    + [...document.querySelectorAll('[data-jingjin]')].reduce((n, e) => n + e.shadowRoot.querySelectorAll('h1').length, 0));
  assert.equal(h1s, 1);
  // Each one is interactive on its own.
  await page.locator('[data-jingjin]').nth(1).locator(unit('130723')).click();
  await page.locator('[data-jingjin]').nth(1).locator(panel('130723')).waitFor();
  assert.equal(await page.locator(`[data-jingjin] ${panel()}`).count(), 1);
  await page.screenshot({ path: path.join(outputDir, 'embed-ten-1024.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('from another origin: the iframe sizes itself and the script embed mounts', async () => {
  assert.ok(suite.server.url2 && suite.server.url2 !== suite.server.url);
  const a = suite.server.url;
  // Served by the second origin (the routes object is read on every request).
  HOST_PAGES['/cross.html'] = {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cross</title>
      <link rel="icon" href="${a}demo/favicon.svg">
      <script src="${a}embed.js" defer></script><script src="${a}script.js" defer></script></head><body>
      <iframe data-jingjin-embed src="${a}timeline.en.html?embed-id=t" title="t" width="100%"></iframe>
      <div data-jingjin data-view="results" data-lang="en"></div></body></html>`,
  };
  const { page, errors } = await open(context(), `${suite.server.url2}cross.html`, { width: 800, height: 800 });
  await page.frameLocator('iframe').locator('.jj[data-state="ready"]').waitFor();
  const frame = page.frames().find((f) => f.url().startsWith(`${a}timeline.en.html`));
  assert.ok(frame, 'the cross-origin frame');
  // The host cannot look into the frame: the frame's viewport is the box the host gave the
  // iframe. Waited for, as the story's islands hydrate after ready and may change it.
  await frame.waitForFunction(() => Math.abs(innerHeight - document.documentElement.getBoundingClientRect().height) <= 2);
  await page.locator('[data-jingjin] .jj[data-state="ready"]').waitFor();
  assert.ok(await page.locator('[data-jingjin] #section-results').isVisible());
  assert.deepEqual(errors, []);
  await page.close();
});
