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

// Opens `url` in a new page, collecting console errors and page errors.
export async function open(context, url, { width = 1280, height = 900 } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors };
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

// A whole-page screenshot with every section drawn. Sections off screen skip rendering
// (`content-visibility: auto` in styles/app.css), which a full-page capture would show as
// blank space; the override lives only for the capture.
export async function fullPageShot(page, file) {
  const style = await page.addStyleTag({ content: '.story__section { content-visibility: visible !important; }' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
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
