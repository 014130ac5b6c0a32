// The graphic by keyboard alone, in a real browser against the release build: the map is
// one tab stop whose arrow keys move geographically, every control is reachable with Tab
// and shows a focus ring of at least 3:1, charts are walked point by point with the
// tooltip following the focus, and the comparison sentence is read from a polite live
// region.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowser, openReady, waitForState } from '../lib/browser.mjs';
import { MAP, unit, panel, SELECTED_UNIT, layerButton, LEGEND_ENTRY, PLOT, chip, pickOption, EMBED_OPEN } from '../lib/selectors.mjs';

const suite = sharedBrowser();

// The route computed from `MapModel::step` and proven on the real files by the pure test
// `arrows_walk_from_kangbao_south_to_fuping` in src/core/map_model.rs (keep the two equal):
// the map takes the focus on 围场 (first in reading order), ← ← ← to 康保, then
// ↓ ↓ ↓ ↓ ↓ ↓ south through Zhangjiakou into Baoding, and ← to 阜平.
const START = '130828'; // 围场满族蒙古族自治县
const ROUTE = [
  ['ArrowLeft', '130826', '丰宁满族自治县'],
  ['ArrowLeft', '130724', '沽源县'],
  ['ArrowLeft', '130723', '康保县'],
  ['ArrowDown', '130722', '张北县'],
  ['ArrowDown', '130708', '万全区'],
  ['ArrowDown', '130728', '怀安县'],
  ['ArrowDown', '130727', '阳原县'],
  ['ArrowDown', '130726', '蔚县'],
  ['ArrowDown', '130630', '涞源县'],
  ['ArrowLeft', '130624', '阜平县'],
];

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el ? `${el.tagName.toLowerCase()}#${el.id}.${[...el.classList].join('.')}` : '';
});
const isFocused = (locator) => locator.evaluate((el) => el === document.activeElement);

test('keyboard only: Tab to the map, walk from 康保县 south to 阜平县, compare two counties, read the sentence', async () => {
  const { page, errors } = await openReady(suite, '', { islands: true });
  const frame = page.locator(MAP);
  // From page load, Tab only.
  let tabs = 0;
  while (!(await isFocused(frame))) {
    assert.ok(++tabs <= 40, `Tab never reached the map (at ${await focused(page)})`);
    await page.keyboard.press('Tab');
  }
  assert.equal(await frame.getAttribute('aria-activedescendant'), `county-${START}`);
  // The live region of the comparison is watched from here on: its text must arrive in a
  // region that was already there (a region added with its text is not announced).
  const live = page.locator('#counties-takeaway');
  for (const [key, code, name] of ROUTE) {
    await page.keyboard.press(key);
    assert.equal(await frame.getAttribute('aria-activedescendant'), `county-${code}`, `${key} to ${name}`);
    const option = page.locator(`#county-${code}`);
    assert.equal(await option.getAttribute('role'), 'option');
    assert.match(await option.getAttribute('aria-label'), new RegExp(`^${name}、.*谁帮扶谁：北京`));
    // The tooltip follows the keyboard focus.
    assert.equal(await page.locator('#jj-map-tip .map__tip-name').textContent(), name);
    if (code === '130723') {
      // Space adds 康保县 to the comparison (and opens the county comparison).
      await page.keyboard.press(' ');
      await page.locator(chip('130723')).waitFor();
      assert.equal(await live.getAttribute('aria-live'), 'polite');
      assert.equal((await live.textContent()).trim(), '', 'no sentence for one county');
      // Issue 17: the map's own live region says what the Space did.
      await page.waitForFunction(() => document.getElementById('map-live')?.textContent === '康保县已加入县与县比较，共1个县。');
      await live.evaluate((el) => { window.jjLiveRegion = el; });
      assert.ok(await isFocused(frame), 'the map keeps the focus');
    }
  }
  // Issue 17: the keyboard's place is drawn as a focus indicator, not as the mouse's thin
  // hover line.
  const overlay = page.locator('#jj-map-hover');
  assert.equal(await overlay.getAttribute('data-focus'), '');
  assert.equal(await overlay.evaluate((el) => getComputedStyle(el).strokeWidth), '3px');
  // Space adds 阜平县: the sentence arrives in the same live region.
  await page.keyboard.press(' ');
  await page.locator(chip('130624')).waitFor();
  await page.waitForFunction(() => document.getElementById('counties-takeaway')?.textContent.trim().length > 0);
  assert.ok(await live.evaluate((el) => el === window.jjLiveRegion), 'the live region was there before its sentence');
  // Enter opens the county; Escape clears it.
  await page.keyboard.press('Enter');
  await page.locator(panel('130624')).waitFor();
  // One sentence is said; the panel is read on demand, not as a live region.
  await page.waitForFunction(() => /^阜平县、.*详情已显示。$/.test(document.getElementById('map-live')?.textContent ?? ''));
  assert.equal(await page.locator(`${panel()}[aria-live], ${panel()} [aria-live]`).count(), 0);
  assert.equal(await page.locator(unit('130624')).getAttribute('aria-selected'), 'true');
  await page.keyboard.press('Escape');
  await page.locator(SELECTED_UNIT).waitFor({ state: 'detached' });
  // Home and End: first and last in reading order.
  await page.keyboard.press('End');
  const last = await frame.getAttribute('aria-activedescendant');
  await page.keyboard.press('Home');
  assert.equal(await frame.getAttribute('aria-activedescendant'), `county-${START}`);
  assert.notEqual(last, `county-${START}`);
  // On with Tab to the comparison, and read its sentence from the polite live region.
  tabs = 0;
  while (!(await page.evaluate(() => !!document.activeElement?.closest('#section-compare')))) {
    assert.ok(++tabs <= 80, `Tab never reached the comparison (at ${await focused(page)})`);
    await page.keyboard.press('Tab');
  }
  assert.ok(await page.locator('#tab-counties').evaluate((el) => el === document.activeElement), 'the selected tab takes the focus');
  const sentence = await page.locator('#section-compare [aria-live="polite"]#counties-takeaway').textContent();
  assert.match(sentence, /康保县.*阜平县|阜平县.*康保县/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a fifth county replaces the first, and screen readers are told', async () => {
  const { page, errors } = await openReady(suite, 'index.en.html#v=1&mode=counties&cmp=130722,130723,130724,130725', { islands: true });
  await page.locator(MAP).focus();
  assert.equal(await page.locator(MAP).getAttribute('aria-activedescendant'), `county-${START}`);
  await page.keyboard.press(' ');
  await page.locator(chip('130828')).waitFor();
  await page.waitForFunction(() => {
    const said = document.getElementById('map-live')?.textContent ?? '';
    return said.includes('added to the county comparison, 4 counties in all.') && said.endsWith('At most 4 counties: Zhangbei County removed.');
  });
  assert.deepEqual(errors, []);
  await page.close();
});

test('type-ahead on the map: letters lead to the counties whose names start with them', async () => {
  const { page, errors } = await openReady(suite, 'index.en.html');
  const frame = page.locator(MAP);
  await frame.focus();
  await page.keyboard.type('kang');
  assert.equal(await frame.getAttribute('aria-activedescendant'), 'county-130723');
  // A Chinese page answers Latin letters with the English names.
  await page.goto(`${suite.server.url}index.html`);
  await waitForState(page, 'ready');
  await frame.focus();
  await page.keyboard.type('fup');
  assert.equal(await frame.getAttribute('aria-activedescendant'), 'county-130624');
  assert.deepEqual(errors, []);
  await page.close();
});

test('each chart: Tab enters, arrows move between points, the tooltip and the live text follow', async () => {
  const { page, errors } = await openReady(suite, 'index.en.html', { islands: true });
  const plots = page.locator(PLOT);
  const n = await plots.count();
  assert.ok(n >= 4, `${n} charts`);
  let reached = 0;
  for (let tabs = 0; tabs < 200 && reached < n; tabs++) {
    await page.keyboard.press('Tab');
    const plot = page.locator(`${PLOT}:focus`);
    if (!(await plot.count())) continue;
    reached++;
    // Focus shows the first point; the arrows walk on, Home and End jump. (A chart may
    // have two points only: the first ArrowRight is then also the last.)
    const titles = [];
    for (const key of [null, 'ArrowRight', 'End', 'Home']) {
      if (key) await page.keyboard.press(key);
      const tip = plot.locator('.chart__tip strong');
      await tip.waitFor();
      const title = await tip.textContent();
      const spoken = await plot.locator('[aria-live]').textContent();
      assert.ok(spoken.startsWith(`${title}:`), `live text "${spoken}" follows the tooltip "${title}"`);
      assert.equal(await plot.locator('[data-key].is-active').count() > 0, true, 'the point is marked');
      // Two points may share a title (before and after): what is said tells them apart.
      titles.push(spoken);
    }
    assert.notEqual(titles[0], titles[1], 'ArrowRight moves');
    assert.notEqual(titles[2], titles[3], 'End and Home differ');
    await page.keyboard.press('Escape');
    assert.equal(await plot.locator('.chart__tip').count(), 0, 'Escape hides the tooltip');
  }
  assert.equal(reached, n, 'Tab reaches every chart');
  assert.deepEqual(errors, []);
  await page.close();
});

// Relative luminance and contrast (WCAG 2.2) of CSS colours, in the page.
function focusRing() {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (x, y) => { const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p); return (a + 0.05) / (b + 0.05); };
  const el = document.activeElement;
  const s = getComputedStyle(el);
  // The ring sits outside the element: the background around it is its parent's.
  let bg = null;
  for (let p = el.parentElement; p && !bg; p = p.parentElement) {
    const c = parse(getComputedStyle(p).backgroundColor);
    if (c && c.a > 0.5) bg = c;
  }
  bg ??= { r: 255, g: 255, b: 255 };
  const ring = parse(s.outlineColor);
  const r = el.getBoundingClientRect();
  return {
    what: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent || '').trim().slice(0, 20)}"`,
    style: s.outlineStyle,
    width: parseFloat(s.outlineWidth),
    contrast: ring ? ratio(ring, bg) : 0,
    visible: r.width > 0 && r.height > 0,
  };
}

for (const theme of ['light', 'dark']) {
  test(`every control is reachable with Tab and shows a focus ring of 3:1 or more (${theme})`, async () => {
    const { page, errors } = await openReady(suite, `?theme=${theme}#v=1&mode=counties&cmp=130723,130881&sel=130723`, { islands: true });
    await page.locator('.graphic__sources summary').click();
    await page.locator(EMBED_OPEN).click();
    await page.locator('#embed-panel').waitFor();
    // Issue 17: the two copy buttons say what they copy.
    const copyNames = await page.locator('[data-copy]').evaluateAll((els) => els.map((e) => e.textContent.trim()));
    assert.equal(new Set(copyNames).size, 2, copyNames.join(' | '));
    // Start Tab from the top of the page: a focusable stand-in before the graphic.
    await page.evaluate(() => {
      const start = document.createElement('button');
      start.textContent = 'start';
      document.body.prepend(start);
      start.focus();
    });
    const reached = new Set();
    let mapStops = 0;
    for (let tabs = 0; tabs < 400; tabs++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        el.dataset.jjReached ??= String(Math.random()).slice(2);
        return el.dataset.jjReached;
      });
      if (id === null) break;
      if (reached.has(id)) break; // wrapped around
      reached.add(id);
      if (await page.evaluate((map) => document.activeElement.matches(map), MAP)) mapStops++;
      assert.ok(await page.evaluate(() => !document.activeElement.matches('path')), 'no county shape takes the focus');
      // Keyboard focus: :focus-visible applies, and its ring is drawn.
      assert.ok(await page.evaluate(() => document.activeElement.matches(':focus-visible')));
      const ring = await page.evaluate(focusRing);
      assert.ok(ring.visible, `${ring.what} is focusable but not visible`);
      assert.notEqual(ring.style, 'none', `${ring.what} has no focus ring`);
      assert.ok(ring.width >= 2, `${ring.what}: ring ${ring.width}px`);
      assert.ok(ring.contrast >= 3, `${ring.what}: ring contrast ${ring.contrast.toFixed(2)}:1`);
    }
    assert.equal(mapStops, 1, 'the map is one tab stop');
    // Every visible control was reached (tabs and toolbar buttons other than the current one
    // are reached with the arrow keys, as the ARIA patterns say).
    const missed = await page.evaluate(() => [...document.querySelectorAll(
      '.jj button, .jj a[href], .jj input, .jj select, .jj textarea, .jj summary, .jj [tabindex="0"]',
    )].filter((el) => el.getAttribute('tabindex') !== '-1' && !el.disabled)
      // Shown: not hidden by display, visibility or content-visibility (a layer's legend
      // and a comparison tab's panel stay in the page when not selected), and not empty.
      .filter((el) => el.checkVisibility({ visibilityProperty: true }))
      .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; })
      .filter((el) => !el.dataset.jjReached)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent.trim().slice(0, 20)}"`));
    assert.deepEqual(missed, []);
    assert.ok(reached.size > 50, `${reached.size} tab stops`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the layer toolbar and the comparison tabs: one tab stop each, arrows move, Enter and Space pick', async () => {
  const { page, errors } = await openReady(suite, '', { islands: true });
  await page.locator(`${layerButton()}[aria-pressed="true"]`).focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.layer), 'exit');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#jj-map[data-layer="exit"]');
  // Each layer's takeaway, computed from the data, shows with its layer.
  await page.keyboard.press('End');
  await page.keyboard.press(' ');
  await page.waitForSelector('#jj-map[data-layer="deep"]');
  const takeaway = page.locator('.map__takeaway[data-for="deep"]');
  assert.ok(await takeaway.isVisible());
  assert.match(await takeaway.textContent(), /深度贫困县/);
  assert.equal(await page.locator('.map__takeaway[data-for="exit"]').isVisible(), false);
  // The legend: Tab reaches its entries; Enter filters, Escape lifts the filter.
  // (Every layer's legend is in the markup; the current layer's shows.)
  const entry = page.locator(`[data-for="deep"] ${LEGEND_ENTRY}`).first();
  await entry.focus();
  await page.keyboard.press('Enter');
  assert.equal(await entry.getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator(`${LEGEND_ENTRY}[aria-pressed="true"]`).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

// A control that removes itself must hand the focus on, never drop it on <body>.
test('focus moves on when a control goes away: add, remove, clear a county; close the panel', async () => {
  const { page, errors } = await openReady(suite, '#v=1&mode=counties', { islands: true });
  await page.locator('[data-island="compare"][data-state="ready"]').waitFor({ state: 'attached' });
  const active = () => page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName, type: el?.getAttribute('type') ?? null, value: el?.value ?? null };
  });
  const input = page.getByRole('searchbox');
  await input.fill('张北');
  await page.locator(pickOption('130722')).focus();
  await page.keyboard.press('Enter');
  await page.locator(chip('130722')).waitFor();
  await page.waitForFunction(() => document.activeElement?.matches('input[type="search"]'));
  assert.deepEqual(await active(), { tag: 'INPUT', type: 'search', value: '' }, 'back in an empty search box');
  assert.equal(await page.locator('.pick__none').count(), 0, 'no "no match" line for a name already added');
  await input.fill('康保');
  await page.locator(pickOption('130723')).focus();
  await page.keyboard.press('Enter');
  await page.locator(chip('130723')).waitFor();
  // Removing the first chip moves to the next chip's remove button.
  await page.locator(chip('130722')).getByRole('button').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((next) => document.activeElement === document.querySelector(next), `${chip('130723')} button`);
  // Clearing all returns to the search box.
  await page.getByRole('button', { name: '清空' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.matches('input[type="search"]'));
  // The county panel's Close returns to the map.
  await page.evaluate(() => { location.hash = '#v=1&sel=130723'; });
  await page.locator(panel('130723')).getByRole('button', { name: '关闭' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((map) => document.activeElement?.matches(map), MAP);
  assert.deepEqual(errors, []);
  await page.close();
});

// WCAG 1.4.13: every tooltip can be dismissed without moving the pointer or the focus.
test('Escape dismisses the map tooltip (keyboard or mouse) and a chart tooltip; a click hides the map tooltip', async () => {
  const { page, errors } = await openReady(suite, '', { islands: true });
  const tip = page.locator('#jj-map-tip');
  // Keyboard: the tooltip follows the focus; Escape hides it, keeping the county picked.
  const frame = page.locator(MAP);
  await frame.focus();
  await page.keyboard.press('ArrowDown');
  await tip.waitFor();
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden' });
  await page.keyboard.press('ArrowDown');
  await tip.waitFor();
  // Mouse: a click opens the panel, and the tooltip makes way for the neighbours.
  const county = page.locator(unit('130722'));
  await county.hover();
  await tip.waitFor();
  // The mouse's hover line is not the keyboard's focus indicator.
  assert.equal(await page.locator('#jj-map-hover').getAttribute('data-focus'), null);
  await county.click();
  await page.locator(panel('130722')).waitFor();
  await tip.waitFor({ state: 'hidden' });
  // A chart's tooltip opened by hovering closes with Escape, the focus being elsewhere.
  await page.locator('[data-island="incidence"][data-state="ready"]').waitFor({ state: 'attached' });
  const mark = page.locator(`#section-results ${PLOT} [data-key]`).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await page.locator('#section-results .chart__tip').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('#section-results .chart__tip').waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await page.close();
});
