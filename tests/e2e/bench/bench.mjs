// The benchmark (`cargo xtask bench`, or `node bench/bench.mjs` here once dist/ is built; not
// part of the test command, since timings vary). It measures the graphic (dist/) and its
// peer, the same map built with ECharts (../shared/peer-echarts, built into
// target/peer-echarts/ from bench/node_modules), side by side in one run: both are
// served with gzip on 127.0.0.1 and loaded in headless Chromium with the CPU throttled 4x
// (CDP Emulation.setCPUThrottlingRate), rounds alternating between the two pages (and which
// goes first), a fresh browser context for every load. Per page, medians and spreads of:
//   - the first view: bytes transferred (encoded, headers included) and requests, counting
//     the responses that ended before ready;
//   - first contentful paint, map drawn, ready (ours: `.jj[data-state="ready"]` in #jj-app;
//     the peer: `<html data-ready="1">`), each taken at the first painted frame;
//   - the first tap: in a load of its own, a real mouse click (CDP input) on a county as soon
//     as the page has painted and the county is on screen (ours: prerendered, so at first
//     paint, scrolled into view first where the map is below the fold; the peer: once its map
//     is drawn), to the selection painted and, for ours, to the county panel painted. The
//     page's own observers say when, so a long task at first paint delays the tap: the table
//     shows when it was sent;
//   - click to the next painted frame showing the change (p50, p95), real mouse clicks from an
//     idle page with the pointer already over the target: a county on both pages, a layer
//     switch and a comparison change on ours, and a click that changes nothing (the frame
//     wait every click pays);
//   - main-thread long tasks (PerformanceObserver 'longtask') from first paint to 2 s after
//     ready: the longest, and how many took over 50 ms;
//   - memory after ready: JS heap after a garbage collection (Performance.getMetrics) plus
//     WebAssembly memory (ours: `window.jingjinWasmBytes()`).
//   Ours alone, as before: main-thread time per interaction (from a Chromium trace, split
//   into script and style/layout/paint) and memory after 200 interactions.
// Then Lighthouse (mobile preset, simulated throttling), runs alternating between the pages,
// medians of the performance score, FCP, LCP, TBT, CLS and TTI.
// Writes target/bench/result.json and target/bench/result.md (a table: measure | peer | ours |
// ratio ours/peer | target | pass or miss), and prints the table.
//
// Options (environment): ROUNDS (default 5), SAMPLES of each click kind per round (default
// 12), THROTTLE (default 4), LIGHTHOUSE=0 skips Lighthouse, LH_RUNS per page (default 3),
// PAGES=ours|peer measures one page only, SLOW=1 adds rounds of loads on a slow network
// (1.6 Mbit/s, 150 ms RTT), SHARED=dir where peer-echarts/ is (default ../shared beside the
// repository), CHROMIUM (default /usr/bin/chromium).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startServer, root, dist, servedFile, brotliSize } from '../lib/server.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const SAMPLES = Number(process.env.SAMPLES ?? 12);
const THROTTLE = Number(process.env.THROTTLE ?? 4);
const LIGHTHOUSE = process.env.LIGHTHOUSE !== '0';
const LH_RUNS = Number(process.env.LH_RUNS ?? 3);
const PAGES = (process.env.PAGES ?? 'ours,peer').split(',').map((s) => s.trim()).filter(Boolean);
const SLOW = process.env.SLOW === '1';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHARED = path.resolve(process.env.SHARED ?? path.join(root, '../shared'));
const E2E = path.join(root, 'tests/e2e');
// The peer's libraries and Lighthouse: bench/package.json (cargo xtask bench installs them).
const BENCH_MODULES = path.join(E2E, 'bench');
const PEER_OUT = path.join(root, 'target/peer-echarts');
const OUT = path.join(root, 'target/bench');

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARGS = [...FLAGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'];
const VIEWPORT = { width: 1280, height: 900 };
// Long tasks are counted until this long after ready.
const SETTLE_MS = 2000;
// How long a click may take to show its change before it counts as lost.
const CLICK_LIMIT_MS = 10000;
// The county of the first tap on both pages (GB/T 2260 code on ours, name on the peer).
const FIRST_TAP = { code: '130722', name: '张北县' };

// What the harness looks for in each page. `{key}` in a selector stands for the target's key
// (a county's code, a layer's id, a comparison mode). Per click kind: `items` lists the
// targets, `keyAttr` names the attribute holding a target's key, `el` finds a target, `hit`
// is what a point must hit to count as on it (a county's path, or a label or marker of the
// same county); `on` is present once the change is drawn (`onText`: this element's text is
// the key). No `on`: the click changes nothing.
const OURS = {
  name: 'ours',
  ready: '#jj-app .jj[data-state="ready"]',
  map: '#jj-map .map__units [data-code]',
  mapCount: 51,
  // The county panel showing the county (the details island).
  panel: '[data-island="panel"] .details[data-code="{key}"]',
  kinds: {
    floor: { items: '.graphic__title, h1' },
    county: {
      items: '#jj-map .map__units [data-code]', keyAttr: 'data-code',
      el: '#jj-map .map__units [data-code="{key}"]', hit: '#jj-map .map__frame [data-code="{key}"]',
      on: '#jj-map[data-selected="{key}"]',
    },
    layer: {
      items: '#jj-map .layers__button', keyAttr: 'data-layer',
      el: '#jj-map .layers__button[data-layer="{key}"]',
      on: '#jj-map .layers__button[data-layer="{key}"][aria-pressed="true"]',
    },
    compare: {
      items: '.tabs__tab[data-mode]', keyAttr: 'data-mode',
      el: '.tabs__tab[data-mode="{key}"]',
      on: '.tabs__tab[data-mode="{key}"][aria-selected="true"]',
    },
  },
  tap: FIRST_TAP.code,
};
const PEER = {
  name: 'peer',
  ready: 'html[data-ready="1"]',
  map: '#map svg path',
  mapCount: 51,
  panel: null,
  kinds: {
    floor: { items: 'h1' },
    // `keys` (the county names) are filled in from the built page's counties.geojson; the
    // page gives a point inside each (`window.peerBench.pointOf(name)`).
    county: { keys: [], point: 'peerBench', onText: '#selected' },
  },
  tap: FIRST_TAP.name,
};
const KINDS = { ours: ['floor', 'county', 'layer', 'compare'], peer: ['floor', 'county'] };

// Runs in every page before anything else (its argument is the page's spec above). Takes
// first contentful paint, map drawn and ready, each at the first painted frame; records long
// tasks; settles `__bench.settled` SETTLE_MS after ready. With `spec.tapNow`, taps the first
// county as soon as it is on screen, through the `__benchTap` binding (the harness sends the
// real click). It offers the harness `aim` and `arm` for clicks (see `click` below). The
// harness awaits its promises through bare CDP calls during the load: Playwright's own
// evaluate would first inject its script, which costs the throttled main thread about 50 ms in
// the middle of the load it measures.
function instrument(spec) {
  const fill = (template, key) => template.replaceAll('{key}', CSS.escape(key));
  // Resolves after the next frame is painted (rAF, then a task after it), with the time.
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve(performance.now());
    ch.port2.postMessage(0);
  }));
  // Resolves with the time just after the first painted frame for which `test()` held when
  // its rendering began (checked in each frame's rAF), or with null after `limit` ms.
  const until = (test, limit) => new Promise((resolve) => {
    const start = performance.now();
    const tick = () => requestAnimationFrame(() => {
      const ok = test();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        if (ok) resolve(performance.now());
        else if (performance.now() - start > limit) resolve(null);
        else tick();
      };
      ch.port2.postMessage(0);
    });
    tick();
  });
  const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 500 }));
  const limit = spec.clickLimit;

  const b = { fcp: null, map: null, ready: null, longtasks: [], tap: null };
  window.__bench = b;
  let settle;
  b.settled = new Promise((resolve) => { settle = resolve; });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });

  // The targets of a kind of click, their state, and a point on one.
  const kinds = spec.kinds;
  const keysOf = (kind) => {
    const k = kinds[kind];
    if (k.keys) return k.keys;
    const els = [...document.querySelectorAll(k.items)];
    return k.keyAttr ? els.map((el) => el.getAttribute(k.keyAttr)) : els.slice(0, 1).map(() => '');
  };
  const elementOf = (kind, key) => {
    const k = kinds[kind];
    if (k.point) return null;
    return document.querySelector(k.el ? fill(k.el, key) : k.items);
  };
  const isOn = (kind, key) => {
    const k = kinds[kind];
    if (k.onText) return document.querySelector(k.onText)?.textContent === key;
    if (k.on) return document.querySelector(fill(k.on, key)) !== null;
    return true;
  };
  const isActive = (kind, key) => (kinds[kind].on || kinds[kind].onText ? isOn(kind, key) : false);
  // A viewport point on the target that the browser's hit test gives to it: its box's centre,
  // or else the first point of a grid over the box that does (counties are not convex).
  const pointOf = (kind, key) => {
    const k = kinds[kind];
    if (k.point === 'peerBench') return window.peerBench?.pointOf(key) ?? null;
    const el = elementOf(kind, key);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const accepts = (hit) => hit && (k.hit ? hit.closest(fill(k.hit, key)) !== null : el.contains(hit));
    const grid = [[0.5, 0.5]];
    for (let i = 1; i < 8; i++) for (let j = 1; j < 8; j++) grid.push([i / 8, j / 8]);
    for (const [fx, fy] of grid) {
      const x = r.left + fx * r.width;
      const y = r.top + fy * r.height;
      if (x >= 0 && y >= 0 && x < innerWidth && y < innerHeight && accepts(document.elementFromPoint(x, y))) return { x, y };
    }
    return null;
  };
  // Resolves when the next click has shown its change (`checks`, each a test), with the
  // time of each after the click's event time (the input's), or nulls if it never does;
  // `hit` names what the click landed on (a county's code, or the element's tag).
  const armClick = (checks) => new Promise((resolve) => {
    const lost = setTimeout(() => resolve({ at: null }), limit);
    addEventListener('click', (event) => {
      clearTimeout(lost);
      const t0 = event.timeStamp;
      const hit = event.target.closest?.('[data-code]')?.getAttribute('data-code') ?? event.target.tagName;
      const names = Object.keys(checks);
      Promise.all(names.map((n) => until(checks[n], limit))).then((times) => resolve({
        at: t0, hit, ...Object.fromEntries(names.map((n, i) => [n, times[i] === null ? null : times[i] - t0])),
      }));
    }, { capture: true, once: true });
  });
  // For the harness: picks the sample's target (one not already on), brings it into view,
  // waits for an idle page, and returns its key and a point on it.
  b.aim = async (kind, i) => {
    const keys = keysOf(kind).filter((key) => !isActive(kind, key));
    if (!keys.length) return null;
    const key = keys[(i * 7) % keys.length];
    // The page may still move under the target (a section laid out as it comes near), so
    // scroll, settle and look again a few times before giving up.
    for (let tries = 0; tries < 10; tries++) {
      const el = elementOf(kind, key);
      if (el) {
        const r = el.getBoundingClientRect();
        if (r.top < 0 || r.bottom > innerHeight) el.scrollIntoView({ block: 'center', behavior: 'instant' });
      }
      await idle();
      await nextFrame();
      const p = pointOf(kind, key);
      if (p) return { key, ...p };
    }
    return null;
  };
  // For the harness, with the pointer already over the target: once the page is idle again,
  // arms `b.click` for the next click.
  b.arm = async (kind, key) => {
    await idle();
    await nextFrame();
    // A county click on ours also waits for the county's panel (drawn a frame after the
    // selection), reported in a row of its own.
    const panel = kind === 'county' && spec.panel ? spec.panel.replace('{key}', key) : null;
    b.click = armClick({
      shown: () => isOn(kind, key),
      ...(panel ? { panel: () => document.querySelector(panel) !== null } : {}),
    });
  };

  // Load milestones, each at the first painted frame after it is in the DOM. The observer
  // stops once they (and the first tap, if any) are taken.
  let firstTap = null;
  let mapSeen = false;
  let readySeen = false;
  const check = () => {
    if (!mapSeen && document.querySelectorAll(spec.map).length >= spec.mapCount) {
      mapSeen = true;
      nextFrame().then((t) => { b.map = t; });
    }
    if (!readySeen && document.querySelector(spec.ready)) {
      readySeen = true;
      nextFrame().then((t) => { b.ready = t; setTimeout(settle, spec.settle); });
    }
    firstTap?.();
    if (mapSeen && readySeen && !firstTap) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-ready'],
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntriesByName('first-contentful-paint')) b.fcp = e.startTime;
    check();
  }).observe({ type: 'paint', buffered: true });
  document.addEventListener('DOMContentLoaded', check);

  if (spec.tapNow) {
    // The first tap: as soon as there has been a first paint and the county is on screen
    // (checked on every change of the page, and every 50 ms for what changes no element).
    const poll = setInterval(() => firstTap?.(), 50);
    firstTap = () => {
      if (b.fcp === null) return;
      const key = keysOf('county').includes(spec.tap) ? spec.tap : keysOf('county')[0];
      const p = key !== undefined && pointOf('county', key);
      if (!p) {
        // Off screen (a page whose map is below the fold): scrolled to, tapped when there.
        const r = key !== undefined && elementOf('county', key)?.getBoundingClientRect();
        if (r && (r.bottom < 0 || r.top > innerHeight)) elementOf('county', key).scrollIntoView({ block: 'center' });
        return;
      }
      firstTap = null;
      clearInterval(poll);
      const checks = { shown: () => isOn('county', key) };
      if (spec.panel) checks.panel = () => document.querySelector(fill(spec.panel, key))?.textContent.trim().length > 0;
      b.tap = armClick(checks).then((r) => ({ key, fcp: b.fcp, ...r }));
      window.__benchTap(JSON.stringify(p));
    };
  }
}

// Awaits `promise`, or fails with `message` after `ms`.
async function within(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// Awaits a promise in the page by one CDP call (nothing injected), or fails after `ms`.
async function awaitInPage(cdp, expression, ms) {
  const r = await within(cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }), ms, `timed out after ${ms} ms: ${expression}`);
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
  return r.result.value;
}

// A reader's mouse (CDP input): the pointer moved to (x, y), or the button pressed and
// released there. The events go out together, not each after the page has taken the one
// before, as a hand does not wait for a busy page.
const mouse = {
  move: (cdp, x, y) => cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y }),
  click: (cdp, x, y) => Promise.all(['mousePressed', 'mouseReleased'].map((type) => (
    cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 })))),
};

// One click and its latency: picks a target, moves the pointer over it, waits for an idle
// page, then clicks. Returns the time from the click's event time to the painted frame
// showing the change, or null.
async function click(page, cdp, kind, i) {
  const aim = await page.evaluate(([kind, i]) => window.__bench.aim(kind, i), [kind, i]);
  if (!aim) throw new Error(`no ${kind} to click`);
  await mouse.move(cdp, aim.x, aim.y);
  await page.evaluate(([kind, key]) => window.__bench.arm(kind, key), [kind, aim.key]);
  await mouse.click(cdp, aim.x, aim.y);
  return page.evaluate(() => window.__bench.click);
}

// In the page: 200 interactions of every kind, seeded so runs repeat (ours; for memory).
async function interactInPage(n) {
  let seed = 42;
  const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const click = (el) => el && el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
  const pools = [
    () => document.querySelectorAll('.map__units [data-code]'),
    () => document.querySelectorAll('.layers__button'),
    () => document.querySelectorAll('.tabs__tab'),
    () => document.querySelectorAll('.legend__entry'),
    () => document.querySelectorAll('.chart__svg [data-key]'),
    () => document.querySelectorAll('.toggle__button'),
  ];
  for (let i = 0; i < n; i++) {
    const pool = pools[Math.floor(rand() * pools.length)]();
    if (pool.length) {
      const el = pool[Math.floor(rand() * pool.length)];
      if (el.matches('.chart__svg [data-key]')) {
        el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, view: window }));
      } else {
        click(el);
      }
    }
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
}

// JS heap after a garbage collection, plus the WebAssembly memory (ours: boot.js's hook).
async function memory(cdp, page) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.send('Performance.disable');
  const js = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  const wasm = await page.evaluate(() => window.jingjinWasmBytes?.() ?? 0);
  return { js, wasm, total: js + wasm };
}

// Main-thread time per interaction from a Chromium trace: script (event handlers, Yew's
// render and DOM patching) and rendering (style, layout, pre-paint, paint), including the
// frames of the transitions an interaction starts and the pointer's move onto the target.
// Latency to a frame also counts the wait for the next vsync; this counts only work.
// Measured in a pass of its own so the trace does not slow the latency samples.
const SCRIPT = ['FunctionCall'];
const RENDERING = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint'];
async function mainThreadWork(cdp, page, kind, samples) {
  const events = [];
  const collect = (d) => events.push(...d.value);
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  for (let i = 0; i < samples; i++) await click(page, cdp, kind, i);
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  const calls = {};
  for (const e of events) if (e.name === 'FunctionCall') calls[e.tid] = (calls[e.tid] ?? 0) + 1;
  const main = Number(Object.entries(calls).sort((a, b) => b[1] - a[1])[0]?.[0]);
  const sum = (names) => events
    .filter((e) => e.tid === main && e.ph === 'X' && names.includes(e.name))
    .reduce((t, e) => t + (e.dur ?? 0), 0) / 1000 / samples;
  return { script: sum(SCRIPT), rendering: sum(RENDERING) };
}

// A fresh context and page, throttled, with the instrumentation in place.
async function openPage(browser, spec, { slow = false, tapNow = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  if (slow) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
    });
  }
  const { name, ...inPage } = spec;
  await page.addInitScript(instrument, { ...inPage, settle: SETTLE_MS, clickLimit: CLICK_LIMIT_MS, tapNow });
  const errors = [];
  page.on('pageerror', (e) => errors.push(`${name}: ${e}`));
  return { context, page, cdp, errors };
}

// The first view's transfer had the host served brotli files made beside the build's
// (`name.br`, as `cargo xtask build` writes them for ours; made here at quality 11 for a file
// without one): each response's headers as measured, its body as the brotli file. Chromium
// sends `Accept-Encoding: br` only over HTTPS, so this is counted, not fetched.
const brotliCache = new Map();
function brotliBytes(resources, dir) {
  let total = 0;
  for (const r of resources) {
    const file = servedFile(dir, r.url);
    if (!file) {
      total += r.transfer;
      continue;
    }
    if (!brotliCache.has(file)) brotliCache.set(file, brotliSize(file));
    total += Math.max(0, r.transfer - r.body) + brotliCache.get(file);
  }
  return total;
}

// One load of a page: the load's figures, then (unless `slow`) the clicks, and for ours the
// main-thread work and memory after 200 interactions (`extras`).

async function loadRound(browser, spec, url, { slow = false, extras = false, dir = dist } = {}) {
  const { context, page, cdp, errors } = await openPage(browser, spec, { slow });
  await page.goto(url);
  await awaitInPage(cdp, 'window.__bench.settled', 90000);
  const load = await page.evaluate((settle) => {
    const b = window.__bench;
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    const until = (t) => entries.filter((e) => e.responseEnd <= t);
    const bytes = (list) => list.reduce((n, e) => n + e.transferSize, 0);
    const tasks = b.longtasks.filter((t) => t.start + t.duration >= b.fcp && t.start <= b.ready + settle);
    return {
      // The map cannot be on screen before the first paint.
      fcp: b.fcp, map: b.map === null ? null : Math.max(b.map, b.fcp), ready: b.ready,
      bytes: bytes(until(b.ready)), requests: until(b.ready).length,
      bytesSettled: bytes(until(b.ready + settle)), requestsSettled: until(b.ready + settle).length,
      resources: until(b.ready).map((e) => ({ url: e.name, transfer: e.transferSize, body: e.encodedBodySize })),
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      over50: tasks.filter((t) => t.duration > 50).length,
      tasks: tasks.map((t) => ({ at: Math.round(t.start), ms: Math.round(t.duration) })),
    };
  }, SETTLE_MS);
  load.bytesBrotli = brotliBytes(load.resources, dir);
  delete load.resources;
  const afterReady = await memory(cdp, page);
  const clicks = {};
  const work = {};
  let after200 = null;
  if (!slow) {
    for (const kind of KINDS[spec.name]) {
      clicks[kind] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const r = await click(page, cdp, kind, i);
        clicks[kind].push(r.shown);
        if ('panel' in r) (clicks[`${kind}_panel`] ??= []).push(r.panel);
      }
    }
    if (extras) {
      for (const kind of ['county', 'layer', 'compare']) work[kind] = await mainThreadWork(cdp, page, kind, 6);
      await page.evaluate(interactInPage, 200);
      after200 = await memory(cdp, page);
    }
  }
  await context.close();
  return { ...load, afterReady, after200, clicks, work, errors };
}

// The first tap, in a load of its own: the click is sent as soon as the page says the county
// is on screen; returns the tap's time since navigation and its latencies.
async function tapRound(browser, spec, url) {
  const { context, page, cdp, errors } = await openPage(browser, spec, { tapNow: true });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__benchTap' });
  let tapped;
  const sent = new Promise((resolve) => { tapped = resolve; });
  cdp.on('Runtime.bindingCalled', (e) => {
    if (e.name !== '__benchTap') return;
    const p = JSON.parse(e.payload);
    Promise.all([mouse.move(cdp, p.x, p.y), mouse.click(cdp, p.x, p.y)]).then(tapped);
  });
  await page.goto(url, { waitUntil: 'commit' });
  await within(sent, 60000, `${spec.name}: the first tap was never sent`);
  const tap = await awaitInPage(cdp, 'window.__bench.tap', CLICK_LIMIT_MS + 30000);
  await context.close();
  return { ...tap, errors };
}

// The floor of this machine: a page of one line of Chinese text, no style sheet, no script,
// loaded the same way. Nothing either page does can paint earlier than this.
const FLOOR_PAGE = '<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><title>floor</title><p>京津帮扶助力河北脱贫攻坚</p></html>';
async function floorRound(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(url, { waitUntil: 'load' });
  const fcp = await awaitInPage(cdp, `new Promise((resolve) => new PerformanceObserver((l) => { const e = l.getEntriesByName('first-contentful-paint')[0]; if (e) resolve(e.startTime); }).observe({ type: 'paint', buffered: true }))`, 30000);
  await context.close();
  return fcp;
}

// Lighthouse's default (mobile) configuration, simulated throttling, performance only, runs
// alternating between the pages in one Chromium.
async function lighthouseRuns(pages) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  const runs = Object.fromEntries(pages.map((p) => [p.spec.name, []]));
  try {
    for (let i = 0; i < LH_RUNS; i++) {
      for (const p of i % 2 ? [...pages].reverse() : pages) {
        const { lhr } = await lighthouse(p.url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${p.spec.name}: ${lhr.runtimeError.message}`);
        const audit = (id) => lhr.audits[id].numericValue;
        runs[p.spec.name].push({
          score: lhr.categories.performance.score * 100,
          fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'),
          tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift'), tti: audit('interactive'),
        });
        process.stderr.write(`lighthouse ${p.spec.name} ${i + 1}/${LH_RUNS}: score ${runs[p.spec.name].at(-1).score.toFixed(0)}\n`);
      }
    }
  } finally {
    await chrome.kill();
  }
  return runs;
}

// Builds the peer page into target/peer-echarts/ (afresh: its index.html comes read-only)
// and returns the county names it draws.
function buildPeer() {
  const script = path.join(SHARED, 'peer-echarts/build.mjs');
  if (!fs.existsSync(script)) throw new Error(`no ${script}: set SHARED to the folder holding peer-echarts/`);
  fs.rmSync(PEER_OUT, { recursive: true, force: true });
  execFileSync(process.execPath, [script, '--modules', BENCH_MODULES, '--out', PEER_OUT], { stdio: ['ignore', 'ignore', 'inherit'] });
  const geo = JSON.parse(fs.readFileSync(path.join(PEER_OUT, 'counties.geojson'), 'utf8'));
  return geo.features.map((f) => f.properties.name);
}

// ---- the run ----
const pages = [];
if (PAGES.includes('ours')) {
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`no ${dist}/index.html: build it first (cargo xtask build), or run with PAGES=peer`);
  pages.push({ spec: OURS, dir: dist, server: await startServer({ routes: { '/__floor.html': { body: FLOOR_PAGE } } }) });
}
if (PAGES.includes('peer')) {
  PEER.kinds.county.keys = buildPeer();
  pages.push({ spec: PEER, dir: PEER_OUT, server: await startServer({ dir: PEER_OUT, routes: { '/__floor.html': { body: FLOOR_PAGE } } }) });
}
for (const p of pages) p.url = p.server.url;
const started = Date.now();
const log = (s) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${s}\n`);

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
const raw = Object.fromEntries(pages.map((p) => [p.spec.name, { loads: [], taps: [], slow: [] }]));
const floor = [];
// Alternating, and which page goes first too, so a machine that slows down during the run
// slows both alike.
for (let i = 0; i < ROUNDS; i++) {
  for (const p of i % 2 ? [...pages].reverse() : pages) {
    const r = raw[p.spec.name];
    r.loads.push(await loadRound(browser, p.spec, p.url, { extras: p.spec === OURS, dir: p.dir }));
    r.taps.push(await tapRound(browser, p.spec, p.url));
    log(`round ${i + 1}/${ROUNDS} ${p.spec.name}: ready ${r.loads.at(-1).ready.toFixed(0)} ms`);
  }
  floor.push(await floorRound(browser, `${pages[0].url}__floor.html`));
}
if (SLOW) {
  for (let i = 0; i < Math.max(2, ROUNDS >> 1); i++) {
    for (const p of i % 2 ? [...pages].reverse() : pages) raw[p.spec.name].slow.push(await loadRound(browser, p.spec, p.url, { slow: true, dir: p.dir }));
  }
}
await browser.close();
// A failed Lighthouse run costs its rows, not the rounds' results.
const lighthouseRaw = LIGHTHOUSE ? await lighthouseRuns(pages).catch((e) => {
  console.error('Lighthouse failed:', e);
  process.exitCode = 1;
  return null;
}) : null;
log('done');
for (const p of pages) await p.server.close();

// ---- summary ----
const median = (xs) => { const s = xs.filter((x) => x !== null).sort((a, b) => a - b); const m = s.length >> 1; return !s.length ? null : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, p) => { const s = xs.filter((x) => x !== null).sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null; };
const stat = (xs) => { const s = xs.filter((x) => x !== null && x !== undefined); return { median: median(s), spread: s.length ? [Math.min(...s), Math.max(...s)] : null, n: s.length }; };
const clicks = (loads, kind) => {
  const all = loads.flatMap((l) => l.clicks[kind] ?? []);
  return all.length ? { p50: pct(all, 50), p95: pct(all, 95), samples: all.length, lost: all.filter((x) => x === null).length } : null;
};

function summarise(name) {
  const { loads, taps, slow } = raw[name];
  const of = (f) => stat(loads.map(f));
  const lh = lighthouseRaw?.[name];
  return {
    first_view: { bytes: of((l) => l.bytes), bytes_brotli: of((l) => l.bytesBrotli), requests: of((l) => l.requests), bytes_by_ready_plus_2s: of((l) => l.bytesSettled) },
    timing_ms: { fcp: of((l) => l.fcp), map: of((l) => l.map), ready: of((l) => l.ready) },
    first_tap_ms: {
      sent_at: stat(taps.map((t) => t.at)),
      shown: stat(taps.map((t) => t.shown ?? null)),
      panel: stat(taps.map((t) => t.panel ?? null)),
      lost: taps.filter((t) => t.at === null || t.shown === null).length,
    },
    click_ms: Object.fromEntries([...KINDS[name], ...(name === 'ours' ? ['county_panel'] : [])].map((k) => [k, clicks(loads, k)])),
    long_tasks: {
      longest_ms: of((l) => l.longest),
      over_50ms: of((l) => l.over50),
      by_round: loads.map((l) => l.tasks),
    },
    memory_bytes: {
      after_ready: { total: of((l) => l.afterReady.total), js: of((l) => l.afterReady.js), wasm: of((l) => l.afterReady.wasm) },
      after_200: loads.some((l) => l.after200) ? { total: of((l) => l.after200?.total), js: of((l) => l.after200?.js), wasm: of((l) => l.after200?.wasm) } : null,
    },
    main_thread_ms_per_interaction: loads.some((l) => l.work.county) ? Object.fromEntries(['county', 'layer', 'compare'].map((k) => [k, {
      script: median(loads.map((l) => l.work[k].script)),
      rendering: median(loads.map((l) => l.work[k].rendering)),
    }])) : null,
    slow_network_ms: slow.length ? { fcp: stat(slow.map((l) => l.fcp)), ready: stat(slow.map((l) => l.ready)) } : null,
    lighthouse: lh ? Object.fromEntries(['score', 'fcp', 'lcp', 'tbt', 'cls', 'tti'].map((k) => [k, stat(lh.map((r) => r[k]))])) : null,
    errors: [...loads, ...taps].flatMap((l) => l.errors),
  };
}
const summary = Object.fromEntries(pages.map((p) => [p.spec.name, summarise(p.spec.name)]));

// ---- the table ----
// A format: the number alone (`num`), and with its unit when called.
const format = (num, unit = '') => Object.assign((x) => `${num(x)}${unit}`, { num });
const fmt = {
  kb: format((b) => (b / 1024).toFixed(0), ' KB'),
  mb: format((b) => (b / 1048576).toFixed(1), ' MB'),
  ms: format((t) => t.toFixed(0), ' ms'),
  n: format((x) => x.toFixed(0)),
  cls: format((x) => x.toFixed(3)),
};
const value = (v) => (v && typeof v === 'object' ? v.median : v ?? null);
// A cell: the median, and the spread over rounds where there is one.
const cell = (v, f) => {
  if (value(v) === null) return '—';
  const s = v?.spread;
  return s && v.n > 1 && f.num(s[0]) !== f.num(s[1]) ? `${f(v.median)} (${f.num(s[0])}–${f.num(s[1])})` : f(value(v));
};
// Targets: ours at most `x` times the peer; ours at most / at least a number; ours at most a
// figure of the peer's (`ref`, with its name).
const ratioAtMost = (x) => ({ text: `≤ ${x}x`, pass: (o, p) => o <= x * p, needsPeer: true });
const atMost = (x, f) => ({ text: `≤ ${f(x)}`, pass: (o) => o <= x });
const atLeast = (x, f) => ({ text: `≥ ${f(x)}`, pass: (o) => o >= x });
const atMostPeer = (label, ref, f) => ({ text: `≤ ${label}${ref === null ? '' : ` (${f(ref)})`}`, pass: (o) => o <= ref, needsPeer: true });

const P = summary.peer;
const O = summary.ours;
const get = (s, f) => (s ? f(s) ?? null : null);
const peerCountyP50 = get(P, (s) => s.click_ms.county?.p50);
const rows = [];
const row = (label, f, format, target = null, { peerValue } = {}) => {
  const peer = peerValue !== undefined ? peerValue : get(P, f);
  const ours = get(O, f);
  const [p, o] = [value(peer), value(ours)];
  const ratio = p !== null && o !== null && p !== 0 ? o / p : null;
  const pass = target && o !== null && (p !== null || !target.needsPeer) ? target.pass(o, p) : null;
  rows.push({
    label, peer: p, ours: o, ratio, target: target?.text ?? null, pass,
    cells: [label, cell(peer, format), cell(ours, format), ratio === null ? '—' : `${ratio.toFixed(2)}x`, target?.text ?? '', pass === null ? '' : pass ? 'pass' : 'miss'],
  });
};
const clickRow = (label, kind, q, format, target, opts) => row(label, (s) => s.click_ms[kind]?.[q] ?? null, format, target, opts);
row('First-view transfer (until ready)', (s) => s.first_view.bytes, fmt.kb, ratioAtMost(0.5));
row('First-view transfer, brotli files (until ready) ³', (s) => s.first_view.bytes_brotli, fmt.kb, ratioAtMost(0.5));
row('Requests (until ready)', (s) => s.first_view.requests, fmt.n);
row('First contentful paint', (s) => s.timing_ms.fcp, fmt.ms);
row('Map drawn', (s) => s.timing_ms.map, fmt.ms);
row('Ready (interactive)', (s) => s.timing_ms.ready, fmt.ms, ratioAtMost(0.5));
row('First tap: sent at (after navigation)', (s) => s.first_tap_ms.sent_at, fmt.ms);
row('First tap → county selected, painted', (s) => s.first_tap_ms.shown, fmt.ms);
row('First tap → county panel painted ¹', (s) => s.first_tap_ms.panel, fmt.ms, null, { peerValue: get(P, (s) => s.first_tap_ms.shown) });
clickRow('Click → next paint, no change (p50)', 'floor', 'p50', fmt.ms);
clickRow('County click → painted (p50)', 'county', 'p50', fmt.ms, ratioAtMost(0.5));
clickRow('County click → painted (p95)', 'county', 'p95', fmt.ms, atMostPeer('peer p50', peerCountyP50, fmt.ms));
clickRow('County click → panel painted (p50) ¹', 'county_panel', 'p50', fmt.ms, null, { peerValue: peerCountyP50 });
clickRow('Layer switch → painted (p50) ²', 'layer', 'p50', fmt.ms, atMostPeer('peer county p50', peerCountyP50, fmt.ms), { peerValue: peerCountyP50 });
clickRow('Layer switch → painted (p95)', 'layer', 'p95', fmt.ms, null, { peerValue: null });
clickRow('Comparison change → painted (p50) ²', 'compare', 'p50', fmt.ms, atMostPeer('peer county p50', peerCountyP50, fmt.ms), { peerValue: peerCountyP50 });
clickRow('Comparison change → painted (p95)', 'compare', 'p95', fmt.ms, null, { peerValue: null });
row('Longest task, first paint → ready + 2 s', (s) => s.long_tasks.longest_ms, fmt.ms, atMost(50, fmt.ms));
row('Tasks over 50 ms, first paint → ready + 2 s', (s) => s.long_tasks.over_50ms, fmt.n);
row('Memory after ready (JS heap + wasm)', (s) => s.memory_bytes.after_ready.total, fmt.mb, ratioAtMost(0.2));
if (SLOW) {
  row('Slow network: first contentful paint', (s) => s.slow_network_ms.fcp, fmt.ms);
  row('Slow network: ready', (s) => s.slow_network_ms.ready, fmt.ms);
}
if (lighthouseRaw) {
  row('Lighthouse performance score', (s) => s.lighthouse.score, fmt.n, atLeast(95, fmt.n));
  row('Lighthouse FCP', (s) => s.lighthouse.fcp, fmt.ms, atMostPeer("peer's", value(get(P, (s) => s.lighthouse.fcp)), fmt.ms));
  row('Lighthouse LCP', (s) => s.lighthouse.lcp, fmt.ms);
  row('Lighthouse TBT', (s) => s.lighthouse.tbt, fmt.ms, atMost(150, fmt.ms));
  row('Lighthouse CLS', (s) => s.lighthouse.cls, fmt.cls);
  row('Lighthouse TTI', (s) => s.lighthouse.tti, fmt.ms);
}

// Ours alone: what has no counterpart on the peer page.
const details = [];
if (O) {
  const mem = O.memory_bytes;
  details.push(['Memory after ready: JS heap + wasm', `${fmt.mb(mem.after_ready.js.median)} + ${fmt.mb(mem.after_ready.wasm.median)}`]);
  if (mem.after_200) details.push(['Memory after 200 interactions (JS heap + wasm)', `${cell(mem.after_200.total, fmt.mb)}: ${fmt.mb(mem.after_200.js.median)} + ${fmt.mb(mem.after_200.wasm.median)}`]);
  details.push(['Transfer by ready + 2 s', cell(O.first_view.bytes_by_ready_plus_2s, fmt.kb)]);
  if (O.main_thread_ms_per_interaction) {
    for (const [k, w] of Object.entries(O.main_thread_ms_per_interaction)) {
      details.push([`Main thread per ${k} interaction`, `${fmt.ms(w.script + w.rendering)}: script ${fmt.ms(w.script)} + style/layout/paint ${fmt.ms(w.rendering)}`]);
    }
  }
  const lost = Object.entries(O.click_ms).filter(([, c]) => c?.lost).map(([k, c]) => `${k} ${c.lost}`);
  if (lost.length) details.push(['Clicks whose change never showed', lost.join(', ')]);
  if (O.first_tap_ms.lost) details.push(['First taps never answered', `${O.first_tap_ms.lost} of ${ROUNDS}`]);
}

const result = {
  date: new Date().toISOString(),
  settings: { rounds: ROUNDS, samples: SAMPLES, throttle: THROTTLE, lighthouse_runs: lighthouseRaw ? LH_RUNS : 0, chromium: CHROMIUM, pages: pages.map((p) => p.spec.name), seconds: Math.round((Date.now() - started) / 1000) },
  floor_fcp_ms: stat(floor),
  pages: summary,
  table: rows.map(({ cells, ...r }) => r),
  raw,
  lighthouse_runs: lighthouseRaw,
};
const md = [
  `Benchmark, ${result.date}: ${ROUNDS} rounds ${pages.length > 1 ? 'alternating between the ECharts peer and ours' : `of ${pages[0].spec.name} alone`}, CPU throttled ${THROTTLE}x, ${SAMPLES} clicks of each kind per round${lighthouseRaw ? `; Lighthouse mobile (simulated throttling), ${LH_RUNS} runs each` : ''}. Medians (spread over rounds); ratio = ours / peer.`,
  '',
  '| Measure | Peer (ECharts) | Ours | Ratio | Target | Result |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.cells.join(' | ')} |`),
  '',
  '¹ The peer has no panel: its line above the map (`#selected`) is all it shows of a county.',
  "² The peer has no layers or comparison: its figure is its county click's p50, the target's reference.",
  '³ For a host that serves the precompressed `.br` files beside the build (the peer\'s files compressed the same way): counted from the same requests, not fetched.',
  `Floor of this machine: first paint of a one-line page ${cell(result.floor_fcp_ms, fmt.ms)}.`,
  '',
  ...(details.length ? ['| Ours in detail | |', '| --- | --- |', ...details.map((d) => `| ${d.join(' | ')} |`), ''] : []),
].join('\n');
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'result.json'), JSON.stringify(result, null, 2));
fs.writeFileSync(path.join(OUT, 'result.md'), md);
console.log(md);
const errors = Object.values(summary).flatMap((s) => s.errors);
if (errors.length) {
  console.error('page errors during the benchmark:', errors);
  process.exitCode = 1;
}
