// Loader of the prerendered pages (a template: the build writes it to dist/boot.js with
// the hashed file names in place of the two placeholders below). Loaded by every page as
// `<script type="module" async src="./boot.js">`, so a strict CSP needs no inline script.
// `async`: it runs as soon as it arrives, while the page is still being parsed and laid
// out, and starts the downloads then; what needs the page's elements waits for them.
//
// 1. Render flags from the page's query string, whitelisted, written as attributes on
//    #jj-app as soon as it is parsed (CSS does the rest: styles/embed.css, styles/theme.css):
//    ?theme=light|dark|auto  ?view=<section>  ?plain=1  ?static=1  ?embed-id=<id>
// 2. In an iframe: reports the content height to the parent on load and on every change,
//    in three formats (ours, pym.js v1, AMP), and takes a theme from the parent.
// 3. Answers the map before the app runs: a tap on a county or a layer button is drawn at
//    once (the attributes the style sheet already draws) and the last choice of each kind
//    is kept for the app, which takes it when its map starts answering
//    (`window.jingjinBoot.take()`, see src/browser/boot.rs); from then on the app answers.
// 4. The language links carry the reader's state (the address's fragment) and flags.
// 5. Unless static: asks for the dataset and loads and starts the first view's binary at
//    once; its start function reads the data and attaches to the map once the map's markup
//    is parsed (`mapParsed`); the story's islands wait for the whole page, and the story's
//    sections ahead of the screen are not laid out until the map answers (`holdStory`).
//    Static (or a browser without WebAssembly): the server-rendered markup is the graphic.

const VIEWS = ['overview', 'map', 'results', 'industry', 'labour', 'pairing', 'projects', 'timeline', 'compare'];
const THEMES = ['light', 'dark', 'auto'];
const YES = ['', '1', 'true'];

const params = new URLSearchParams(window.location.search);

/** A query flag like `?plain=1` (also `?plain` and `?plain=true`). */
function flag(name) {
  return params.has(name) && YES.includes(params.get(name));
}

/**
 * The embed id for pym.js and our own message: short, plain characters only. `embed-id`
 * is ours; `childId` is what pym.js's Parent puts in the frame's query (with
 * `initialWidth`, `parentTitle`, `parentUrl`), and it listens only for that id.
 */
function embedId() {
  for (const name of ['embed-id', 'childId']) {
    const id = params.get(name) ?? '';
    if (/^[A-Za-z0-9_:.-]{1,64}$/.test(id)) return id;
  }
  return '';
}

/** pym.js's message to the child: `pymxPYMx<id>xPYMxwidthxPYMx<px>`. */
function isPymWidth(data, id) {
  if (typeof data !== 'string') return false;
  const prefix = `pymxPYMx${id}xPYMxwidthxPYMx`;
  return data.startsWith(prefix) && /^\d{1,5}$/.test(data.slice(prefix.length));
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
    } else if (isPymWidth(data, id)) {
      // pym.js's Parent sends the frame's width on load and on every resize, and sizes the
      // frame from the height we answer.
      requestAnimationFrame(() => report(true));
    }
  });
}

/**
 * The map's first taps, before the app answers them: drawn at once, kept for the app.
 * `choice.county` is a code, or null when the open county was closed; undefined untouched.
 */
function answerEarly() {
  // Listening on the document from the moment this module runs, which may be before the
  // map has been parsed: a tap on a county painted early is never lost. Each event finds
  // the map it happened in.
  const choice = {};
  let handedOff = false;
  const root = () => document.getElementById('jj-app');
  window.jingjinBoot = {
    take() {
      handedOff = true;
      return choice;
    },
    // The story's islands are looked for once the whole page is parsed: the map may answer
    // before then (see `mapParsed`).
    mapReady: () => {
      // At the next idle moment: a tap made before ready has its panel drawn first.
      if ('requestIdleCallback' in window) requestIdleCallback(releaseStory, { timeout: 1000 });
      else setTimeout(releaseStory, 200);
      return parsed().then(() => whenWanted(root()));
    },
    loadWhole: () => loadWhole(root()),
    mapParsed: mapParsed(),
    // The request for `file` made at the start (see `fetchDataEarly`), taken once.
    takeData(file) {
      const taken = earlyData && earlyData.file === file ? earlyData : null;
      earlyData = null;
      return taken;
    },
  };
  const set = (el, name, value) => {
    if (!el) return;
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  };
  const selectCounty = (map, code) => {
    const open = map.getAttribute('data-selected');
    const next = open === code ? null : code;
    if (open) set(map.querySelector(`#county-${open}`), 'aria-selected', 'false');
    const unit = next && map.querySelector(`#county-${next}`);
    set(unit, 'aria-selected', 'true');
    set(map, 'data-selected', next);
    set(map.querySelector('#jj-map-selected'), 'd', unit ? unit.getAttribute('d') : '');
    choice.county = next;
  };
  const selectLayer = (map, id) => {
    set(map, 'data-layer', id);
    for (const b of map.querySelectorAll('.layers__button')) {
      const on = b.getAttribute('data-layer') === id;
      set(b, 'aria-pressed', on ? 'true' : 'false');
      set(b, 'tabindex', on ? '0' : '-1');
    }
    const select = map.querySelector('[data-layer-select]');
    if (select) select.value = id;
    choice.layer = id;
  };
  /** The map an event happened in, while the app does not answer yet. */
  const mapOf = (event) => {
    if (handedOff || !(event.target instanceof Element)) return null;
    const map = event.target.closest('#jj-map');
    return map && map.closest('#jj-app:not([data-static])') ? map : null;
  };
  document.addEventListener('click', (event) => {
    const map = mapOf(event);
    if (!map) return;
    const button = event.target.closest('.layers__button');
    if (button) {
      selectLayer(map, button.getAttribute('data-layer'));
      return;
    }
    const unit = event.target.closest('.map__frame [data-code]');
    if (unit && /^\d{6}$/.test(unit.getAttribute('data-code'))) {
      selectCounty(map, unit.getAttribute('data-code'));
    }
  });
  // Enter or Space on the listbox picks the unit it points at (the layer buttons are
  // buttons: the browser turns their keys into clicks).
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const map = mapOf(event);
    const frame = map && event.target.closest('.map__frame');
    const active = frame && frame.getAttribute('aria-activedescendant');
    const code = active && active.replace(/^county-/, '');
    if (code && /^\d{6}$/.test(code)) {
      event.preventDefault();
      selectCounty(map, code);
    }
  });
  document.addEventListener('change', (event) => {
    const map = mapOf(event);
    if (map && event.target.hasAttribute('data-layer-select')) selectLayer(map, event.target.value);
  });
}

/** The page of the same view in `lang`, as prerender.rs names them (core::embed::page_file). */
function pageFor(lang, view) {
  if (view) return `${view}.${lang}.html`;
  return lang === 'zh-Hans' ? 'index.html' : `index.${lang}.html`;
}

/** Language links open the same view in the other language, with the reader's state. */
function carryState(root) {
  const view = root.getAttribute('data-view');
  root.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    const link = event.target.closest('a.langs__button[data-lang]');
    if (!link || event.defaultPrevented) return;
    link.href = pageFor(link.getAttribute('data-lang'), view) + window.location.search + window.location.hash;
  }, true);
}

/**
 * Each language is a page of its own. A link shared before that (or written by hand) may
 * name the language in its fragment (`#v=1&lang=en&…`): open that language's page, with
 * the same fragment and flags, instead of showing the state in the wrong language.
 */
function openChosenLanguage(root) {
  const lang = new URLSearchParams(window.location.hash.slice(1)).get('lang');
  const here = root.getAttribute('data-prerendered');
  if (!lang || lang === here || !Object.hasOwn(FAILED, lang)) return;
  const page = pageFor(lang, root.getAttribute('data-view'));
  window.location.replace(new URL(page, window.location.href).pathname + window.location.search + window.location.hash);
}

const FAILED = {
  'zh-Hans': '互动功能未能加载，下面显示的是静态版本。请刷新页面重试。',
  'zh-Hant': '互動功能未能載入，下面顯示的是靜態版本。請重新整理頁面再試。',
  en: 'The interactive version could not load; the static version is shown below. Reload the page to try again.',
};

function showFailure(root, error) {
  releaseStory();
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
 * The dataset's request, made here at once rather than when the first view's binary starts,
 * so it downloads while the wasm does: the binary takes it (`takeData`) and reads it under
 * its own limits. Made later, by the binary, its response waited 50-200 ms in the page's
 * busy task queue (4x CPU). The full pages also hint it in their <head> (see
 * src/bin/prerender.rs): this request, in the same mode, is answered from that download.
 */
let earlyData = null;
function fetchDataEarly() {
  const controller = new AbortController();
  const file = '__DATASET_FILE__';
  const response = fetch(file, { signal: controller.signal });
  response.catch(() => {}); // the binary reports it when it takes the request
  earlyData = { file, response, controller };
}

/** Fetches a binary's wasm (a promised Response, as init takes it) and imports its glue. */
function fetchBinary(js, wasm) {
  const response = fetch(new URL(wasm, import.meta.url));
  response.catch(() => {}); // reported through init if it fails
  const mod = import(new URL(js, import.meta.url).href);
  mod.catch(() => {}); // reported through start if it fails
  return { wasm: response, mod };
}

const FIRST = { js: '__MAP_JS__', wasm: '__MAP_WASM__' };
const WHOLE = { js: '__APP_JS__', wasm: '__APP_WASM__' };
/** The first view's binary; a build without one loads the whole graphic first. */
const FIRST_VIEW = FIRST.js.startsWith('map-') ? FIRST : WHOLE;

/**
 * Starts the downloads: the dataset, the first view's wasm and its JS glue, all at once.
 */
function download() {
  fetchDataEarly();
  return fetchBinary(FIRST_VIEW.js, FIRST_VIEW.wasm);
}

/**
 * While the first view starts, the story's sections ahead of the screen are not laid out
 * (`data-jj-starting`: see styles/graphic.css), so their layout does not delay the map's
 * first answer. Lifted at the first idle moment after the map answers, when a binary
 * fails, when the reader scrolls or presses a key (before then they could reach a section
 * not yet drawn) or follows a link within the page, or after 5 s. Only where the page
 * opens on its map (`storyWaits`).
 */
function holdStory() {
  if (!storyWaits()) return () => {};
  const html = document.documentElement;
  const events = ['scroll', 'wheel', 'keydown', 'click'];
  const release = (event) => {
    // A click lifts it only on a link within the page (its target may be held).
    if (event?.type === 'click' && !event.target.closest?.('a[href*="#"]')) return;
    html.removeAttribute('data-jj-starting');
    clearTimeout(timer);
    for (const name of events) removeEventListener(name, release, true);
  };
  html.setAttribute('data-jj-starting', '');
  const timer = setTimeout(release, 5000);
  for (const name of events) addEventListener(name, release, { capture: true, passive: true });
  return () => release();
}

/**
 * Whether the page opens on its map, the only case the hold is for: not in an iframe
 * (which measures the whole graphic), not for one section (`?view=`, a section's page, or
 * a `view` in the address's state), nor when the address names a place on the page
 * (`#source-S05`), which the browser scrolls to.
 */
function storyWaits() {
  if (window.parent !== window || params.has('view')) return false;
  if (document.getElementById('jj-app')?.hasAttribute('data-view')) return false;
  const hash = window.location.hash;
  if (!hash) return true;
  return hash.startsWith('#v=') && !new URLSearchParams(hash.slice(1)).has('view');
}
let releaseStory = () => {};

const memories = [];
// For the benchmark and the memory tests: the WebAssembly memory in use, in bytes.
window.jingjinWasmBytes = () => memories.reduce((n, m) => n + m.buffer.byteLength, 0);

/** Runs a binary (whose start function does its part of #jj-app). */
async function run({ wasm, mod }) {
  const exports = await (await mod).default({ module_or_path: wasm });
  memories.push(exports.memory);
}

let whole = null;
/** Loads the whole graphic's binary, once: it hydrates the islands the first view left. */
function loadWhole(root) {
  releaseStory();
  if (!whole && FIRST_VIEW !== WHOLE) {
    whole = run(fetchBinary(WHOLE.js, WHOLE.wasm)).catch((error) => showFailure(root, error));
  }
  return whole;
}

/** How far ahead of the viewport the story's islands call for their binary: about a screen. */
const AHEAD = '100% 0px 100% 0px';

/**
 * Once the first view answers (the map binary calls `mapReady`): the rest of the graphic
 * loads when one of the story's islands comes within about a screen, or when the browser
 * is next idle, whichever is first.
 */
function whenWanted(root) {
  const go = () => loadWhole(root);
  const islands = root.querySelectorAll('[data-island]:not([data-island="panel"])');
  if ('IntersectionObserver' in window && islands.length) {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        go();
      }
    }, { rootMargin: AHEAD });
    for (const el of islands) observer.observe(el);
  }
  if ('requestIdleCallback' in window) requestIdleCallback(go, { timeout: 5000 });
  else setTimeout(go, 2000);
}

/**
 * Resolves once the map's markup (`#jj-map`, with its layer buttons, legends and county
 * panel) has been parsed whole: once a node follows it, or the page is parsed. The first
 * view's binary attaches to the map then, not at `DOMContentLoaded`, so the reader's map
 * answers while the story below it is still being parsed and laid out.
 */
function mapParsed() {
  return whileParsing(() => {
    for (let el = document.getElementById('jj-map'); el && el !== document.body; el = el.parentNode) {
      if (el.nextSibling) return true;
    }
    return false;
  });
}

/**
 * Resolves once `test()` holds, checked at once and after each insertion by the parser (a
 * mutation observer's callback runs before the browser can paint what was inserted), or
 * once the page is parsed, whichever is first.
 */
function whileParsing(test) {
  if (document.readyState !== 'loading' || test()) return Promise.resolve();
  return new Promise((resolve) => {
    const finish = () => {
      observer.disconnect();
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (test()) finish();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', finish, { once: true });
  });
}

/** Resolves once the whole page has been parsed (at once if it already is). */
function parsed() {
  return document.readyState === 'loading'
    ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
    : Promise.resolve();
}

// The query's flags, on #jj-app as soon as it is parsed. Not at `DOMContentLoaded`: a full
// page is painted long before then, and a flag applied then moved what the reader saw
// (`?plain=1` took the header away from a painted page: a layout shift of 0.12 at 1280 px).
whileParsing(() => document.getElementById('jj-app')).then(() => {
  const root = document.getElementById('jj-app');
  if (!root) return;
  applyFlags(root);
  // Inside a frame the whole graphic is measured for the parent: every section must render
  // (styles skip off-screen sections only outside frames).
  if (window.parent !== window) root.setAttribute('data-embedded', '');
});

// Static (?static=1): no WebAssembly at all. Otherwise the downloads start now, while the
// browser is still parsing and laying out the prerendered page.
const wasm = typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
const downloads = flag('static') || !wasm ? null : download();
if (downloads) {
  // Only where the first view's binary runs: it lifts the hold once the map answers.
  if (FIRST_VIEW !== WHOLE) releaseStory = holdStory();
  answerEarly();
  // The binary runs as soon as it has arrived, while the page is still being parsed and
  // laid out: it reads the dataset then, and waits for the markup it attaches to (see
  // src/start/mod.rs). Only a page without prerendered markup has no use for it, and none
  // of those loads boot.js.
  run(downloads).catch((error) => parsed().then(() => showFailure(document.getElementById('jj-app'), error)));
}
await parsed();
const root = document.getElementById('jj-app');
if (window.parent !== window) startEmbedded(root ?? document.documentElement);

const prerendered = root?.hasAttribute('data-prerendered') ?? false;
if (prerendered) {
  carryState(root);
  openChosenLanguage(root);
}
if (prerendered && !wasm) {
  // No WebAssembly here (an old browser, or switched off): the server-rendered markup is
  // the graphic, as with ?static=1.
  root.setAttribute('data-static', '');
}
if (prerendered && root.hasAttribute('data-static')) {
  // The server-rendered markup stays as it is, without interaction: load nothing. The map
  // and the charts are no tab stops then (their arrow keys would do nothing).
  root.querySelector('.jj')?.setAttribute('data-state', 'static');
  for (const el of root.querySelectorAll('.map__frame[tabindex], .chart__plot[tabindex]')) {
    el.removeAttribute('tabindex');
  }
} else if (!downloads) {
  answerEarly();
  run(download()).catch((error) => showFailure(root, error));
}
