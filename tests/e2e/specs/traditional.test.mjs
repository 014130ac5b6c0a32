// Issue 15: the Traditional Chinese pages are in Traditional script throughout. Every string a
// reader or a screen reader meets (text, hidden text, aria-label, title, alt, placeholder, the
// meta description) on every zh-Hant view, and every county's panel, is run through OpenCC's
// Simplified-to-Traditional converter (npm opencc-js, word-level): a string it changes holds
// Simplified characters. Parts marked with another language (`lang`) are skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as OpenCC from 'opencc-js';
import { dist } from '../lib/server.mjs';
import { sharedBrowser, openReady } from '../lib/browser.mjs';
import { UNITS, panel } from '../lib/selectors.mjs';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

// Words quoted as received: the article's Traditional text prints 挂职"干部" with 干
// (../shared/seed, paragraph 2), and its sentences are quoted word for word.
const ACCEPTED = new Map([['掛職干部', '掛職幹部']]);

const suite = sharedBrowser();

// The strings of the page's zh-Hant parts, with where each is.
const collect = () => {
  const out = [];
  const ownLang = (el) => (el.closest('[lang]')?.getAttribute('lang') ?? 'zh-Hant') === 'zh-Hant';
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || ['SCRIPT', 'STYLE'].includes(el.tagName) || !ownLang(el)) continue;
    const text = n.textContent.trim();
    if (/[\u3400-\u9fff]/.test(text)) out.push([text, el.className?.baseVal ?? el.className ?? el.tagName]);
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder], meta[name="description"]')) {
    if (!ownLang(el)) continue;
    for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'content']) {
      const v = el.getAttribute(a);
      if (v && /[\u3400-\u9fff]/.test(v)) out.push([v, `${el.tagName.toLowerCase()}[${a}]`]);
    }
  }
  return out;
};

const simplified = (strings) => {
  const bad = [];
  for (const [text, where] of strings) {
    let t = text;
    for (const [word, ok] of ACCEPTED) t = t.split(word).join(ok);
    const converted = toTraditional(t);
    if (converted !== t) {
      const at = [...t].findIndex((c, i) => c !== [...converted][i]);
      bad.push(`${where}: …${[...t].slice(Math.max(0, at - 6), at + 6).join('')}… (${[...t][at]} → ${[...converted][at]})`);
    }
  }
  return [...new Set(bad)];
};

const pages = fs.readdirSync(dist).filter((f) => f.endsWith('.zh-Hant.html')).sort();

test('there are zh-Hant pages to check', () => {
  assert.ok(pages.length >= 10, pages.join(' '));
});

for (const file of pages) {
  test(`${file} is in Traditional script`, async () => {
    const { page, errors } = await openReady(suite, file, { islands: true });
    assert.deepEqual(simplified(await page.evaluate(collect)), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('every county panel on the zh-Hant page is in Traditional script', async () => {
  const { page, errors } = await openReady(suite, 'index.zh-Hant.html');
  const codes = await page.locator(UNITS).evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
  assert.equal(codes.length, 51);
  const bad = [];
  for (const code of codes) {
    await page.evaluate((c) => { location.hash = `v=1&sel=${c}`; }, code);
    const strings = await page.locator(panel(code)).evaluate((el) => {
      const out = [el.innerText];
      for (const a of el.querySelectorAll('[aria-label], [title]')) out.push(a.getAttribute('aria-label') ?? a.getAttribute('title'));
      return out.filter(Boolean).map((t) => [t, 'panel']);
    });
    bad.push(...simplified(strings).map((b) => `${code} ${b}`));
  }
  assert.deepEqual([...new Set(bad)], []);
  assert.deepEqual(errors, []);
  await page.close();
});
