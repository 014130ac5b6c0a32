// Writes `name.br` (brotli, quality 11) and `name.gz` (gzip -9) beside each text and wasm
// file of a build directory, for hosts that serve precompressed files (nginx's
// brotli_static and gzip_static, most static hosts and CDNs). Called by `cargo xtask build`;
// node's own zlib, so nothing to install.
//
// node xtask/precompress.mjs dist
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const EXTENSIONS = ['.html', '.js', '.css', '.wasm', '.json', '.svg'];
const dir = process.argv[2];
if (!dir || !fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
  console.error('usage: node xtask/precompress.mjs <build directory>');
  process.exit(2);
}

let files = 0;
let raw = 0;
let br = 0;
let gz = 0;
for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
  const file = path.join(entry.parentPath ?? entry.path, entry.name);
  if (!entry.isFile() || !EXTENSIONS.includes(path.extname(file))) continue;
  const body = fs.readFileSync(file);
  const b = zlib.brotliCompressSync(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  const g = zlib.gzipSync(body, { level: 9 });
  fs.writeFileSync(`${file}.br`, b);
  fs.writeFileSync(`${file}.gz`, g);
  files += 1;
  raw += body.length;
  br += b.length;
  gz += g.length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`precompressed ${files} files in ${dir}: ${kb(raw)} -> brotli ${kb(br)}, gzip ${kb(gz)}`);
