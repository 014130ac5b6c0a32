// Writes each Simplified-script source's outlet, reporter and title in Traditional script
// into data/dataset.json (`sources[].hant`), for the zh-Hant page: OpenCC's
// Simplified-to-Traditional conversion (npm opencc-js, the converter the Traditional-script test
// uses). Review the diff by hand; rerun after adding a source:
//   cd tests/e2e && node tools/hant-sources.mjs
// Only lines are inserted or replaced, so the rest of the file keeps its formatting.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/dataset.json');
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const text = fs.readFileSync(file, 'utf8');
const data = JSON.parse(text);
let lines = text.split('\n');

// The line where sources[i] ends at the given indentation.
const sourcesAt = lines.findIndex((l) => l === ' "sources": [');
let at = sourcesAt + 1;
let changed = 0;
for (const source of data.sources) {
  const start = at;
  const end = lines.indexOf('  }', start) === -1 ? -1 : lines.slice(start).findIndex((l) => /^  \},?$/.test(l)) + start;
  if (end < start) throw new Error(`no end for ${source.id}`);
  // Drop an earlier block.
  const old = lines.slice(start, end).findIndex((l) => l.startsWith('   "hant": {'));
  let block = lines.slice(start, end + 1);
  if (old !== -1) {
    const close = block.findIndex((l, k) => k > old && /^   \},?$/.test(l));
    block.splice(old, close - old + 1);
  }
  if (source.title_script === 'zh-Hans') {
    const hant = {};
    for (const key of ['outlet', 'reporter', 'title']) {
      // Taiwan's quotation marks, as the page's own Traditional text uses.
      if (source[key]) hant[key] = toTraditional(source[key]).replace(/“/g, '「').replace(/”/g, '」').replace(/‘/g, '『').replace(/’/g, '』');
    }
    const after = block.findIndex((l) => l.startsWith('   "title_script":'));
    const body = JSON.stringify(hant, null, 1).split('\n').map((l, k) => (k === 0 ? `   "hant": ${l}` : `   ${l}`));
    body[body.length - 1] += ',';
    block.splice(after + 1, 0, ...body);
    changed += 1;
  }
  lines.splice(start, end + 1 - start, ...block);
  at = start + block.length;
}
const out = lines.join('\n');
JSON.parse(out);
fs.writeFileSync(file, out);
console.log(`hant forms for ${changed} sources in ${path.relative(process.cwd(), file)}`);
