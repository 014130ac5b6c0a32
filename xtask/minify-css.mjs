// Minifies the style sheets of a build directory with lightningcss (npm, a dev dependency of
// tests/e2e) and updates their integrity hashes in the pages. Called by `cargo xtask build`
// after the prerender, before precompress.mjs. The source (styles/graphic.css) keeps its
// comments, which the tests and the palette read; `trunk serve` serves it as written.
//
// Why: the comments and indentation were 40% of the style sheet a page waits for before it
// paints (57 KB, 15 KB gzip; minified 37 KB, 9 KB gzip). Trunk's own minifier would also
// minify the page template that the prerender reads.
//
// node xtask/minify-css.mjs dist
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../tests/e2e/package.json'));
const { transform } = require('lightningcss');

const dir = process.argv[2];
if (!dir || !fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
  console.error('usage: node xtask/minify-css.mjs <build directory>');
  process.exit(2);
}

// Each style sheet's name -> its integrity once minified. Minifying is idempotent, so a
// second run (or a prerender run again on a minified build) comes to the same pages.
const sheets = new Map();
let before = 0;
let after = 0;
for (const name of fs.readdirSync(dir)) {
  if (path.extname(name) !== '.css') continue;
  const file = path.join(dir, name);
  const source = fs.readFileSync(file);
  const { code, warnings } = transform({ filename: name, code: source, minify: true });
  for (const w of warnings) console.error(`${name}: ${w.message}`);
  fs.writeFileSync(file, code);
  sheets.set(name, `sha384-${crypto.createHash('sha384').update(code).digest('base64')}`);
  before += source.length;
  after += code.length;
}

// The pages carry trunk's hash of each sheet as it was: `href="./name" integrity="…"`.
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let pages = 0;
for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
  const file = path.join(entry.parentPath ?? entry.path, entry.name);
  if (!entry.isFile() || path.extname(file) !== '.html') continue;
  const html = fs.readFileSync(file, 'utf8');
  let out = html;
  for (const [name, hash] of sheets) {
    const link = new RegExp(`(href="[^"]*${escape(name)}" integrity=")[^"]*"`, 'g');
    out = out.replace(link, `$1${hash}"`);
  }
  if (out !== html) {
    fs.writeFileSync(file, out);
    pages += 1;
  }
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`minified ${sheets.size} style sheets in ${dir}: ${kb(before)} -> ${kb(after)}; integrity updated in ${pages} pages`);
