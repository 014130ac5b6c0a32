// Loader of the prerendered pages (a template: the build writes it to dist/boot.js with
// the hashed file names in place of the two placeholders below). Loaded by every page as
// `<script type="module" async src="./boot.js">`, so a strict CSP needs no inline script.
// `async`: it runs as soon as it arrives, while the page is still being parsed and laid
// out, and starts the downloads then; what needs the page's elements waits for them.
//
// 1. Render flags from the page's query string, whitelisted, written as attributes on
//    #jj-app (CSS does the rest: styles/embed.css, styles/theme.css):
//    ?theme=light|dark|auto  ?view=<section>  ?plain=1  ?static=1  ?embed-id=<id>
// 2. In an iframe: reports the content height to the parent on load and on every change,
//    in three formats (ours, pym.js v1, AMP), and takes a theme from the parent.
// 3. Unless static: loads the app, whose start function hydrates #jj-app by itself.
//    Static: no WebAssembly at all; the server-rendered markup is the graphic.

const VIEWS = ['overview', 'map', 'results', 'industry', 'labour', 'pairing', 'projects', 'timeline', 'compare'];
const THEMES = ['light', 'dark', 'auto'];
const YES = ['', '1', 'true'];

const params = new URLSearchParams(window.location.search);

/** A query flag like `?plain=1` (also `?plain` and `?plain=true`). */
function flag(name) {
  return params.has(name) && YES.includes(params.get(name));
}

/** The embed id for pym.js and our own message: short, plain characters only. */
function embedId() {
  const id = params.get('embed-id') ?? '';
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : '';
}

function applyFlags(el) {
  const theme = params.get('theme');
  el.setAttribute('data-theme', THEMES.includes(theme) ? theme : 'light');
  const view = params.get('view');
  if (VIEWS.includes(view)) el.setAttribute('data-view', view);
  if (flag('plain')) el.setAttribute('data-plain', '');
  if (flag('static')) el.setAttribute('data-static', '');
}

/** The height the parent must give the iframe so nothing scrolls inside it. */
function contentHeight() {
  const html = document.documentElement;
  const box = html.getBoundingClientRect().height;
  let body = 0;
  if (document.body) {
    const cs = getComputedStyle(document.body);
    body = document.body.scrollHeight + parseFloat(cs.marginTop) + parseFloat(cs.marginBottom);
  }
  return Math.ceil(Math.max(box, body));
}

/** Posts the height in our format, pym.js v1's and AMP's. Heights are not secret: "*". */
function postSize(id, height) {
  const parent = window.parent;
  parent.postMessage({ type: 'jingjin-embed:size', version: 1, id, height }, '*');
  parent.postMessage(`pymxPYMx${id}xPYMxheightxPYMx${height}`, '*');
  parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}

/** True when `data` is a plain object with exactly these keys. */
function hasKeys(data, keys) {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  if (Object.getPrototypeOf(data) !== Object.prototype) return false;
  const own = Object.keys(data);
  return own.length === keys.length && keys.every((k) => own.includes(k));
}

function startEmbedded(el) {
  const id = embedId();
  let last = -1;
  let pending = false;
  const report = (force) => {
    const height = contentHeight();
    if (force || height !== last) {
      last = height;
      postSize(id, height);
    }
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      report(false);
    });
  };
  if ('ResizeObserver' in window) {
    const observer = new ResizeObserver(schedule);
    observer.observe(document.documentElement);
    if (document.body) observer.observe(document.body);
  }
  window.addEventListener('load', () => report(true));
  schedule();

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const data = event.data;
    if (hasKeys(data, ['type', 'version', 'theme'])
      && data.type === 'jingjin-embed:theme' && data.version === 1
      && THEMES.includes(data.theme)) {
      el.setAttribute('data-theme', data.theme);
    } else if (hasKeys(data, ['type', 'version'])
      && data.type === 'jingjin-embed:measure' && data.version === 1) {
      // embed.js asks once the iframe has loaded, in case it missed the first report.
      report(true);
    }
  });
}

const FAILED = {
  'zh-Hans': '互动功能未能加载，下面显示的是静态版本。请刷新页面重试。',
  'zh-Hant': '互動功能未能載入，下面顯示的是靜態版本。請重新整理頁面再試。',
  en: 'The interactive version could not load; the static version is shown below. Reload the page to try again.',
};

function showFailure(root, error) {
  console.error('jingjin: the interactive graphic could not load:', error);
  // A panic while starting has already replaced the graphic with its own message.
  if (!root || root.querySelector('.jj-crash')) return;
  const lang = root.getAttribute('data-prerendered') || document.documentElement.lang;
  const alert = document.createElement('div');
  alert.className = 'jj__error jj-boot-error';
  alert.setAttribute('role', 'alert');
  alert.textContent = FAILED[lang] ?? FAILED['zh-Hans'];
  const graphic = root.querySelector('.jj');
  (graphic ?? root).prepend(alert);
}

/**
 * Asks for the data files at once, so they download while the wasm downloads and compiles
 * instead of after it. The app's own requests (same URLs, relative to the page; same mode
 * and credentials) are then answered from these.
 */
function preloadData() {
  for (const file of __DATA_FILES__) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = file;
    document.head.append(link);
  }
}

/**
 * Starts the downloads: the data files, the wasm (a promised Response, as init takes it)
 * and the JS module, all at once.
 */
function download() {
  preloadData();
  const wasm = fetch(new URL('__APP_WASM__', import.meta.url));
  wasm.catch(() => {}); // reported through init if it fails
  const mod = import(new URL('__APP_JS__', import.meta.url).href);
  mod.catch(() => {}); // reported through start if it fails
  return { wasm, mod };
}

/** Runs the app (whose start function hydrates #jj-app) once the page is parsed. */
async function start({ wasm, mod }) {
  const exports = await (await mod).default({ module_or_path: wasm });
  // For the benchmark and the memory tests: the WebAssembly memory in use, in bytes.
  window.jingjinWasmBytes = () => exports.memory.buffer.byteLength;
}

/** Resolves once the whole page has been parsed (at once if it already is). */
function parsed() {
  return document.readyState === 'loading'
    ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
    : Promise.resolve();
}

// Static (?static=1): no WebAssembly at all. Otherwise the downloads start now, while the
// browser is still parsing and laying out the prerendered page.
const downloads = flag('static') ? null : download();
await parsed();
const root = document.getElementById('jj-app');
if (root) applyFlags(root);
if (window.parent !== window) {
  // Inside a frame the whole graphic is measured for the parent: every section must render
  // (styles skip off-screen sections only outside frames).
  root?.setAttribute('data-embedded', '');
  startEmbedded(root ?? document.documentElement);
}

const prerendered = root?.hasAttribute('data-prerendered') ?? false;
if (prerendered && root.hasAttribute('data-static')) {
  // The server-rendered markup stays as it is: mark it ready, load nothing.
  root.querySelector('.jj')?.setAttribute('data-state', 'ready');
} else {
  start(downloads ?? download()).catch((error) => showFailure(root, error));
}
