// The benchmark (`cargo xtask bench`; not part of the test command, since timings vary):
// serves dist/ with gzip on 127.0.0.1, drives headless Chromium with the CPU throttled 4x
// (CDP Emulation.setCPUThrottlingRate), several rounds with a fresh browser context each,
// and reports medians and spreads of:
//   - bytes transferred for the first view (sum of encoded sizes) and the request count;
//   - first contentful paint, time to data-state="ready", time to the map drawn;
//   - latency from a county click, a layer switch and a comparison change to the next
//     painted frame (p50, p95), beside the same for a click that changes nothing (the
//     frame wait every click pays), and the main-thread time each costs (script, rendering);
//   - JS heap plus WebAssembly memory after ready and after 200 interactions.
// Writes target/bench/result.json and target/bench/result.md.
//
// Options (environment): ROUNDS (default 5), SAMPLES per interaction kind (default 20),
// THROTTLE (default 4), SLOW=1 adds a slow-network round set (1.6 Mbit/s, 150 ms RTT).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, root } from '../lib/server.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const SAMPLES = Number(process.env.SAMPLES ?? 20);
const THROTTLE = Number(process.env.THROTTLE ?? 4);
const SLOW = process.env.SLOW === '1';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-precise-memory-info', '--js-flags=--expose-gc',
];

// Runs in the page before anything else: timestamps for ready and for the map drawn, and a
// promise that settles when both are taken. The harness awaits that promise through one bare
// CDP call: Playwright's waitForFunction would first inject its own script, which costs the
// throttled main thread about 50 ms in the middle of the load it measures.
function instrument() {
  let settle;
  window.__bench = { ready: null, map: null, done: new Promise((resolve) => { settle = resolve; }) };
  const check = () => {
    const b = window.__bench;
    if (b.map === null && document.querySelectorAll('.map__units [data-code]').length === 51) {
      requestAnimationFrame(() => { b.map ??= performance.now(); if (b.ready !== null) settle(); });
    }
    if (b.ready === null && document.querySelector('.jj[data-state="ready"]')) {
      requestAnimationFrame(() => { b.ready ??= performance.now(); if (b.map !== null) settle(); });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  document.addEventListener('DOMContentLoaded', check);
}

// Awaits a promise in the page by one CDP call (nothing injected), or fails after `ms`.
async function awaitInPage(cdp, expression, ms) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${expression}`)), ms); });
  try {
    const r = await Promise.race([cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }), timeout]);
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result.value;
  } finally {
    clearTimeout(timer);
  }
}

// In the page: time from an event to the next painted frame (rAF, then a task after it).
// Each sample starts on an idle page (after the previous interaction's deferred work, such
// as the address update, has run), as a reader's click would. Kind "floor" clicks the
// page's title, which does nothing: the wait for the next frame that every click pays.
async function measureInPage({ kind, samples }) {
  const nextFrame = () => new Promise((resolve) => {
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(0);
    });
  });
  const click = (el) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
  const targets = {
    county: () => [...document.querySelectorAll('.map__units [data-code]')],
    layer: () => [...document.querySelectorAll('.layers__button')],
    compare: () => [...document.querySelectorAll('.tabs__tab')],
    floor: () => [...document.querySelectorAll('h1')],
  }[kind]();
  const times = [];
  for (let i = 0; i < samples; i++) {
    const el = targets[(i * 7) % targets.length];
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 500 }));
    await nextFrame();
    const t0 = performance.now();
    click(el);
    const t1 = await nextFrame();
    times.push(t1 - t0);
  }
  return times;
}

// In the page: 200 interactions of every kind, seeded so runs repeat.
async function interactInPage(n) {
  let seed = 42;
  const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const click = (el) => el && el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
  const pools = [
    () => document.querySelectorAll('.map__units [data-code]'),
    () => document.querySelectorAll('.layers__button'),
    () => document.querySelectorAll('.tabs__tab'),
    () => document.querySelectorAll('.legend__item button, .legend__key'),
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

async function memory(cdp, page) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  // The JS heap from CDP; the WebAssembly linear memory from boot.js's hook.
  const wasm = await page.evaluate(() => (window.jingjinWasmBytes ? window.jingjinWasmBytes() : 0));
  return { js: heap.usedSize, wasm, total: heap.usedSize + wasm };
}

// Main-thread time per interaction from a Chromium trace: script (event handlers, Yew's
// render and DOM patching) and rendering (style, layout, pre-paint, paint), including the
// frames of the transitions an interaction starts. Latency to a frame also counts the wait
// for the next vsync; this counts only work. Measured in a pass of its own so the trace
// does not slow the latency samples.
const SCRIPT = ['FunctionCall'];
const RENDERING = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint'];
async function mainThreadWork(cdp, page, kind, samples) {
  const events = [];
  const collect = (d) => events.push(...d.value);
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await page.evaluate(measureInPage, { kind, samples });
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

async function round(browser, url, { slow = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
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
  const sizes = new Map();
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  await page.addInitScript(instrument);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await awaitInPage(cdp, 'window.__bench.done', 60000);
  const timing = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    // The map cannot be on screen before the first paint.
    return { fcp, ready: window.__bench.ready, map: Math.max(window.__bench.map, fcp ?? 0) };
  });
  await page.waitForTimeout(300);
  const bytes = [...sizes.values()].reduce((a, b) => a + b, 0);
  const requests = sizes.size;
  const afterReady = await memory(cdp, page);
  const latency = {};
  if (!slow) {
    for (const kind of ['floor', 'county', 'layer', 'compare']) {
      latency[kind] = await page.evaluate(measureInPage, { kind, samples: SAMPLES });
    }
  }
  const work = {};
  if (!slow) {
    for (const kind of ['county', 'layer', 'compare']) {
      work[kind] = await mainThreadWork(cdp, page, kind, 10);
    }
    await page.evaluate(interactInPage, 200);
  }
  const after200 = slow ? null : await memory(cdp, page);
  await context.close();
  return { timing, bytes, requests, afterReady, after200, latency, work, errors };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const spread = (xs) => [Math.min(...xs), Math.max(...xs)];
const kb = (b) => (b / 1024).toFixed(1);
const ms = (t) => (t === null || t === undefined ? '—' : t.toFixed(0));

// The floor of this machine: a page of one line of Chinese text, no style sheet, no script,
// loaded the same way. Nothing the graphic does can paint earlier than this.
const FLOOR_PAGE = '<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><title>floor</title><p>京津帮扶助力河北脱贫攻坚</p></html>';
async function floorRound(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(url, { waitUntil: 'load' });
  const fcp = await awaitInPage(cdp, `new Promise((resolve) => new PerformanceObserver((l) => { const e = l.getEntriesByName('first-contentful-paint')[0]; if (e) resolve(e.startTime); }).observe({ type: 'paint', buffered: true }))`, 30000);
  await context.close();
  return fcp;
}

const server = await startServer({ routes: { '/__floor.html': { body: FLOOR_PAGE } } });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ARGS });
const rounds = [];
const floor = [];
// Interleaved, so a machine that slows down during the run slows both alike.
for (let i = 0; i < ROUNDS; i++) {
  rounds.push(await round(browser, server.url));
  floor.push(await floorRound(browser, `${server.url}__floor.html`));
}
const slowRounds = [];
if (SLOW) for (let i = 0; i < Math.max(2, ROUNDS >> 1); i++) slowRounds.push(await round(browser, server.url, { slow: true }));
await browser.close();
await server.close();

const pick = (f) => rounds.map(f);
const all = (kind) => rounds.flatMap((r) => r.latency[kind] ?? []);
const result = {
  date: new Date().toISOString(),
  settings: { rounds: ROUNDS, samples: SAMPLES, throttle: THROTTLE, chromium: process.env.CHROMIUM ?? '/usr/bin/chromium' },
  first_view: {
    bytes: { median: median(pick((r) => r.bytes)), spread: spread(pick((r) => r.bytes)) },
    requests: { median: median(pick((r) => r.requests)), spread: spread(pick((r) => r.requests)) },
  },
  timing_ms: Object.fromEntries(['fcp', 'ready', 'map'].map((k) => [k, { median: median(pick((r) => r.timing[k])), spread: spread(pick((r) => r.timing[k])) }])),
  floor_fcp_ms: { median: median(floor), spread: spread(floor) },
  latency_ms: Object.fromEntries(['floor', 'county', 'layer', 'compare'].map((k) => [k, { p50: pct(all(k), 50), p95: pct(all(k), 95), samples: all(k).length }])),
  main_thread_ms_per_interaction: Object.fromEntries(['county', 'layer', 'compare'].map((k) => [k, {
    script: median(pick((r) => r.work[k].script)),
    rendering: median(pick((r) => r.work[k].rendering)),
  }])),
  memory_bytes: {
    after_ready: { median: median(pick((r) => r.afterReady.total)), js: median(pick((r) => r.afterReady.js)), wasm: median(pick((r) => r.afterReady.wasm)) },
    after_200: { median: median(pick((r) => r.after200.total)), js: median(pick((r) => r.after200.js)), wasm: median(pick((r) => r.after200.wasm)) },
  },
  slow_network: slowRounds.length ? Object.fromEntries(['fcp', 'ready', 'map'].map((k) => [k, { median: median(slowRounds.map((r) => r.timing[k])), spread: spread(slowRounds.map((r) => r.timing[k])) }])) : null,
  errors: rounds.flatMap((r) => r.errors),
};

const rows = [
  ['First-view transfer', `${kb(result.first_view.bytes.median)} KB`, `${kb(result.first_view.bytes.spread[0])}–${kb(result.first_view.bytes.spread[1])} KB`],
  ['Requests', `${result.first_view.requests.median}`, `${result.first_view.requests.spread.join('–')}`],
  ['First contentful paint', `${ms(result.timing_ms.fcp.median)} ms`, `${result.timing_ms.fcp.spread.map(ms).join('–')} ms`],
  ['Map drawn', `${ms(result.timing_ms.map.median)} ms`, `${result.timing_ms.map.spread.map(ms).join('–')} ms`],
  ['Ready (interactive)', `${ms(result.timing_ms.ready.median)} ms`, `${result.timing_ms.ready.spread.map(ms).join('–')} ms`],
  ['Floor: first paint of a one-line page', `${ms(result.floor_fcp_ms.median)} ms`, `${result.floor_fcp_ms.spread.map(ms).join('–')} ms`],
  ['Latency floor: a click that changes nothing (p50 / p95)', `${ms(result.latency_ms.floor.p50)} / ${ms(result.latency_ms.floor.p95)} ms`, `${result.latency_ms.floor.samples} samples`],
  ...['county', 'layer', 'compare'].map((k) => [`Latency: ${k} (p50 / p95)`, `${ms(result.latency_ms[k].p50)} / ${ms(result.latency_ms[k].p95)} ms`, `${result.latency_ms[k].samples} samples`]),
  ...['county', 'layer', 'compare'].map((k) => {
    const w = result.main_thread_ms_per_interaction[k];
    return [`Main thread per ${k} interaction (script + rendering)`, `${ms(w.script + w.rendering)} ms`, `script ${ms(w.script)} + style/layout/paint ${ms(w.rendering)} ms`];
  }),
  ['Memory after ready (JS + wasm)', `${kb(result.memory_bytes.after_ready.median)} KB`, `JS ${kb(result.memory_bytes.after_ready.js)} + wasm ${kb(result.memory_bytes.after_ready.wasm)} KB`],
  ['Memory after 200 interactions', `${kb(result.memory_bytes.after_200.median)} KB`, `JS ${kb(result.memory_bytes.after_200.js)} + wasm ${kb(result.memory_bytes.after_200.wasm)} KB`],
];
if (result.slow_network) {
  rows.push(['Slow network: ready', `${ms(result.slow_network.ready.median)} ms`, `${result.slow_network.ready.spread.map(ms).join('–')} ms`]);
}
const md = [
  `Benchmark, ${result.date}: ${ROUNDS} rounds, CPU throttled ${THROTTLE}x, ${SAMPLES} samples per interaction per round.`,
  '',
  '| Measure | Median | Spread (min–max) |',
  '| --- | --- | --- |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  '',
].join('\n');
const outDir = path.join(root, 'target/bench');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'result.json'), JSON.stringify(result, null, 2));
fs.writeFileSync(path.join(outDir, 'result.md'), md);
console.log(md);
if (result.errors.length) {
  console.error('page errors during the benchmark:', result.errors);
  process.exitCode = 1;
}
