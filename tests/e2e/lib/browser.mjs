// Launches Debian's Chromium through playwright-core (its own browser download does not
// work here) with the flags this machine needs, and a fresh profile each time.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, after } from 'node:test';
import { root, startServer } from './server.mjs';

export const outputDir = path.join(root, 'tests/e2e/output');
fs.mkdirSync(outputDir, { recursive: true });

const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
};

export async function launch() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jj-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...LAUNCH,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// Opens `url` in a new page, collecting console errors and page errors. `setup(page)`, if
// given, runs before the navigation (routes, init scripts, `page.clock.install()`); what it
// returns comes back as `state`, with the navigation's `response`. `waitUntil` is passed to
// `page.goto`.
export async function open(context, url, { width = 1280, height = 900, setup, waitUntil } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  const state = setup ? await setup(page) : undefined;
  const response = await page.goto(url, waitUntil ? { waitUntil } : undefined);
  return { page, errors, state, response };
}

// The page at `path` on the suite's server (see `sharedBrowser`), once its graphic is `ready`
// (or `state`) and, with `islands`, every island has hydrated. Other options go to `open`.
export async function openReady(suite, path = '', { state = 'ready', islands = false, ...options } = {}) {
  const opened = await open(suite.browser.context, `${suite.server.url}${path}`, options);
  await waitForState(opened.page, state);
  if (islands) await waitForIslands(opened.page);
  return opened;
}

export async function waitForState(page, state, timeout = 30000) {
  await page.waitForSelector(`[data-state="${state}"]`, { timeout });
}

// Waits until the address's fragment matches `pattern` (or, with `absent`, no longer does).
// The app writes the address once the frame after an interaction is drawn, not during it.
export async function waitForHash(page, pattern, { absent = false } = {}) {
  await page.waitForFunction(
    ([source, flags, absent]) => new RegExp(source, flags).test(location.hash) !== absent,
    [pattern.source, pattern.flags, absent],
  );
}

// A plain (non-persistent) browser, for tests that need contexts of their own, e.g.
// `browser.newContext({ javaScriptEnabled: false })`. Close it with `browser.close()`.
export async function launchBrowser() {
  return chromium.launch(LAUNCH);
}

// A browser and a context of their own (`contextOptions`: JavaScript off, touch, a zoom) for
// `fn(context)`; both are closed after it, also when it fails.
export async function withContext(contextOptions, fn) {
  const browser = await launchBrowser();
  try {
    return await fn(await browser.newContext(contextOptions));
  } finally {
    await browser.close();
  }
}

// A whole-page screenshot with every section drawn. Sections off screen skip rendering
// (`content-visibility: auto` in styles/app.css), which a full-page capture would show as
// blank space; the override lives only for the capture.
export async function fullPageShot(page, file) {
  const style = await page.addStyleTag({ content: '.story__section { content-visibility: visible !important; }' });
  await nextFrames(page);
  await page.screenshot({ path: file, fullPage: true });
  await style.evaluate((el) => el.remove());
}

// Waits until every island of the page (the county panel, each chart, the comparison) has
// hydrated: `ready` on the root means the map answers; the story's islands follow as they
// come near or the browser is idle. For tests that operate the story at once.
export async function waitForIslands(page, timeout = 30000) {
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-island]')].every((el) => el.getAttribute('data-state') === 'ready'),
    null,
    { timeout },
  );
}

// Resolves after the page (or frame) has drawn `n` more frames: what was due then is done.
export function nextFrames(page, n = 2) {
  return page.evaluate((n) => new Promise((resolve) => {
    const step = (k) => (k === 0 ? resolve() : requestAnimationFrame(() => step(k - 1)));
    step(n);
  }), n);
}

// Proofs that something did not happen, without waiting a while for it: each sends one
// more of the kind of event the test watches, and waits for it to arrive. Whatever was sent
// before has arrived by then (a window's messages arrive in the order they were posted; the
// page's requests reach the test in the order they were made).

// Resolves once `target` (a page or frame) has received every message posted to its window
// so far: `send([marker, arg])`, run in `from` (a page or frame), posts one more, `marker`,
// to that window; e.g. `([m]) => parent.postMessage(m, '*')` from a frame to its parent.
export async function messagesDelivered(target, from, send, arg) {
  const marker = `jj-test:delivered:${Math.random().toString(36).slice(2)}`;
  await target.evaluate((m) => {
    window.__jjDelivered = new Promise((resolve) => {
      window.addEventListener('message', function heard(e) {
        if (e.data !== m) return;
        window.removeEventListener('message', heard);
        resolve();
      });
    });
  }, marker);
  await from.evaluate(send, [marker, arg]);
  await target.evaluate(() => window.__jjDelivered);
}

let seen = 0;
// Resolves once the test has seen (`page.on('request')`) every request the page had made
// before this call: the page asks the server for one more file and the test waits for it.
export async function requestsSeen(page) {
  const marker = `jj-test-seen=${++seen}`;
  await Promise.all([
    page.waitForRequest((r) => r.url().endsWith(marker)),
    page.evaluate((m) => fetch(`${location.origin}/demo/favicon.svg?${m}`).then((r) => r.arrayBuffer()), marker),
  ]);
}

// One server for a test file, started before its first test and closed after its last:
// `const extra = sharedServer({ csp: true });` then `extra.server.url`. `options` go to
// `startServer`.
export function sharedServer(options = {}) {
  const suite = {};
  before(async () => {
    suite.server = await startServer(options);
  });
  after(async () => {
    await suite.server?.close();
  });
  return suite;
}

// One server and one browser for a test file, started before its first test and closed after
// its last: `const suite = sharedBrowser();` then `suite.server.url`, `suite.browser.context`.
// `options` go to `startServer` (routes, handlers).
export function sharedBrowser(options = {}) {
  const suite = {};
  before(async () => {
    suite.server = await startServer(options);
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
