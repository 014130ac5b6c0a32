// Reliability and hostile input, in a real browser against the release build: network
// faults on either data file (404, 500, an HTML page with 200, a wrong content type, a
// body cut off mid-way, a truncated body, a slow answer, no answer), for the prerendered
// page and the script embed, each with a clear message and a working Retry, and no request
// loop; the panic hook; hostile URL hashes and query values; no request to another origin;
// ten embeds and 200 random interactions without errors or memory growth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { dist } from '../lib/server.mjs';
import { sharedBrowser, open, waitForState, messagesDelivered, requestsSeen } from '../lib/browser.mjs';
import { UNITS, unit, panel, layerButton, LEGEND_ENTRY, langLink, PLOT, MARK, FIGURES } from '../lib/selectors.mjs';

const DATASET = '/data/dataset.json';
const GEOMETRY = '/data/geometry.json';
const realDataset = fs.readFileSync(`${dist}${DATASET}`);
const realGeometry = fs.readFileSync(`${dist}${GEOMETRY}`);
const APP_JS = fs.readdirSync(dist).find((f) => /^app-[0-9a-f]+\.js$/.test(f));

// A host page with one script embed (the non-prerendered path: the app renders its own
// loading state, then the graphic or the error).
const ROUTES = {
  '/host-one.html': {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
      <link rel="icon" href="demo/favicon.svg"><script src="script.js" defer></script></head><body>
      <div data-jingjin data-lang="en"></div></body></html>`,
  },
  // Ten script embeds as a newsroom might place them: whole graphics (with their language
  // switch) and single sections, in three languages and both themes.
  '/ten-mixed.html': {
    body: `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>ten</title>
      <link rel="icon" href="demo/favicon.svg"><script src="script.js" defer></script></head><body>
      <div data-jingjin data-lang="zh-Hans"></div>
      <div data-jingjin data-view="map" data-lang="en"></div>
      <div data-jingjin data-view="compare" data-lang="zh-Hant"></div>
      <div data-jingjin data-lang="en" data-theme="dark"></div>
      <div data-jingjin data-view="results"></div>
      <div data-jingjin data-view="pairing" data-lang="en"></div>
      <div data-jingjin data-view="timeline" data-theme="dark"></div>
      <div data-jingjin data-view="industry" data-lang="zh-Hant"></div>
      <div data-jingjin data-view="map" data-plain></div>
      <div data-jingjin data-lang="zh-Hant"></div></body></html>`,
  },
};

// Faults a server can have, made by hand in the test server: `drop` sends the headers and
// half the body, then cuts the connection.
const handlers = {};
function dropMidBody(body) {
  return (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length, 'cache-control': 'no-store' });
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    setTimeout(() => res.socket.destroy(), 50);
    return true;
  };
}

const suite = sharedBrowser({ routes: ROUTES, handlers });

// Each fault: how it is made (by interception, or by the server), and what the message says.
const FAULTS = {
  '404': { route: (r) => r.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' }), says: /answered 404/ },
  '500': { route: (r) => r.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }), says: /answered 500/ },
  'html page with 200': {
    route: (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Log in</title><form>Wi-Fi login</form>' }),
    says: /a web page/,
  },
  'html page sent as JSON': {
    route: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '\n  <!doctype html><p>Proxy error</p>' }),
    says: /sent a web page/,
  },
  'wrong content type': {
    route: (r, body) => r.fulfill({ status: 200, contentType: 'image/png', body }),
    says: /expected JSON, but the server sent "image\/png"/,
  },
  'truncated body': {
    route: (r, body) => r.fulfill({ status: 200, contentType: 'application/json', body: body.subarray(0, Math.floor(body.length / 3)) }),
    says: /ends too early|expected valid JSON/,
  },
  'connection dropped mid-body': { server: dropMidBody, says: /broke off before the end/ },
  // The browser hides why a fetch failed (network down, CORS, a redirect loop): the message
  // names the usual causes instead of "Failed to fetch" alone.
  'network failure': { route: (r) => r.abort('failed'), says: /does not say why.*CORS.*redirects in a loop/ },
};

/** Makes `file` fail with `fault` until `heal()`; counts its requests. */
async function inject(page, file, fault) {
  const body = file === DATASET ? realDataset : realGeometry;
  const state = { failing: true, requests: 0 };
  page.on('request', (r) => { if (new URL(r.url()).pathname === file) state.requests += 1; });
  if (fault.route) {
    await page.route(`**${file}`, (route) => (state.failing ? fault.route(route, body) : route.continue()));
  } else {
    const handler = fault.server(body);
    handlers[file] = (req, res) => state.failing && handler(req, res);
  }
  state.heal = () => { state.failing = false; };
  state.clear = () => { delete handlers[file]; };
  return state;
}

/** Opens `url` collecting console errors (`logged`); `setup(page)` runs before, as in `open`. */
async function visit(url, setup) {
  const { page, errors, state } = await open(suite.browser.context, url, { setup });
  return { page, logged: errors, state };
}

/** Makes `file` fail with `fault` (see `inject`), with the page's clock under the test's control. */
const failing = (file, fault) => async (page) => {
  await page.clock.install();
  return inject(page, file, fault);
};

/**
 * The requests for the faulty file after a minute of the page's time: a retry on a timer, at
 * any pace, would have asked again by then (and one without a timer, at once).
 */
async function requestsAfterAMinute(page, state) {
  await page.clock.runFor(60_000);
  await requestsSeen(page);
  return state.requests;
}

for (const [page, url] of [['prerendered page', ''], ['script embed', 'host-one.html']]) {
  for (const [name, fault] of Object.entries(FAULTS)) {
    if (page === 'script embed' && !['404', 'connection dropped mid-body', 'html page with 200'].includes(name)) continue;
    test(`${page}, dataset ${name}: a clear message, no figures, a Retry that works, no loop`, async () => {
      const { page: p, logged, state } = await visit(suite.server.url + url, failing(DATASET, fault));
      try {
        await waitForState(p, 'error');
        const alert = p.locator('[role="alert"]');
        assert.equal(await alert.count(), 1);
        const text = await alert.textContent();
        assert.match(text, /data\/dataset\.json/);
        assert.match(text, fault.says, text);
        assert.equal(await p.locator(`${FIGURES}, ${UNITS}, ${PLOT}`).count(), 0, 'no figures on the page');
        assert.ok(logged.some((l) => l.includes('data/dataset.json')), `the console names the file: ${logged}`);
        assert.equal(await requestsAfterAMinute(p, state), 1, 'one request, no retry loop');
        // The server recovers; Retry fetches again (once) and shows the graphic.
        state.heal();
        await p.locator('[role="alert"] button').click();
        await waitForState(p, 'ready');
        assert.ok(await p.locator('.cards__value').count() >= 4);
        assert.equal(await requestsAfterAMinute(p, state), 2, 'Retry fetched once');
        assert.equal(await p.locator('[role="alert"]').count(), 0);
      } finally {
        state.clear();
        await p.close();
      }
    });
  }
}

for (const [name, fault] of Object.entries(FAULTS)) {
  if (['html page sent as JSON', 'truncated body'].includes(name)) continue; // same paths as above
  // A page rendered in the browser (here the script embed) fetches the geometry; a
  // prerendered page has its map in its markup (first-view.test.mjs).
  test(`geometry ${name}: the figures and charts work, the map says why, no loop`, async () => {
    const { page: p, logged, state } = await visit(`${suite.server.url}host-one.html`, failing(GEOMETRY, fault));
    try {
      await waitForState(p, 'ready');
      const why = p.locator('#section-map [role="alert"]');
      assert.match(await why.textContent(), /data\/geometry\.json/);
      assert.match(await why.textContent(), fault.says);
      assert.ok(await p.locator('.cards__value').count() >= 4, 'the figures are shown');
      assert.ok(await p.locator(`${PLOT} svg`).count() >= 3, 'the charts are drawn');
      // A chart still answers the reader.
      await p.locator(MARK).first().hover();
      assert.equal(await p.locator(UNITS).count(), 0);
      assert.ok(logged.some((l) => l.includes('data/geometry.json')), `console: ${logged}`);
      assert.equal(await requestsAfterAMinute(p, state), 1, 'one request, no loop');
      // The server recovers; the map area's Retry fetches once and draws the map, and the
      // reader's place on the page (the chart above) is kept.
      state.heal();
      await why.locator('button').click();
      await p.locator(UNITS).first().waitFor({ timeout: 20000 });
      assert.equal(await why.count(), 0);
      assert.equal(await p.locator(UNITS).count(), 51);
      assert.equal(await requestsAfterAMinute(p, state), 2, 'Retry fetched once');
    } finally {
      state.clear();
      await p.close();
    }
  });
}

test('a 20 MB dataset is refused with its size, quickly', async () => {
  const big = Buffer.concat([realDataset, Buffer.alloc(20 * 1024 * 1024 - realDataset.length, 0x20)]);
  const { page, logged } = await visit(suite.server.url, (p) => p.route(`**${DATASET}`, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: big })));
  await waitForState(page, 'error');
  assert.match(await page.locator('[role="alert"]').textContent(), /at most 2048 KB, found 20480 KB/);
  assert.ok(logged.some((l) => /20480 KB/.test(l)));
  await page.close();
});

// Bodies whose size the headers do not give away: the limit is applied while reading, so
// the page never holds much more than the limit (wasm memory never shrinks).
const BOMBS = {
  // 0.1 MB on the wire that inflates to 256 MB, sent as gzip without a length.
  'a gzip bomb': (res) => {
    const zeros = zlib.gzipSync(Buffer.alloc(256 * 1024 * 1024, 0x20), { level: 9 });
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'cache-control': 'no-store' });
    res.end(zeros);
  },
  // 64 MB, chunked, no Content-Length.
  'an endless body': (res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const more = () => {
      while (sent < 64 && res.write(chunk)) sent += 1;
      if (sent >= 64) res.end(); else res.once('drain', () => { sent += 1; more(); });
    };
    more();
  },
};
for (const [name, send] of Object.entries(BOMBS)) {
  test(`${name} is refused while it downloads, and the page's memory stays small`, async () => {
    handlers[DATASET] = (req, res) => { send(res); return true; };
    try {
      const { page } = await visit(suite.server.url);
      await waitForState(page, 'error');
      assert.match(await page.locator('[role="alert"]').textContent(), /at most 2048 KB, but it goes on past that/);
      const wasm = await page.evaluate(() => window.jingjinWasmBytes?.() ?? 0);
      assert.ok(wasm < 24 * 1024 * 1024, `wasm memory ${wasm} bytes`);
      await page.close();
    } finally {
      delete handlers[DATASET];
    }
  });
}

// The WebAssembly's stack is small (.cargo/config.toml): the deepest nesting the reader
// accepts must still end in a message, not a trap.
test('a deeply nested dataset gets a message, not a crash', async () => {
  const deep = Buffer.from(`{"schema_version": 1, "article": ${'['.repeat(5000)}${']'.repeat(5000)}}`);
  const { page, logged } = await visit(suite.server.url, (p) => p.route(`**${DATASET}`, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: deep })));
  await waitForState(page, 'error');
  assert.match(await page.locator('[role="alert"]').textContent(), /data\/dataset\.json/);
  assert.equal(await page.locator('.jj-crash').count(), 0, 'no crash');
  assert.ok(!logged.some((l) => /RuntimeError|unreachable/.test(l)), JSON.stringify(logged));
  await page.close();
});

// The first view skips the dataset's checks only for the text its page was built from (the
// build checked it: the fingerprint in `data-fingerprint`); any other text is checked.
test('a dataset that reads but fails a check is refused on the prerendered page', async () => {
  const text = realDataset.toString('utf8');
  const twice = text.replace(/"S04",(\s*)"S27"/, '"S04",$1"S04"');
  assert.notEqual(twice, text, 'the fault was made');
  const { page, logged } = await visit(suite.server.url, (p) => p.route(`**${DATASET}`, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: twice })));
  await waitForState(page, 'error');
  assert.match(await page.locator('[role="alert"]').textContent(), /expected each source once, found "S04" again/);
  assert.ok(logged.some((l) => /found "S04" again/.test(l)), JSON.stringify(logged));
  await page.close();
});

test('a dataset in another encoding is refused, not shown with replacement characters', async () => {
  const gbk = Buffer.from(realDataset.toString('utf8').replace('"zh-Hans": "康保县"', '"zh-Hans": "@@@"'));
  const at = gbk.indexOf('@@@');
  const body = Buffer.concat([gbk.subarray(0, at), Buffer.from([0xbf, 0xb5, 0xb1, 0xa3, 0xcf, 0xd8]), gbk.subarray(at + 3)]);
  const { page } = await visit(suite.server.url, (p) => p.route(`**${DATASET}`, (r) => r.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body })));
  await waitForState(page, 'error');
  assert.match(await page.locator('[role="alert"]').textContent(), /not UTF-8 at line \d+, column 17/);
  await page.close();
});

test('a JSON dataset sent as text/plain is accepted (static servers that do not know .json)', async () => {
  const { page, logged } = await visit(suite.server.url, (p) => p.route(`**${DATASET}`, (r) => r.fulfill({ status: 200, contentType: 'text/plain', body: realDataset })));
  await waitForState(page, 'ready');
  assert.deepEqual(logged, []);
  await page.close();
});

// The page's timers run on a clock the test moves (Playwright's page.clock), and the
// dataset's response is held until the test lets it go: slow and lost networks without
// waiting for them.

/** A route that holds the dataset until `release()` (or forever); counts its requests. */
function heldDataset(page) {
  const held = { requests: 0 };
  held.gate = new Promise((r) => { held.release = r; });
  return page.route(`**${DATASET}`, async (r) => {
    held.requests += 1;
    await held.gate;
    await r.continue().catch(() => {});
  }).then(() => held);
}

test('a slow dataset: the script embed says it is slow after 4 s, then shows the graphic', async () => {
  const { page, logged, state: held } = await visit(`${suite.server.url}host-one.html`, async (p) => {
    await p.clock.install();
    return heldDataset(p);
  });
  const loading = page.locator('[data-jingjin] [role="status"]');
  await loading.waitFor({ timeout: 5000 });
  assert.match(await loading.textContent(), /Loading the data/);
  assert.doesNotMatch(await loading.textContent(), /slow/);
  await page.clock.fastForward(4100);
  await page.waitForFunction(() => /slow/.test(document.querySelector('[data-jingjin]').shadowRoot.querySelector('[role="status"]')?.textContent ?? ''), null, { timeout: 5000 });
  held.release();
  await waitForState(page, 'ready');
  assert.equal(await page.locator('[role="alert"]').count(), 0);
  assert.deepEqual(logged, []);
  await page.close();
});

test('a slow dataset on the prerendered page: the figures stay, then it hydrates', async () => {
  const { page, logged, state: held } = await visit(suite.server.url, heldDataset);
  await page.waitForSelector('[data-state="loading"]');
  assert.ok(await page.locator('.cards__value').count() >= 4, 'server-rendered figures while loading');
  held.release();
  await waitForState(page, 'ready');
  assert.deepEqual(logged, []);
  await page.close();
});

test('a dataset that never arrives: a timeout message after 15 s, and Retry works', async () => {
  let hang = true;
  let requests = 0;
  const { page } = await visit(suite.server.url, async (p) => {
    await p.clock.install();
    await p.route(`**${DATASET}`, (r) => {
      requests += 1;
      if (!hang) return r.continue();
      return undefined; // never answered
    });
  });
  await page.waitForSelector('[data-state="loading"]');
  // Not before 15 s of the page's time, and then at once.
  await page.clock.fastForward(14000);
  assert.equal(await page.locator('[role="alert"]').count(), 0, 'no message before 15 s');
  await page.clock.fastForward(1100);
  await waitForState(page, 'error', 10000);
  assert.match(await page.locator('[role="alert"]').textContent(), /did not arrive within 15 seconds/);
  hang = false;
  await page.locator('[role="alert"] button').click();
  await waitForState(page, 'ready');
  assert.equal(requests, 2);
  await page.close();
});

test('a panic replaces the graphic with a readable error and a Reload that works', async () => {
  const { page, logged } = await visit(suite.server.url);
  await waitForState(page, 'ready');
  await page.locator(langLink('en')).click();
  await page.waitForURL(/index\.en\.html/);
  await waitForState(page, 'ready');
  // The whole graphic's binary (the one that panics here) has hydrated the story.
  await page.locator('[data-island="compare"][data-state="ready"]').waitFor({ state: 'attached' });
  await page.evaluate(async (url) => {
    const mod = await import(url);
    try { mod.panic_for_test(); } catch (e) { window.__trap = String(e); }
  }, `${suite.server.url}${APP_JS}`);
  const alert = page.locator('#jj-app [role="alert"]');
  assert.equal(await alert.count(), 1);
  assert.match(await alert.textContent(), /The graphic stopped because of an internal error/);
  assert.equal(await page.locator(`${FIGURES}, ${UNITS}`).count(), 0, 'nothing half-working is left');
  assert.ok(logged.some((l) => /jingjin: the graphic stopped: .*a test asked/s.test(l)), JSON.stringify(logged));
  assert.match(await page.evaluate(() => window.__trap), /unreachable|RuntimeError/, 'the abort still happens after the hook');
  // Reload works (its listener was made before the panic).
  await Promise.all([page.waitForEvent('load'), alert.locator('button').click()]);
  await waitForState(page, 'ready');
  await page.close();
});

test('a panic in a script embed replaces every embed of the page, in its language', async () => {
  const { page } = await visit(`${suite.server.url}host-one.html`);
  await waitForState(page, 'ready');
  await page.evaluate(async (url) => {
    try { (await import(url)).panic_for_test(); } catch { /* the abort */ }
  }, `${suite.server.url}${APP_JS}`);
  const alert = page.locator('[data-jingjin] [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /internal error/);
  assert.equal(await alert.getAttribute('class'), 'jj__error jj-crash');
  await page.close();
});

// --- hostile input ---

const HOSTILE_HASHES = {
  '100 KB': `#v=1&sel=130723&m=${'x'.repeat(100 * 1024)}`,
  'script in values': '#v=1&view=<script>window.__pwned=1</script>&sel=<img src=x onerror="window.__pwned=1">&lang="><svg onload=window.__pwned=1>',
  unicode: `#v=1&view=地图&sel=１３０７２３&lang=en&m=${'😀'.repeat(5000)}&cm=\u202e\u0000`,
  'percent garbage': '#v=1&view=%E0%A4%A&sel=%%%&lang=%00en&m=%uD800&%zz=%',
  'many keys': `#${'sel=130723&'.repeat(20000)}`,
};

for (const [name, hash] of Object.entries(HOSTILE_HASHES)) {
  test(`hostile hash (${name}): the page opens, nothing runs, nothing is logged`, async () => {
    const { page, logged } = await visit(`${suite.server.url}${hash}`);
    await waitForState(page, 'ready');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('#jj-app script, #jj-app img[onerror], #jj-app svg[onload]').count(), 0);
    assert.ok(await page.locator('.cards__value').count() >= 4);
    // Still interactive (130723 may be selected by the hash: pick another county).
    await page.locator(unit('130722')).click({ force: true });
    await page.locator(panel('130722')).waitFor();
    assert.deepEqual(logged, []);
    await page.close();
  });
}

test('hostile query values: flags stay whitelisted, nothing runs', async () => {
  const q = '?theme=<script>window.__pwned=1</script>&view=map"><img src=x onerror=window.__pwned=1>&plain=%00&embed-id=' +
    encodeURIComponent('"><script>window.__pwned=1</script>') + `&x=${'y'.repeat(6000)}`;
  const { page, logged } = await visit(`${suite.server.url}index.en.html${q}`);
  await waitForState(page, 'ready');
  const root = page.locator('#jj-app');
  assert.equal(await root.getAttribute('data-theme'), 'light');
  assert.equal(await root.getAttribute('data-view'), null);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(logged, []);
  await page.close();
});

test('junk messages, both ways between host and iframe, change nothing and throw nothing', async () => {
  const { page, logged } = await visit(`${suite.server.url}demo/`);
  const selector = 'iframe[src*="map.zh-Hans.html"]';
  const frame = await (await page.locator(selector).elementHandle()).contentFrame();
  await frame.waitForSelector('.jj[data-state="ready"]');
  const errors = [];
  frame.page().on('pageerror', (e) => errors.push(String(e)));
  const junk = () => {
    const nested = {};
    let at = nested;
    for (let i = 0; i < 500; i++) { at.next = {}; at = at.next; }
    return [
      null, undefined, 0, NaN, -1, 'x'.repeat(1024 * 1024), [], [1, 2], new Date(0), /re/, new Uint8Array(8),
      nested, { type: 'jingjin-embed:theme' }, { type: 'jingjin-embed:theme', version: 1, theme: 'dark', extra: 1 },
      { type: 'jingjin-embed:theme', version: 1, theme: ['dark'] }, { type: 'jingjin-embed:theme', version: 1, theme: 'dark ' },
      { type: 'jingjin-embed:measure', version: 1, x: 1 }, { type: 'jingjin-embed:size', version: 1, id: 'map', height: 1e9 },
      { sentinel: 'amp', type: 'embed-size', height: -5 }, 'pymxPYMx' + 'a'.repeat(10000) + 'xPYMxheightxPYMx700',
      '<script>window.__pwned=1</script>', { toString: null, valueOf: null }.constructor,
    ].filter((m) => typeof m !== 'function');
  };
  const heights = () => page.evaluate(() => [...document.querySelectorAll('iframe[data-jingjin-embed]')].map((f) => f.style.height));
  // Wait until the heights hold still: every embed ready, each of its islands hydrated, and
  // its iframe as tall as its content (it has reported its height).
  await page.waitForFunction(() => [...document.querySelectorAll('iframe[data-jingjin-embed]')].every((f) => {
    const doc = f.contentDocument;
    if (doc?.querySelector('#jj-app [data-state]')?.getAttribute('data-state') !== 'ready') return false;
    if (![...doc.querySelectorAll('[data-island]')].every((el) => el.getAttribute('data-state') === 'ready')) return false;
    const cs = getComputedStyle(f);
    const outer = f.getBoundingClientRect().height - ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom']
      .reduce((sum, k) => sum + parseFloat(cs[k]), 0);
    return Math.abs(outer - doc.documentElement.getBoundingClientRect().height) <= 2;
  }));
  const before = await heights();
  const theme = () => frame.evaluate(() => document.getElementById('jj-app').getAttribute('data-theme'));
  const themeBefore = await theme();
  // Host to iframe (the parent is the right window, but the shapes are wrong), and iframe
  // to host (the right frame, wrong shapes); 100 rounds.
  await page.evaluate((src) => {
    const make = new Function(`return (${src})()`); // test code only, not the page's
    const w = document.querySelector('iframe[src*="map.zh-Hans.html"]').contentWindow;
    for (let i = 0; i < 100; i++) for (const m of make()) w.postMessage(m, '*');
  }, junk.toString()).catch((e) => errors.push(String(e)));
  await frame.evaluate((src) => {
    const make = new Function(`return (${src})()`);
    for (let i = 0; i < 100; i++) for (const m of make()) parent.postMessage(m, '*');
  }, junk.toString()).catch((e) => errors.push(String(e)));
  // One more message each way: once it has arrived, so has all the junk before it (and an
  // error it caused has been reported).
  await messagesDelivered(frame, page, ([m, sel]) => document.querySelector(sel).contentWindow.postMessage(m, '*'), selector);
  await messagesDelivered(page, frame, ([m]) => parent.postMessage(m, '*'));
  assert.equal(await theme(), themeBefore);
  assert.deepEqual(await heights(), before);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual([...errors, ...logged], []);
  await page.close();
});

test('every request of the page, the demo and the ten-embed page goes to the same origin', async () => {
  const origin = new URL(suite.server.url).origin;
  for (const path of ['', 'index.en.html#v=1&view=compare', 'demo/', 'demo/ten.html']) {
    const seen = [];
    const { page } = await open(suite.browser.context, `${suite.server.url}${path}`, {
      setup: (p) => p.on('request', (r) => seen.push(r.url())),
    });
    // Every graphic ready, in the page, its script embeds' shadow roots and its iframes
    // (the demo pages embed by iframe, which the top document cannot see into).
    const allReady = () => {
      const graphics = [
        ...document.querySelectorAll('.jj[data-state]'),
        ...[...document.querySelectorAll('[data-jingjin]')].map((d) => d.shadowRoot?.querySelector('.jj[data-state]') ?? null),
      ];
      return graphics.length > 0 && graphics.every((e) => e?.getAttribute('data-state') === 'ready');
    };
    const iframes = await page.locator('iframe[data-jingjin-embed]').all();
    if (!iframes.length) await page.waitForFunction(allReady, null, { timeout: 60000 });
    for (const iframe of iframes) {
      await iframe.scrollIntoViewIfNeeded(); // they load lazily
      await (await (await iframe.elementHandle()).contentFrame()).waitForFunction(allReady, null, { timeout: 60000 });
    }
    await page.waitForLoadState('networkidle');
    // Interact a little so lazy requests (if any) are made too.
    const county = page.locator(unit('130723')).first();
    if (await county.isVisible()) {
      await county.click({ force: true });
      await page.locator(panel('130723')).first().waitFor();
    }
    await requestsSeen(page);
    const foreign = seen.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
    assert.deepEqual(foreign, [], `${path}: requests to other origins`);
    assert.ok(seen.length > 3, `${path}: ${seen.length} requests seen`);
    await page.close();
  }
});

// --- load: ten embeds, 200 random interactions ---

/** A small seeded PRNG (mulberry32), so a failing run can be replayed. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTIONS = [
  ['county click', `[data-jingjin] ${UNITS}`, 'click'],
  ['layer switch', `[data-jingjin] ${layerButton()}`, 'click'],
  ['tab switch', '[data-jingjin] [role="tab"]', 'click'],
  ['legend click', `[data-jingjin] ${LEGEND_ENTRY}`, 'click'],
  ['chart hover', `[data-jingjin] ${MARK}`, 'hover'],
  ['language switch', `[data-jingjin] ${langLink()}`, 'click'],
];

async function measure(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(async (url) => (await (await import(url)).default()).memory.buffer.byteLength, `${suite.server.url}${APP_JS}`);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (n) => metrics.find((m) => m.name === n)?.value;
  return { js: usedSize, wasm, nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

const MB = 1024 * 1024;
const fmt = (m) => `JS heap ${(m.js / MB).toFixed(2)} MB, wasm memory ${(m.wasm / MB).toFixed(2)} MB, ${m.nodes} DOM nodes, ${m.listeners} listeners`;

test('ten embeds on one page reach ready; 200 random interactions: no error, no memory growth', async () => {
  const { page, errors } = await open(suite.browser.context, `${suite.server.url}ten-mixed.html`);
  assert.equal(await page.locator('[data-jingjin]').count(), 10);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-jingjin]')]
    .filter((d) => d.shadowRoot?.querySelector('.jj[data-state="ready"]')).length === 10, null, { timeout: 60000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const seed = Number(process.env.JJ_SEED ?? 20201219);
  const random = prng(seed);
  const done = Object.fromEntries(ACTIONS.map(([n]) => [n, 0]));
  const samples = [await measure(page, cdp)];
  for (let i = 1; i <= 200; i++) {
    // After the first hundred, whatever the hundredth was (even one with nothing to act on).
    if (i === 101) samples.push(await measure(page, cdp));
    const [name, selector, how] = ACTIONS[Math.floor(random() * ACTIONS.length)];
    const visible = page.locator(selector).filter({ visible: true });
    const n = await visible.count();
    if (n === 0) continue;
    const target = visible.nth(Math.floor(random() * n));
    try {
      if (how === 'hover') await target.hover({ timeout: 3000, force: true });
      else await target.click({ timeout: 3000, force: true });
      done[name] += 1;
    } catch (e) {
      // An element that moved away between count and click (e.g. a tab re-rendered):
      // not an error of the graphic; the next interaction goes on.
      if (!/Timeout|detached|not attached|outside of the viewport/.test(String(e))) throw e;
    }
  }
  samples.push(await measure(page, cdp));
  const [ready, mid, end] = samples;
  console.log(`seed ${seed}; interactions ${JSON.stringify(done)}`);
  console.log(`after ready: ${fmt(ready)}`);
  console.log(`after 100:   ${fmt(mid)}`);
  console.log(`after 200:   ${fmt(end)}`);
  assert.ok(Object.values(done).reduce((a, b) => a + b) >= 180, `interactions done: ${JSON.stringify(done)}`);
  assert.ok(Object.values(done).every((n) => n > 0), `every kind of interaction ran: ${JSON.stringify(done)}`);
  assert.deepEqual(errors, []);
  assert.equal(await page.locator('[role="alert"]').count(), 0);
  // Bounds: the second hundred interactions may grow the JS heap by at most 2 MB and the
  // wasm memory by at most 2 MB (a leak of one state or tooltip per interaction over ten
  // graphics shows up as several MB); all 200 together by at most 8 MB of JS heap and
  // 4 MB of wasm memory, which leaves room for lazily built views (tables, charts of a
  // newly chosen layer) on top of the ten graphics' ~working set.
  assert.ok(end.js - mid.js < 2 * MB, `JS heap grew ${((end.js - mid.js) / MB).toFixed(2)} MB in the second 100`);
  assert.ok(end.wasm - mid.wasm <= 2 * MB, `wasm grew ${((end.wasm - mid.wasm) / MB).toFixed(2)} MB in the second 100`);
  assert.ok(end.js - ready.js < 8 * MB, `JS heap grew ${((end.js - ready.js) / MB).toFixed(2)} MB`);
  assert.ok(end.wasm - ready.wasm <= 4 * MB, `wasm grew ${((end.wasm - ready.wasm) / MB).toFixed(2)} MB`);
  await page.close();
});
