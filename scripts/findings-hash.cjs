// A fingerprint of everything the engine reports, to prove that a speed-up changed no result:
// `node scripts/findings-hash.cjs <out.txt> <dir or file>...` (after `npm run build`) lints every
// post (.md, .markdown, .mdx, .txt) under the given paths and writes one line per post: its path
// and a hash of its findings (rule, severity, message, range, related locations, fix and
// suggestion edits), its reading time and the text fix-all leaves. The last line hashes them all.
// Posts are linted with content caching off (as the CLI does) and again with it on (as the editor
// does); both must agree. Compare two outputs with `diff`.
const { createHash } = require('node:crypto');
const { readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { lint, fixAll, setContentCaching, clearContentCaches } = require('../dist/engine.js');

const [out, ...roots] = process.argv.slice(2);
if (!out || roots.length === 0) {
  console.error('usage: node scripts/findings-hash.cjs <out.txt> <dir or file>...');
  process.exit(2);
}

const POST = /\.(md|markdown|mdx|txt)$/;
function postsUnder(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? postsUnder(join(path, e.name)) : POST.test(e.name) ? [join(path, e.name)] : []));
}

function fingerprint(text, mdx) {
  const result = lint(text, { mdx });
  const findings = result.findings.map((f) => [f.rule, f.severity, f.message, f.range, f.related, f.fix ?? null, f.suggestions ?? null]);
  return JSON.stringify({ findings, readingTime: result.readingTime, fixed: fixAll(text, { mdx }).text });
}

const lines = [];
const all = createHash('sha256');
for (const root of roots) {
  for (const file of postsUnder(root)) {
    const text = readFileSync(file, 'utf8');
    const mdx = file.endsWith('.mdx');
    setContentCaching(false);
    const uncached = fingerprint(text, mdx);
    setContentCaching(true);
    const cached = fingerprint(text, mdx);
    if (cached !== uncached) throw new Error(`${file}: results differ with content caching on and off`);
    const hash = createHash('sha256').update(uncached).digest('hex').slice(0, 16);
    lines.push(`${file} ${hash}`);
    all.update(hash);
  }
}
clearContentCaches();
lines.push(`all ${lines.length} posts ${all.digest('hex')}`);
writeFileSync(out, lines.join('\n') + '\n');
console.log(lines[lines.length - 1]);
