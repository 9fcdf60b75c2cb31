// `npm run bench:corpus`: lints a generated blog shaped like the real one (2,500 posts, ~100 MB,
// mostly Japanese, with repeats, markers and truncations, from a fixed seed) with frontlint and
// with markdownlint-cli2, in the same run, and prints both times, the ratio and peak memory; then
// times the CLI on one 20 MB post.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateBlog, generatePost } from './corpus.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = join(tmpdir(), 'frontlint-corpus');
const POSTS = 2500;
const BYTES = 100e6;

if (!existsSync(join(root, 'dist/cli.js'))) throw new Error('run `npm run build` first');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let total = 0;
for (const { name, text } of generateBlog(POSTS, BYTES)) {
  writeFileSync(join(dir, name), text);
  total += Buffer.byteLength(text);
}
console.log(`corpus: ${POSTS} posts, ${(total / 1e6).toFixed(1)} MB in ${dir}; ${availableParallelism()} cores`);

/** Wall time and peak RSS of a Node.js program; its output goes to /dev/null, for both tools alike. */
function measure(label, script, args) {
  const rssFile = join(tmpdir(), 'frontlint-bench-rss');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', join(root, 'scripts/peak-rss.cjs'), script, ...args], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, PEAK_RSS_FILE: rssFile },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  console.log(`${label}: ${seconds.toFixed(2)} s, peak RSS ${peakMb.toFixed(0)} MB (exit ${result.status})`);
  return seconds;
}

const runs = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ours = [];
const theirs = [];
for (let i = 0; i < runs; i++) {
  ours.push(measure('frontlint', 'dist/cli.js', ['--format', 'json', dir]));
  theirs.push(measure('markdownlint-cli2', 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs', [`${dir}/*.md`]));
}
console.log(`\nmedian of ${runs}: frontlint ${median(ours).toFixed(2)} s (${(total / 1e6 / median(ours)).toFixed(0)} MB/s), markdownlint-cli2 ${median(theirs).toFixed(2)} s; frontlint is ${(median(theirs) / median(ours)).toFixed(1)}× faster`);

// The same blog as a Front Matter CMS site: every post checked against its content type (ajv in
// dist/schema.js). Runs with and without frontmatter.json alternate, so both see the same machine.
const FRONTMATTER_JSON = {
  'frontMatter.taxonomy.contentTypes': [
    {
      name: 'default',
      fields: [
        { name: 'layout', type: 'choice', choices: ['post', 'page'] },
        { name: 'title', type: 'string', required: true },
        { name: 'date', type: 'datetime', required: true },
        { name: 'tags', type: 'tags' },
        { name: 'reading_time', type: 'number', numberOptions: { min: 1 } },
      ],
    },
  ],
  'frontMatter.content.pageFolders': [{ title: 'Posts', path: '[[workspace]]', contentTypes: ['default'] }],
};
const plain = [];
const withSchema = [];
for (let i = 0; i < runs; i++) {
  writeFileSync(join(dir, 'frontmatter.json'), JSON.stringify(FRONTMATTER_JSON));
  withSchema.push(measure('frontlint, Front Matter CMS content type applied', 'dist/cli.js', ['--format', 'json', dir]));
  rmSync(join(dir, 'frontmatter.json'));
  plain.push(measure('frontlint, no schema', 'dist/cli.js', ['--format', 'json', dir]));
}
console.log(`median of ${runs}: with a Front Matter CMS config ${median(withSchema).toFixed(2)} s, without ${median(plain).toFixed(2)} s: ${((median(withSchema) / median(plain) - 1) * 100).toFixed(1)}% (target: within 15%)`);
rmSync(dir, { recursive: true, force: true });

// One huge post (the editor skips it above frontlint.maxFileSize; the CLI lints it).
const huge = join(tmpdir(), 'frontlint-huge-post.md');
writeFileSync(huge, generatePost(20e6, 7));
const hugeTimes = Array.from({ length: runs }, () => measure('frontlint, one 20 MB post', 'dist/cli.js', ['--format', 'json', huge]));
console.log(`median of ${runs}: one 20 MB post in ${median(hugeTimes).toFixed(2)} s`);
rmSync(huge, { force: true });
