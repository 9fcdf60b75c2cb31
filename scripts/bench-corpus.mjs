// `npm run bench:corpus`: lints a generated blog shaped like the real one (2,500 posts, ~100 MB,
// mostly Japanese, with repeats, markers and truncations, from a fixed seed) with frontlint and
// with markdownlint-cli2, in the same run, and prints both times, the ratio and peak memory; then
// times the CLI on one 20 MB post.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, promises, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
rmSync(dir, { recursive: true, force: true });

// One huge post (the editor skips it above frontlint.maxFileSize; the CLI lints it).
const huge = join(tmpdir(), 'frontlint-huge-post.md');
writeFileSync(huge, generatePost(20e6, 7));
const hugeTimes = Array.from({ length: runs }, () => measure('frontlint, one 20 MB post', 'dist/cli.js', ['--format', 'json', huge]));
console.log(`median of ${runs}: one 20 MB post in ${median(hugeTimes).toFixed(2)} s`);
rmSync(huge, { force: true });

// The blog index (issue 11): the same corpus as a Jekyll blog (`_posts/YYYY-MM-DD-slug.md`, a
// permalink pattern, three related-post links a post, 1% of them to posts that do not exist).
// The CLI on the folder indexes each post from the parse its lint makes, then runs the blog
// rules; `--no-index` lints post by post. In process: the editor's background index of the whole
// blog (read, parse, entries, permalinks; one thread) and one check of every blog rule.
{
  const { writeJekyllBlog } = await import('./site-corpus.mjs');
  const { BlogIndex, checkBlog, lint, entryFromPost } = createRequire(import.meta.url)(join(root, 'dist/engine.js'));
  const siteDir = join(tmpdir(), 'frontlint-site-corpus');
  rmSync(siteDir, { recursive: true, force: true });
  const blog = writeJekyllBlog(siteDir, POSTS, BYTES);
  console.log(`\nblog index: ${blog.count} posts, ${(blog.bytes / 1e6).toFixed(1)} MB as a Jekyll blog in ${siteDir}`);
  const withIndex = [];
  const withoutIndex = [];
  for (let i = 0; i < runs; i++) {
    withIndex.push(measure('frontlint on the blog folder (index + blog rules)', 'dist/cli.js', ['--format', 'json', siteDir]));
    withoutIndex.push(measure('frontlint --no-index on the same folder', 'dist/cli.js', ['--no-index', '--format', 'json', siteDir]));
  }
  const extra = median(withIndex) - median(withoutIndex);
  console.log(`median of ${runs}: ${median(withIndex).toFixed(2)} s with the index, ${median(withoutIndex).toFixed(2)} s without; extra cost ${extra.toFixed(2)} s (target ≤ 0.5 s)`);
  const fs = {
    readFile: (path) => promises.readFile(path).catch(() => undefined),
    readDirectory: async (path) => (await promises.readdir(path, { withFileTypes: true }).catch(() => undefined))?.map((e) => ({ name: e.name, kind: e.isFile() ? 'file' : e.isDirectory() ? 'directory' : 'other' })),
    stat: async (path) => {
      const s = await promises.stat(path).catch(() => undefined);
      return s && { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size, mtime: s.mtimeMs };
    },
  };
  const builds = [];
  const checks = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const { index, stats } = await BlogIndex.build(fs, siteDir);
    builds.push(stats.ms);
    const started = performance.now();
    findings = [...checkBlog(index).values()].flat().length;
    checks.push(performance.now() - started);
  }
  console.log(`median of ${runs}: index of ${blog.count} posts built in process in ${median(builds).toFixed(0)} ms (target ≤ 1 s); every blog rule checked in ${median(checks).toFixed(1)} ms (${findings} findings)`);
  // Per keystroke in the editor: a body edit re-derives the post's entry from the lint's parse; an
  // unchanged entry (no link, no front matter touched) re-checks nothing.
  const seed = readFileSync(join(root, 'test/fixtures/000_b773296d3b563b01.txt'), 'utf8');
  const lintMs = [];
  const entryMs = [];
  for (let i = 0; i < 200; i++) {
    const edited = seed.replace('。', i % 2 ? '。 ' : '。');
    let t = performance.now();
    const result = lint(edited);
    lintMs.push(performance.now() - t);
    t = performance.now();
    entryFromPost('/blog/post.md', 'post.md', result.post);
    entryMs.push(performance.now() - t);
  }
  console.log(`per keystroke (seed 000, body edit): lint ${median(lintMs).toFixed(3)} ms, blog entry ${median(entryMs).toFixed(3)} ms, blog rules 0 ms (entry unchanged)`);
  rmSync(siteDir, { recursive: true, force: true });
}
