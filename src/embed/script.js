// The script embed (a template: the build writes it to dist/script.js with the hashed file
// names, and the list of stylesheets, in place of the three placeholders below). On the
// host page:
//
//   <div data-jingjin data-lang="en" data-theme="dark" data-view="map"></div>
//   <script src="https://example.org/graphic/script.js" defer></script>
//
// Each `div[data-jingjin]` gets an open shadow root holding the graphic's stylesheets,
// shadow.css (which stops the host's inherited styles) and a mount element carrying the
// flags, so the host's CSS does not reach the graphic and the graphic's CSS does not reach
// the host. The app is loaded once for all embeds on the page, then mounted into each.
// Divs added later are mounted too. Attributes, all optional and whitelisted:
//   data-lang="zh-Hans|zh-Hant|en" (default: the host page's language, then the browser's)
//   data-theme="light|dark|auto"  data-view="<section>"  data-plain  data-static
// data-static loads no WebAssembly: it shows the server-rendered page of that language.
// Every URL is resolved against this script's own URL, so it works from another site
// (the app's module and data are then fetched with CORS).
(function () {
  'use strict';

  var VIEWS = ['overview', 'map', 'results', 'industry', 'labour', 'pairing', 'projects', 'timeline', 'compare'];
  var THEMES = ['light', 'dark', 'auto'];
  var LANGS = ['zh-Hans', 'zh-Hant', 'en'];
  var YES = ['', '1', 'true'];

  function scriptUrl() {
    var s = document.currentScript;
    if (s && s.src) return s.src;
    var all = document.querySelectorAll('script[src]');
    for (var i = all.length - 1; i >= 0; i--) {
      if (/\/script\.js(?:[?#].*)?$/.test(all[i].src)) return all[i].src;
    }
    return document.baseURI;
  }

  var SCRIPT = scriptUrl();
  var BASE = new URL('./', SCRIPT).href;
  var APP_JS = new URL('__APP_JS__', SCRIPT).href;
  var APP_WASM = new URL('__APP_WASM__', SCRIPT).href;
  var APP_CSS = __APP_CSS__.map(function (u) { return new URL(u, SCRIPT).href; });
  var SHADOW_CSS = new URL('shadow.css', SCRIPT).href;

  var FAILED = {
    'zh-Hans': '图表未能加载。请刷新页面重试。',
    'zh-Hant': '圖表未能載入。請重新整理頁面再試。',
    en: 'The graphic could not load. Reload the page to try again.',
  };

  var app = null; // one shared promise of the initialised module

  function loadApp() {
    if (!app) {
      // The wasm downloads while the JS module loads (init takes a promised Response).
      var wasm = fetch(APP_WASM);
      wasm.catch(function () {}); // reported through init if it fails
      app = import(APP_JS).then(function (mod) {
        return Promise.resolve(mod.default({ module_or_path: wasm })).then(function () {
          return mod;
        });
      });
    }
    return app;
  }

  function flag(div, name) {
    return div.hasAttribute(name) && YES.indexOf(div.getAttribute(name)) >= 0;
  }

  /** The language from data-lang, or "" (the app detects it). */
  function langOf(div) {
    var lang = div.getAttribute('data-lang');
    return LANGS.indexOf(lang) >= 0 ? lang : '';
  }

  /** A language for the static page when none is given: the host's, then the browser's. */
  function detectLang() {
    var tags = [document.documentElement.lang].concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < tags.length; i++) {
      var t = String(tags[i] || '').toLowerCase();
      if (/^zh-(hant|tw|hk|mo)/.test(t)) return 'zh-Hant';
      if (/^zh/.test(t)) return 'zh-Hans';
      if (/^en/.test(t)) return 'en';
    }
    return 'zh-Hans';
  }

  function stylesheet(href) {
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    var loaded = new Promise(function (resolve) {
      link.addEventListener('load', resolve);
      link.addEventListener('error', resolve);
    });
    return { link: link, loaded: loaded };
  }

  function fail(mount, lang, error) {
    console.error('jingjin: the graphic could not load:', error);
    if (mount.querySelector('.jj-crash')) return; // the panic hook has said it already
    var alert = document.createElement('div');
    alert.className = 'jj-embed__error';
    alert.setAttribute('role', 'alert');
    alert.textContent = FAILED[lang] || FAILED['zh-Hans'];
    mount.prepend(alert);
  }

  /** Static: the server-rendered page of that language, no WebAssembly. */
  function showStatic(mount, lang) {
    var file = lang === 'zh-Hans' ? 'index.html' : 'index.' + lang + '.html';
    return fetch(new URL(file, SCRIPT).href)
      .then(function (r) {
        if (!r.ok) throw new Error(file + ': HTTP ' + r.status);
        return r.text();
      })
      .then(function (text) {
        var doc = new DOMParser().parseFromString(text, 'text/html');
        var root = doc.getElementById('jj-app');
        if (!root) throw new Error(file + ' has no #jj-app');
        root.querySelectorAll('script').forEach(function (s) { s.remove(); });
        while (root.firstChild) mount.appendChild(document.adoptNode(root.firstChild));
        var graphic = mount.querySelector('.jj');
        if (graphic) graphic.setAttribute('data-state', 'ready');
      });
  }

  // The divs this script mounted. Not the `data-jingjin-mounted` attribute: a div the host
  // cloned, or whose HTML was saved from the live page, carries it without a graphic.
  var mounted = typeof WeakSet === 'function' ? new WeakSet() : null;
  var hasWasm = typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';

  function mountInto(div) {
    if (div.shadowRoot || (mounted ? mounted.has(div) : div.hasAttribute('data-jingjin-mounted'))) return;
    if (mounted) mounted.add(div);
    div.setAttribute('data-jingjin-mounted', '');
    var shadow = div.attachShadow({ mode: 'open' });
    var sheets = [SHADOW_CSS].concat(APP_CSS).map(stylesheet);
    sheets.forEach(function (s) { shadow.appendChild(s.link); });

    var mount = document.createElement('div');
    mount.className = 'jj-embed';
    var theme = div.getAttribute('data-theme');
    mount.setAttribute('data-theme', THEMES.indexOf(theme) >= 0 ? theme : 'light');
    var view = div.getAttribute('data-view');
    if (VIEWS.indexOf(view) >= 0) mount.setAttribute('data-view', view);
    if (flag(div, 'data-plain')) mount.setAttribute('data-plain', '');
    // Without WebAssembly (an old browser, or switched off) the static graphic is shown.
    var isStatic = flag(div, 'data-static') || !hasWasm;
    if (isStatic) mount.setAttribute('data-static', '');
    shadow.appendChild(mount);

    var lang = langOf(div);
    // Mount once the styles are in, so the graphic never shows unstyled.
    var styled = Promise.all(sheets.map(function (s) { return s.loaded; }));
    var work = isStatic
      ? styled.then(function () { return showStatic(mount, lang || detectLang()); })
      : Promise.all([loadApp(), styled]).then(function (r) { r[0].mount(mount, BASE, lang); });
    work.catch(function (e) { fail(mount, lang || detectLang(), e); });
  }

  function scan() {
    var divs = document.querySelectorAll('div[data-jingjin]');
    for (var i = 0; i < divs.length; i++) mountInto(divs[i]);
  }

  if (window.MutationObserver) {
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) {
        if (records[i].addedNodes.length) { scan(); return; }
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  scan();
})();
