// The first view in a real browser against the release build: it loads, draws 51 county
// shapes, shows the tooltip and the selected county's facts, and logs no errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { dist } from '../lib/server.mjs';
import { sharedBrowser, withContext, open, openReady, waitForState, outputDir, fullPageShot } from '../lib/browser.mjs';
import { MAP, UNITS, unit, panel, SELECTED_UNIT, layerButton, langLink, FIGURES } from '../lib/selectors.mjs';

// A page served up to the start of the story at once, the rest once its `release()` is
// called: `held.html` and `loading.html`, each with a hold of its own.
function heldAtStory() {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const handler = (req, res) => {
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const story = html.indexOf('id="section-overview"');
    if (story < html.indexOf('id="jj-map"')) throw new Error('the story comes before the map');
    const cut = html.indexOf('>', story) + 1;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.write(html.slice(0, cut));
    held.then(() => res.end(html.slice(cut)));
    return true;
  };
  return { handler, release };
}
const { handler: heldPage, release: releaseStory } = heldAtStory();
const { handler: loadingPage, release: releaseLoading } = heldAtStory();

// `arriving.html`: the page in pieces, with a pause at each boundary of the map's parts
// (before the map, in the middle of its drawing, before the controls, before the legends),
// so the browser paints each partial page as it would on a slow connection.
function arrivingPage(req, res) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const at = (marker) => {
    const i = html.indexOf(marker);
    if (i < 0) throw new Error(`no ${marker} in index.html`);
    return html.lastIndexOf('<', i);
  };
  const stage = at('class="map__stage"');
  const panel = at('data-island="panel"');
  const middle = html.lastIndexOf('<', Math.floor((stage + panel) / 2));
  const cuts = [stage, middle, at('class="layers"'), at('class="map__legends"')].sort((a, b) => a - b);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  let from = 0;
  const next = () => {
    const to = cuts.shift() ?? html.length;
    res.write(html.slice(from, to));
    from = to;
    if (to < html.length) setTimeout(next, 300);
    else res.end();
  };
  next();
  return true;
}
const suite = sharedBrowser({
  handlers: { '/held.html': heldPage, '/arriving.html': arrivingPage, '/loading.html': loadingPage },
});

test('reaches ready with the headline figures and 51 county shapes', async () => {
  const { page, errors } = await openReady(suite);
  assert.equal(await page.locator(UNITS).count(), 51);
  const cards = await page.locator('.cards__value').allTextContents();
  assert.deepEqual(cards, ['62.85亿元', '2356个', '300.5亿元', '2367人']);
  assert.match(await page.locator('h1').textContent(), /28个县.*16\.24%.*0%/);
  // The partner classes are what colours a county.
  const paired = await page.locator(`${UNITS}.partner--beijing, ${UNITS}.partner--tianjin`).count();
  assert.equal(paired, 28);
  assert.equal(await page.locator(`${UNITS}.partner--tianjin`).count(), 5);
  assert.deepEqual(errors, []);
  await page.close();
});

test('hover shows a tooltip, click selects and shows facts with sources', async () => {
  const { page, errors } = await openReady(suite);
  const kangbao = page.locator(unit('130723'));
  await kangbao.hover();
  const tip = page.locator('#jj-map-tip');
  await tip.waitFor();
  assert.match(await tip.textContent(), /康保县.*张家口市.*北京.*朝阳区/s);
  await kangbao.click();
  assert.equal(await kangbao.getAttribute('aria-selected'), 'true');
  assert.equal(await page.locator('#jj-map').getAttribute('data-selected'), '130723');
  const details = page.locator(panel('130723'));
  await details.waitFor();
  const text = await details.textContent();
  assert.match(text, /康保县/);
  assert.match(text, /朝阳区/);
  assert.match(text, /深度贫困县/);
  assert.match(text, /2020年/);
  assert.match(text, /可信度：高/);
  assert.ok(await details.getByRole('link').count() > 3, 'facts cite sources');
  // A county whose district is unknown says so.
  await page.locator(unit('130725')).click();
  assert.match(await page.locator(panel('130725')).textContent(), /结对区未知/);
  // Clicking the selected county again clears the selection.
  await page.locator(unit('130725')).click({ force: true });
  await page.locator(SELECTED_UNIT).waitFor({ state: 'detached', timeout: 5000 });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the keyboard reaches the map, moves the focus and selects with Enter', async () => {
  const { page, errors } = await openReady(suite);
  const frame = page.locator(MAP);
  for (let i = 0; i < 30 && !(await frame.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  assert.ok(await frame.evaluate((el) => el === document.activeElement), 'Tab reaches the map');
  await page.locator('#jj-map-tip').waitFor();
  await page.keyboard.press('ArrowDown');
  const active = await frame.getAttribute('aria-activedescendant');
  assert.match(active, /^county-13\d{4}$/);
  await page.keyboard.press('Enter');
  const code = active.replace('county-', '');
  await page.locator(`${unit(code)}[aria-selected="true"]`).waitFor({ state: 'attached', timeout: 5000 });
  await page.keyboard.press('Escape');
  await page.locator(SELECTED_UNIT).waitFor({ state: 'detached', timeout: 5000 });
  assert.deepEqual(errors, []);
  await page.close();
});

test("switches language, keeping the reader's state", async () => {
  const { page } = await openReady(suite, '#v=1&sel=130723');
  await page.locator(langLink('en')).click();
  await page.waitForURL(/index\.en\.html#v=1&sel=130723$/);
  await waitForState(page, 'ready');
  assert.match(await page.locator('h1').textContent(), /28 Hebei counties/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.locator(panel('130723')).waitFor();
  await page.locator(langLink('zh-Hant')).click();
  await page.waitForURL(/index\.zh-Hant\.html#v=1&sel=130723$/);
  await waitForState(page, 'ready');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hant');
  assert.match(await page.locator(panel('130723')).textContent(), /康保縣/);
  await page.close();
});

for (const width of [360, 390, 768, 1280, 1440]) {
  test(`no horizontal scrolling at ${width}px; screenshot`, async () => {
    const { page } = await openReady(suite, '', { width, height: 900 });
    // force: a project marker may sit over the county's middle (clicking it selects the
    // same county).
    await page.locator(unit('130624')).click({ force: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
    if (width === 390 || width === 1280) {
      await fullPageShot(page, path.join(outputDir, `first-view-${width}.png`));
    }
    await page.close();
  });
}

test('works from a nested path (relocatable build)', async () => {
  const { page, errors } = await openReady(suite, 'nested/deeper/');
  assert.equal(await page.locator(UNITS).count(), 51);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a missing dataset gives a clear error and no numbers', async () => {
  const { page, errors: logged } = await openReady(suite, '', {
    state: 'error',
    setup: (p) => p.route('**/data/dataset.json', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' })),
  });
  const alert = page.locator('[role="alert"]');
  assert.match(await alert.textContent(), /data\/dataset\.json.*404/s);
  assert.equal(await page.locator(FIGURES).count(), 0);
  assert.ok(logged.some((l) => l.includes('data/dataset.json')), 'the console names the file');
  await page.close();
});

test('a prerendered page draws its map from its markup: the geometry is not fetched', async () => {
  // (Pages rendered in the browser fetch it; reliability.test.mjs breaks it there.)
  const asked = [];
  const { page } = await openReady(suite, '', {
    setup: (p) => p.route('**/data/geometry.json', (route) => {
      asked.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":"jingjin-geo/1","width":' });
    }),
  });
  assert.equal(await page.locator(UNITS).count(), 51);
  assert.equal(await page.locator('#section-map [role="alert"]').count(), 0);
  assert.deepEqual(asked, []);
  await page.close();
});

// The first tap is never lost: made while the WebAssembly is still on its way (held back
// here), it is drawn at once, and the county's panel opens when the map's binary starts.
test('a tap before the app runs is drawn at once and handed to the app', async () => {
  let release;
  const held = new Promise((r) => { release = r; });
  const { page } = await open(suite.browser.context, suite.server.url, {
    waitUntil: 'domcontentloaded',
    setup: (p) => p.route(/\/map-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); }),
  });
  const kangbao = page.locator(unit('130723'));
  await kangbao.click();
  assert.equal(await kangbao.getAttribute('aria-selected'), 'true', 'marked before the app runs');
  assert.equal(await page.locator('#jj-map').getAttribute('data-selected'), '130723');
  // A layer button works the same way; the last choice of each kind wins.
  await page.locator(layerButton('exit')).click();
  assert.equal(await page.locator('#jj-map').getAttribute('data-layer'), 'exit');
  release();
  await waitForState(page, 'ready');
  await page.locator(panel('130723')).waitFor();
  assert.equal(await page.locator('#jj-map').getAttribute('data-layer'), 'exit');
  await page.waitForFunction(() => /sel=130723/.test(location.hash) && /layer=exit/.test(location.hash));
  await page.close();
});

// The map answers as soon as its own markup is parsed: the rest of the page (the story) is
// held back by the server, as a slow network would hold it, and the map still becomes ready,
// takes a click and opens the county's panel before the page has been parsed.
test('the map answers before the rest of the page has arrived', async () => {
  const { page, errors } = await open(suite.browser.context, `${suite.server.url}held.html`, { waitUntil: 'commit' });
  await waitForState(page, 'ready');
  assert.equal(await page.evaluate(() => document.readyState), 'loading', 'ready before the page is parsed');
  assert.equal(await page.locator('#section-results').count(), 0, 'the story has not arrived');
  await page.locator(unit('130723')).click();
  await page.locator(panel('130723')).waitFor();
  releaseStory();
  await page.waitForFunction(() => document.readyState !== 'loading');
  // The story's islands hydrate once it has arrived; the county stays chosen.
  await page.locator('[data-island="compare"][data-state="ready"]').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#jj-map').getAttribute('data-selected'), '130723');
  assert.deepEqual(errors, []);
  await page.close();
});

// Phones once showed the layer controls and the takeaway where the map was still to come;
// as the map arrived they jumped down by its height (a layout shift of 0.09 in
// Lighthouse's mobile run). Nothing painted may move while the page arrives.
test('nothing on the first screen moves while the map arrives', async () => {
  for (const [width, height] of [[390, 844], [1280, 900]]) {
    const { page, errors } = await open(suite.browser.context, `${suite.server.url}arriving.html`, {
      width,
      height,
      waitUntil: 'commit',
      setup: (p) => p.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            const moved = e.sources.map((s) => (s.node?.nodeType === 1 ? s.node : s.node?.parentElement)?.className ?? '?');
            window.__shifts.push({ value: e.value, moved });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      }),
    });
    await waitForState(page, 'ready');
    await page.waitForFunction(() => document.readyState === 'complete');
    const shifts = await page.evaluate(() => window.__shifts);
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    assert.ok(total < 0.01, `${width} px: layout shift ${total.toFixed(3)}: ${JSON.stringify(shifts)}`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

// The query's flags change what the page shows (`plain=1` takes the header away, `theme`
// its colours): applied at DOMContentLoaded, long after a full page is first painted, they
// moved what the reader saw (a layout shift of 0.12 at 1280 px with `plain=1`). They are
// applied as soon as #jj-app is parsed, while the page is still arriving.
test("the query's flags apply while the page is still arriving", async () => {
  const { page, errors } = await open(suite.browser.context, `${suite.server.url}loading.html?plain=1&theme=dark`, { waitUntil: 'commit' });
  await page.waitForSelector('#jj-app[data-plain][data-theme="dark"]', { state: 'attached' });
  assert.equal(await page.evaluate(() => document.readyState), 'loading');
  releaseLoading();
  await waitForState(page, 'ready');
  await page.waitForFunction(() => document.readyState === 'complete');
  assert.equal(await page.locator('#jj-app').getAttribute('data-theme'), 'dark');
  assert.deepEqual(errors, []);
  await page.close();
});

// While the map binary starts, the story's sections ahead of the screen are not laid out
// (boot.js: `holdStory`); the hold ends once the map answers, and at once when the reader
// scrolls: no section is ever blank on screen.
test("the story's sections wait while the map starts, never once the reader scrolls", async () => {
  const rendered = (page) => page.evaluate(() => document.querySelector('#section-results > *').checkVisibility({ contentVisibilityAuto: true }));
  const held = (page) => page.evaluate(() => document.documentElement.hasAttribute('data-jj-starting'));
  let letWasmIn;
  const wasmHeld = new Promise((resolve) => { letWasmIn = resolve; });
  const { page, errors } = await open(suite.browser.context, suite.server.url, {
    waitUntil: 'domcontentloaded',
    setup: (p) => p.route(/\/map-[0-9a-f]+_bg\.wasm$/, (route) => wasmHeld.then(() => route.continue())),
  });
  // boot.js is an async module: it may run after DOMContentLoaded.
  await page.waitForFunction(() => window.jingjinBoot);
  assert.equal(await held(page), true, 'held while the map binary has not run');
  assert.equal(await rendered(page), false, 'the first chart is not laid out ahead of the screen');
  await page.mouse.move(640, 450);
  await page.mouse.wheel(0, 1200);
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-jj-starting'));
  await page.evaluate(() => document.getElementById('section-results').scrollIntoView());
  await page.waitForFunction(() => document.querySelector('#section-results > *').checkVisibility({ contentVisibilityAuto: true }));
  letWasmIn();
  await waitForState(page, 'ready');
  assert.deepEqual(errors, []);
  await page.close();

  // A page of one section, a section asked for, or a place on the page in the address:
  // never held (the section would be blank on screen).
  let letWasmIn2;
  const wasmHeld2 = new Promise((resolve) => { letWasmIn2 = resolve; });
  for (const path of ['results.zh-Hans.html', '?view=results', '#source-S05', '#v=1&view=results']) {
    const { page: one } = await open(suite.browser.context, `${suite.server.url}${path}`, {
      waitUntil: 'domcontentloaded',
      setup: (p) => p.route(/\/map-[0-9a-f]+_bg\.wasm$/, (route) => wasmHeld2.then(() => route.continue()).catch(() => {})),
    });
    await one.waitForFunction(() => window.jingjinBoot);
    assert.equal(await held(one), false, path);
    await one.close();
  }
  letWasmIn2();

  // Without a scroll the hold ends once the map answers.
  const { page: second } = await openReady(suite);
  await second.waitForFunction(() => !document.documentElement.hasAttribute('data-jj-starting'));
  await second.evaluate(() => document.getElementById('section-results').scrollIntoView());
  await second.waitForFunction(() => document.querySelector('#section-results > *').checkVisibility({ contentVisibilityAuto: true }));
  await second.close();
});

test('the dataset is downloaded once for both binaries', async () => {
  const asked = [];
  const { page } = await openReady(suite, '', {
    setup: (p) => p.on('request', (r) => { if (r.url().endsWith('/data/dataset.json')) asked.push(r.url()); }),
  });
  // The whole graphic's binary has hydrated the story.
  await page.locator('[data-island="compare"][data-state="ready"]').waitFor({ state: 'attached' });
  assert.equal(asked.length, 1, JSON.stringify(asked));
  await page.close();
});

// A full page asks for the first view's files in its <head> (prerender.rs): each is fetched
// once, and used (Chromium warns of a preload left unused, or fetched again in another mode).
test("a full page's head hints start the first view's downloads, each fetched once", async () => {
  const asked = [];
  const warnings = [];
  const { page } = await openReady(suite, '', {
    setup: (p) => {
      p.on('request', (r) => { if (/\/(map-[0-9a-f]+(_bg\.wasm|\.js)|data\/dataset\.json)$/.test(r.url())) asked.push(new URL(r.url()).pathname); });
      p.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    },
  });
  const hinted = await page.evaluate(() => [...document.head.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]')].map((l) => new URL(l.href).pathname));
  assert.equal(hinted.length, 3, JSON.stringify(hinted));
  await page.locator('[data-island="compare"][data-state="ready"]').waitFor({ state: 'attached' });
  // Chromium reports an unused preload a few seconds after the load event.
  await page.waitForTimeout(3500);
  assert.deepEqual([...asked].sort(), [...hinted].sort(), 'each hinted file fetched once, nothing else of the first view');
  assert.deepEqual(warnings.filter((w) => /preload/i.test(w)), []);
  await page.close();
});

test('a touch screen is told to tap, not to click, hover or press keys', async () => {
  await withContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async (context) => {
    const page = await context.newPage();
    await page.goto(suite.server.url);
    await waitForState(page, 'ready');
    const note = page.locator('.map__note');
    assert.match(await note.locator('.for-touch').innerText(), /轻点/);
    assert.equal(await note.locator('.for-pointer').isVisible(), false);
    assert.doesNotMatch(await note.innerText(), /键盘|空格|点击/);
    const hint = page.locator('.legend[data-for="partner"] .legend__hint');
    assert.doesNotMatch(await hint.innerText(), /悬停|Esc/);
  });
});
