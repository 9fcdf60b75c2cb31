// `npm run bench`: in-process engine timings. Medians, measured in one run; the machine is shared,
// so compare ratios rather than absolute numbers across runs. No test asserts on time.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { generatePost } from './corpus.mjs';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
await build({
  entryPoints: {
    core: join(root, 'src/core/index.ts'),
    render: join(root, 'src/core/render/index.ts'),
    pathological: join(root, 'test/unit/pathological.ts'),
    schema: join(root, 'src/schema/validator.ts'),
    fmcms: join(root, 'src/schema/frontMatterCms.ts'),
    config: join(root, 'src/config/index.ts'),
    nodefs: join(root, 'src/fs/nodeFileSystem.ts'),
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outdir: join(root, 'out/bench'),
  logLevel: 'warning',
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  // The config validator that `npm run build` compiled (see scripts/build.mjs).
  plugins: [{ name: 'config-validator', setup: (b) => b.onResolve({ filter: /^frontlint-config-validator$/ }, () => ({ path: join(root, 'out/generated/validate-config.js') })) }],
});
const { lint, clearContentCaches } = require(join(root, 'out/bench/core.js'));
const { renderPreview } = require(join(root, 'out/bench/render.js'));
const { PATHOLOGICAL } = require(join(root, 'out/bench/pathological.js'));
const { checkFor } = require(join(root, 'out/bench/schema.js'));
const { contentTypeToSchema } = require(join(root, 'out/bench/fmcms.js'));
/** A whole post linted from scratch: no per-block results from an earlier run. */
const coldLint = (text) => {
  clearContentCaches();
  return lint(text);
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn, { runs, warmup = Math.min(runs, 20) }) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const seed = readFileSync(join(root, 'test/fixtures/000_b773296d3b563b01.txt'), 'utf8');
const rows = [];
const seedMs = time(() => coldLint(seed), { runs: 300 });
rows.push(['seed 000', `${(Buffer.byteLength(seed) / 1024).toFixed(1)} KB`, seedMs, Buffer.byteLength(seed) / 1e6 / (seedMs / 1000)]);

const GROWTH = [['10 KB', 10e3, 300], ['100 KB', 100e3, 100], ['1 MB', 1e6, 15], ['2 MB', 2e6, 9], ['5 MB', 5e6, 5], ['10 MB', 10e6, 5], ['20 MB', 20e6, 3]];
for (const [label, bytes, runs] of GROWTH) {
  const post = generatePost(bytes, 42);
  const ms = time(() => coldLint(post), { runs, warmup: 2 });
  rows.push([`generated ${label}`, `${(Buffer.byteLength(post) / 1e6).toFixed(2)} MB`, ms, Buffer.byteLength(post) / 1e6 / (ms / 1000)]);
}

// Typing: each lint sees the previous text with one more character in one paragraph, as the
// editor does after each keystroke. Unchanged blocks come from the per-block cache.
function keystrokes(text, runs) {
  const at = text.indexOf('\n\n', Math.floor(text.length / 2)) - 1;
  let current = text;
  return time(() => {
    current = current.slice(0, at) + 'あ' + current.slice(at);
    lint(current);
  }, { runs, warmup: 5 });
}
const keystrokeSeed = keystrokes(seed, 300);
const post1mb = generatePost(1e6, 42);
const keystroke1mb = keystrokes(post1mb, 30);

// The preview: lint (as the editor has it) plus rendering the card, highlights and body.
const previewOf = (text) => renderPreview(coldLint(text), { allowHtml: false, locale: 'ja' });
const previewSeed = time(() => previewOf(seed), { runs: 100 });
const preview1mb = time(() => previewOf(post1mb), { runs: 10, warmup: 2 });

// Hostile inputs (the unit tests check their results): each must lint within 50 ms.
const hostile = PATHOLOGICAL.map(([shape, text]) => [shape, Buffer.byteLength(text), time(() => coldLint(text), { runs: 15, warmup: 3 })]);

// Config resolution per post, over node:fs: a blog with a config at its root (extending a shared
// file, with overrides and ignores), a YAML config in one section, and 400 posts in 20 folders.
const { ConfigResolver } = require(join(root, 'out/bench/config.js'));
const { nodeFileSystem } = require(join(root, 'out/bench/nodefs.js'));
const configSite = mkdtempSync(join(tmpdir(), 'frontlint-bench-config-'));
mkdirSync(join(configSite, '.git'));
writeFileSync(join(configSite, 'shared.yaml'), 'rules:\n  end-marker: warning\nrequiredFields: [title, date]\n');
writeFileSync(join(configSite, '.frontlint.jsonc'), '{\n  "extends": "./shared.yaml",\n  "ignores": ["drafts/**", "*.draft.md"],\n  "overrides": [{ "files": ["_notes/**"], "rules": { "end-marker": "off" } }]\n}\n');
const configPosts = [];
for (let folder = 0; folder < 20; folder++) {
  const dir = join(configSite, folder < 10 ? '_posts' : '_notes', String(folder), 'deep');
  mkdirSync(dir, { recursive: true });
  if (folder === 3) writeFileSync(join(configSite, '_posts', '3', '.frontlint.yaml'), 'readingSpeed:\n  cjkCharsPerMinute: 400\n');
  for (let i = 0; i < 20; i++) configPosts.push(join(dir, `post-${i}.md`));
}
async function timeAsync(fn, rounds) {
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}
const firstConfigMs = await timeAsync(() => new ConfigResolver(nodeFileSystem).resolve(configPosts[0]), 1); // includes compiling the schema once
const coldConfigMs = await timeAsync(() => new ConfigResolver(nodeFileSystem).resolve(configPosts[0]), 50);
const warmResolver = new ConfigResolver(nodeFileSystem);
for (const post of configPosts) await warmResolver.resolve(post);
const cachedConfigMs = (await timeAsync(async () => { for (const post of configPosts) await warmResolver.resolve(post); }, 20)) / configPosts.length;
const siteColdMs = (await timeAsync(async () => { const r = new ConfigResolver(nodeFileSystem); for (const post of configPosts) await r.resolve(post); }, 10)) / configPosts.length;
rmSync(configSite, { recursive: true, force: true });

const bundle = (name) => {
  try {
    return `${(statSync(join(root, 'dist', name)).size / 1024).toFixed(0)} KB`;
  } catch {
    return 'not built';
  }
};

console.log('| input (whole post, cold caches) | size | median lint time | throughput | time per MB |');
console.log('| --- | --- | --- | --- | --- |');
for (const [label, size, ms, mbps] of rows) console.log(`| ${label} | ${size} | ${ms.toFixed(2)} ms | ${mbps.toFixed(1)} MB/s | ${(1000 / mbps).toFixed(1)} ms |`);
console.log(`\n| per keystroke (one paragraph changed) | median |\n| --- | --- |\n| seed 000 | ${keystrokeSeed.toFixed(3)} ms |\n| generated 1 MB | ${keystroke1mb.toFixed(2)} ms |`);
console.log(`\n| preview render (lint + HTML) | median |\n| --- | --- |\n| seed 000 | ${previewSeed.toFixed(2)} ms |\n| generated 1 MB | ${preview1mb.toFixed(1)} ms |`);
const [, , ms10k] = rows[1];
const [, , ms10m] = rows[GROWTH.findIndex(([label]) => label === '10 MB') + 1];
console.log('\n| hostile input (cold caches) | size | median lint time | within 50 ms |\n| --- | --- | --- | --- |');
for (const [shape, bytes, ms] of hostile) console.log(`| ${shape.replaceAll('|', '\\|')} | ${(bytes / 1024).toFixed(0)} KB | ${ms.toFixed(1)} ms | ${ms <= 50 ? 'yes' : '**no**'} |`);
const slowest = hostile.reduce((a, b) => (b[2] > a[2] ? b : a));
console.log(`Slowest hostile input: ${slowest[2].toFixed(1)} ms (${slowest[0]}).`);
console.log(`\nGrowth 10 KB → 10 MB: ${(ms10m / ms10k).toFixed(0)}× the time for ${(10e6 / 10e3).toFixed(0)}× the bytes (linear is ${(10e6 / 10e3).toFixed(0)}×).`);

// Schema validation per post: a Front Matter CMS content type (as JSON Schema) against seed 000's
// front matter. Cold compiles the schema first (a new schema object each time, as after an edit of
// frontmatter.json); cached is what every later post of the blog pays.
const blogType = {
  name: 'blog',
  fields: [
    { name: 'title', type: 'string', required: true },
    { name: 'date', type: 'datetime', required: true },
    { name: 'tags', type: 'tags' },
    { name: 'categories', type: 'categories' },
    { name: 'lang', type: 'choice', choices: ['ja', 'en'] },
    { name: 'translated', type: 'boolean' },
    { name: 'model', type: 'string' },
    { name: 'reading_time', type: 'number', numberOptions: { min: 1 } },
  ],
};
const setOf = () => ({ kind: 'frontmatter-cms', file: '/blog/frontmatter.json', schemas: new Map([['blog', contentTypeToSchema(blogType).schema]]), fallback: 'blog' });
const parsedSeed = lint(seed).post;
const coldSchema = time(() => checkFor(setOf(), undefined).check.check(parsedSeed), { runs: 50, warmup: 5 });
const cachedCheck = checkFor(setOf(), undefined).check;
const cachedSchema = time(() => cachedCheck.check(parsedSeed), { runs: 2000 });
const seedWithSchema = time(() => coldLint(seed) && lint(seed, { schema: cachedCheck }), { runs: 200 }) - time(() => coldLint(seed) && lint(seed), { runs: 200 });
console.log(`\n| schema validation per post (Front Matter CMS content type, seed 000) | median |\n| --- | --- |\n| cold (compile + validate) | ${coldSchema.toFixed(2)} ms |\n| cached (validate + map errors) | ${(cachedSchema * 1000).toFixed(1)} µs |\n| added to a whole lint of seed 000 | ${seedWithSchema.toFixed(3)} ms |`);
console.log(`\n| config resolution per post (node:fs, 400 posts in 20 folders, 4 config files) | median |\n| --- | --- |`);
console.log(`| first ever (reads, parses, compiles the schema once) | ${firstConfigMs.toFixed(2)} ms |`);
console.log(`| cold (new resolver: reads and parses every config on the way up) | ${coldConfigMs.toFixed(3)} ms |`);
console.log(`| whole site from a new resolver, per post (folders shared) | ${siteColdMs.toFixed(3)} ms |`);
console.log(`| cached (same resolver: globs only) | ${(cachedConfigMs * 1000).toFixed(1)} µs |`);
console.log(`dist/extension.js: ${bundle('extension.js')} (run \`npm run package\` first for the minified size)`);
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
