// For the HOST page of an iframe embed: sizes every `<iframe data-jingjin-embed>` to its
// content, so the graphic never scrolls inside its frame. Classic script, no dependencies,
// no inline code needed (works under a strict CSP); load it once with
// `<script src=".../embed.js" defer></script>`, before or after the iframes.
//
// - Before the graphic reports, the iframe gets a reserved height (no layout jump later):
//   `data-heights="0:2600,600:2000,1000:1700"` lists min-width:height pairs in px, matched
//   against the iframe's own width; without it, defaults measured for the page it shows.
// - It accepts a size message only from one of those iframes (`event.source` is its
//   window) and only in one of the three exact shapes the graphic posts (ours, pym.js v1,
//   AMP), with a height from 50 to 20000 px.
// - `window.JingjinEmbed.setTheme("light" | "dark" | "auto")` sets every embed's theme.
// - `data-theme-from` on an iframe follows the host's theme instead:
//     "class:NAME" dark while <html> or <body> has class NAME, light otherwise;
//     "media"      dark or light as the reader's system (prefers-color-scheme).
// Other iframes and other messages are left alone. `window.JingjinEmbed` is its only global.
(function () {
  'use strict';
  if (window.JingjinEmbed) return; // loaded twice: the first copy does the work

  var THEMES = ['light', 'dark', 'auto'];
  var MIN = 50;
  var MAX = 20000;
  var SELECTOR = 'iframe[data-jingjin-embed]';

  // Reserved heights by page, min-width:height (px): the content height of each page of
  // the release build (zh-Hans, prerendered, ready) at 360, 768 and 1280 px, rounded up to
  // 10 px. tests/e2e/specs/embed.test.mjs checks they stay within 40% of the real ones.
  var DEFAULTS = {
    index: '0:9440,600:6570,1000:6070',
    overview: '0:1030,600:580,1000:570',
    map: '0:1440,600:1650,1000:1030',
    results: '0:1150,600:820,1000:780',
    industry: '0:1000,600:800,1000:770',
    labour: '0:1090,600:1130,1000:1400',
    pairing: '0:910,600:890,1000:890',
    projects: '0:540,600:370,1000:370',
    timeline: '0:1030,600:830,1000:810',
    compare: '0:1050,600:690,1000:690',
  };

  var tracked = []; // the iframes seen, each { frame, reported, theme }
  var pageTheme = null; // the last setTheme()

  function parseHeights(text) {
    var pairs = [];
    String(text || '').split(',').forEach(function (part) {
      var m = /^\s*(\d{1,5})\s*:\s*(\d{1,5})\s*$/.exec(part);
      if (m) pairs.push([+m[1], +m[2]]);
    });
    return pairs.sort(function (a, b) { return a[0] - b[0]; });
  }

  /** The page an iframe shows: `?view=`, else its file name (`map.en.html`), else index. */
  function viewOf(frame) {
    var src = frame.getAttribute('src') || '';
    var url;
    try { url = new URL(src, document.baseURI); } catch (e) { return 'index'; }
    var view = url.searchParams.get('view');
    if (view && DEFAULTS.hasOwnProperty(view)) return view;
    var m = /\/([a-z]+)\.(?:zh-Hans|zh-Hant|en)\.html$/.exec(url.pathname);
    return m && DEFAULTS.hasOwnProperty(m[1]) ? m[1] : 'index';
  }

  function reservedHeight(frame) {
    var pairs = parseHeights(frame.getAttribute('data-heights'));
    if (!pairs.length) pairs = parseHeights(DEFAULTS[viewOf(frame)]);
    var width = frame.getBoundingClientRect().width
      || (frame.parentElement && frame.parentElement.clientWidth)
      || window.innerWidth;
    var height = pairs.length ? pairs[0][1] : 0;
    pairs.forEach(function (p) { if (width >= p[0]) height = p[1]; });
    return height;
  }

  /** Sets the iframe's content height, whatever box-sizing the host gives iframes. */
  function setHeight(entry, height) {
    var frame = entry.frame;
    var cs = getComputedStyle(frame);
    var extra = 0;
    if (cs.boxSizing === 'border-box') {
      extra = parseFloat(cs.borderTopWidth) + parseFloat(cs.borderBottomWidth)
        + parseFloat(cs.paddingTop) + parseFloat(cs.paddingBottom);
    }
    var value = Math.ceil(height + extra) + 'px';
    if (frame.style.height !== value) frame.style.height = value;
  }

  function post(entry, data) {
    var win = entry.frame.contentWindow;
    if (win) win.postMessage(data, '*');
  }

  function hostIsDark(rule) {
    if (rule === 'media') {
      return !!(window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
    }
    var m = /^class:([A-Za-z0-9_-]+)$/.exec(rule);
    if (!m) return null;
    var root = document.documentElement;
    return root.classList.contains(m[1]) || !!(document.body && document.body.classList.contains(m[1]));
  }

  /** The theme an embed should have now, or null to leave it as its URL says. */
  function themeFor(entry) {
    var rule = entry.frame.getAttribute('data-theme-from');
    if (rule) {
      var dark = hostIsDark(rule.trim());
      if (dark !== null) return dark ? 'dark' : 'light';
    }
    return pageTheme;
  }

  function sendTheme(entry, force) {
    var theme = themeFor(entry);
    if (!theme || (!force && theme === entry.theme)) return;
    entry.theme = theme;
    post(entry, { type: 'jingjin-embed:theme', version: 1, theme: theme });
  }

  function track(frame) {
    for (var i = 0; i < tracked.length; i++) if (tracked[i].frame === frame) return;
    var entry = { frame: frame, reported: false, theme: null };
    tracked.push(entry);
    var reserved = reservedHeight(frame);
    if (reserved) setHeight(entry, reserved);
    frame.addEventListener('load', function () {
      // A (re)loaded document has the URL's theme and may have missed our listener.
      entry.theme = null;
      sendTheme(entry, true);
      post(entry, { type: 'jingjin-embed:measure', version: 1 });
    });
    // Already loaded before this script ran: ask now (an about:blank frame ignores it).
    sendTheme(entry, false);
    post(entry, { type: 'jingjin-embed:measure', version: 1 });
  }

  function scan() {
    tracked = tracked.filter(function (e) { return e.frame.isConnected; });
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) track(frames[i]);
  }

  /** Exactly a plain object with these keys (no more, no fewer). */
  function hasKeys(data, keys) {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
    if (Object.getPrototypeOf(data) !== Object.prototype) return false;
    var own = Object.keys(data);
    if (own.length !== keys.length) return false;
    for (var i = 0; i < keys.length; i++) if (own.indexOf(keys[i]) < 0) return false;
    return true;
  }

  function okHeight(h) {
    return typeof h === 'number' && isFinite(h) && h >= MIN && h <= MAX;
  }

  /** The height in one of the three accepted shapes, or null. */
  function heightOf(data) {
    if (typeof data === 'string') {
      var m = /^pymxPYMx[A-Za-z0-9_-]{0,64}xPYMxheightxPYMx(\d{1,5})$/.exec(data);
      return m && okHeight(+m[1]) ? +m[1] : null;
    }
    if (hasKeys(data, ['type', 'version', 'id', 'height'])) {
      return data.type === 'jingjin-embed:size' && data.version === 1
        && typeof data.id === 'string' && okHeight(data.height) ? data.height : null;
    }
    if (hasKeys(data, ['sentinel', 'type', 'height'])) {
      return data.sentinel === 'amp' && data.type === 'embed-size' && okHeight(data.height)
        ? data.height : null;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    if (!event.source) return;
    var entry = null;
    for (var i = 0; i < tracked.length; i++) {
      if (tracked[i].frame.contentWindow === event.source) { entry = tracked[i]; break; }
    }
    if (!entry) return;
    var height = heightOf(event.data);
    if (height === null) return;
    entry.reported = true;
    setHeight(entry, height);
  });

  // Until an embed has reported, its reserved height follows the width.
  window.addEventListener('resize', function () {
    tracked.forEach(function (entry) {
      if (!entry.reported) {
        var reserved = reservedHeight(entry.frame);
        if (reserved) setHeight(entry, reserved);
      }
    });
  });

  function followHost() {
    tracked.forEach(function (entry) { sendTheme(entry, false); });
  }
  if (window.MutationObserver) {
    // Embeds added later (CMS widgets, infinite scroll).
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) {
        if (records[i].addedNodes.length) { scan(); return; }
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
    // The host's theme class, on <html> and <body> only.
    var classes = new MutationObserver(followHost);
    var watchClasses = function (el) {
      if (el) classes.observe(el, { attributes: true, attributeFilter: ['class'] });
    };
    watchClasses(document.documentElement);
    if (document.body) watchClasses(document.body);
    else document.addEventListener('DOMContentLoaded', function () { watchClasses(document.body); });
  }
  if (window.matchMedia) {
    var media = window.matchMedia('(prefers-color-scheme: dark)');
    if (media.addEventListener) media.addEventListener('change', followHost);
  }

  window.JingjinEmbed = Object.freeze({
    /** Sets the theme of every embed on the page: "light", "dark" or "auto". */
    setTheme: function (theme) {
      if (THEMES.indexOf(theme) < 0) return false;
      pageTheme = theme;
      tracked.forEach(function (entry) {
        entry.theme = theme;
        post(entry, { type: 'jingjin-embed:theme', version: 1, theme: theme });
      });
      return true;
    },
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  scan();
})();
