// `npm run bench:corpus`: lints a generated blog shaped like the real one (2,500 posts, ~100 MB,
// mostly Japanese, with re-flowed restarts, link lists, shared call-to-action blocks, bold labels,
// markers and truncations, from a fixed seed) with frontlint and with markdownlint-cli2, in the
// same run, and prints both times, the ratio and peak memory. Then where the CLI's time goes
// (FRONTLINT_TIMINGS=1) against the engine in process on one thread, cold and warm, and against as
// many copies of it side by side as the CLI has threads, each on its share; then the CLI
// on one 20 MB post. BENCH_RUNS (default 3) runs of each; medians.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, promises, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateBlog, generatePost } from './corpus.mjs';

const root = new URL('..', import.meta.url).pathname;
// A folder of its own: other checkouts on the same machine may be benchmarking at the same time.
const scratch = mkdtempSync(join(tmpdir(), 'frontlint-bench-'));
const dir = join(scratch, 'corpus');
const POSTS = 2500;
const BYTES = 100e6;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

if (!existsSync(join(root, 'dist/cli.js'))) throw new Error('run `npm run build` first');
// BENCH_ONLY=blog: only the blog index section (the last one).
if (process.env.BENCH_ONLY === 'blog') {
  await blogIndexSection();
  rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
}
mkdirSync(dir);
let total = 0;
for (const { name, text } of generateBlog(POSTS, BYTES)) {
  writeFileSync(join(dir, name), text);
  total += Buffer.byteLength(text);
}
const threads = availableParallelism();
console.log(`corpus: ${POSTS} posts, ${(total / 1e6).toFixed(1)} MB in ${dir}; ${threads} cores`);

/** Wall time, peak RSS and stderr of a Node.js program; its output goes to /dev/null, for both tools alike. */
function measure(label, script, args, env = {}) {
  const rssFile = join(scratch, 'peak-rss');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', join(root, 'scripts/peak-rss.cjs'), script, ...args], {
    cwd: root,
    // stderr only where the timings are read: spawnSync kills a child whose piped output passes
    // maxBuffer (1 MB), and markdownlint-cli2 writes its hundreds of MB of findings there.
    stdio: ['ignore', 'ignore', env.FRONTLINT_TIMINGS ? 'pipe' : 'ignore'],
    encoding: 'utf8',
    env: { ...process.env, PEAK_RSS_FILE: rssFile, ...env },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // Missing when the program was killed (it then has no exit code either).
  const usage = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : { maxRssKb: NaN, cpuMs: NaN };
  rmSync(rssFile, { force: true });
  const rssMb = usage.maxRssKb / 1024;
  console.log(`${label}: ${s(ms)}, CPU ${s(usage.cpuMs)}, peak RSS ${rssMb.toFixed(0)} MB (${result.status === null ? `killed by ${result.signal}` : `exit ${result.status}`})`);
  return { ms, rssMb, cpuMs: usage.cpuMs, stderr: result.stderr };
}

// 1. Side by side, interleaved so that both see the same machine.
const ours = [];
const text = [];
const theirs = [];
for (let i = 0; i < runs; i++) {
  ours.push(measure('frontlint --format json', 'dist/cli.js', ['--format', 'json', dir], { FRONTLINT_TIMINGS: '1' }));
  text.push(measure('frontlint --format text', 'dist/cli.js', ['--format', 'text', dir]));
  theirs.push(measure('markdownlint-cli2', 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs', [`${dir}/*.md`]));
}
const oursMs = median(ours.map((r) => r.ms));
const theirsMs = median(theirs.map((r) => r.ms));
console.log(
  `\nmedian of ${runs}: frontlint ${s(oursMs)} (${(total / 1e3 / oursMs).toFixed(0)} MB/s, text ${s(median(text.map((r) => r.ms)))}, peak RSS ${median(ours.map((r) => r.rssMb)).toFixed(0)} MB), ` +
    `markdownlint-cli2 ${s(theirsMs)} (peak RSS ${median(theirs.map((r) => r.rssMb)).toFixed(0)} MB); frontlint is ${(theirsMs / oursMs).toFixed(1)}× faster` +
    `\nCPU time (grows less than wall time on a busy machine): frontlint ${s(median(ours.map((r) => r.cpuMs)))}, markdownlint-cli2 ${s(median(theirs.map((r) => r.cpuMs)))}, ` +
    `${(median(theirs.map((r) => r.cpuMs)) / median(ours.map((r) => r.cpuMs))).toFixed(1)}× less CPU`,
);

// 2. Where the CLI's time goes, against the engine in process on one thread.
const nodeStart = median(Array.from({ length: 5 }, () => measure('node -e 0', '-e', ['0']).ms));
const lintInProcess = (...flags) =>
  Array.from({ length: runs }, () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/lint-in-process.cjs'), dir, ...flags], { encoding: 'utf8' });
    const parsed = JSON.parse(r.stdout);
    console.log(`engine in process, one thread${flags.length ? ', V8 defaults' : ''}: cold ${s(parsed.cold.total)} (CPU ${s(parsed.cold.cpu)}), warm ${s(parsed.warm.total)} (CPU ${s(parsed.warm.cpu)})`);
    return parsed;
  });
// The ideal is measured with the CLI's V8 flags; V8's defaults are shown for comparison.
const inProcess = lintInProcess();
const inProcessDefaults = lintInProcess('--v8-defaults');
// As many copies as the CLI has threads, side by side, each on its share of the posts: what that
// many lint threads can do on this machine with no CLI around them. Alone, a copy's V8 helper
// threads (compiler, GC) run on an idle core; side by side there is none.
const execFileAsync = promisify(execFile);
const sideBySide = [];
for (let i = 0; i < runs; i++) {
  const copies = await Promise.all(
    Array.from({ length: threads }, (_, k) => execFileAsync(process.execPath, [join(root, 'scripts/lint-in-process.cjs'), dir, `--part=${k}/${threads}`]).then((r) => JSON.parse(r.stdout))),
  );
  const slowest = copies.reduce((a, b) => (b.cold.total > a.cold.total ? b : a));
  console.log(`engine in process, ${threads} copies side by side on 1/${threads} of the posts each: cold ${copies.map((c) => s(c.cold.total)).join(', ')} (CPU ${copies.map((c) => s(c.cold.cpu)).join(', ')})`);
  sideBySide.push(slowest.cold.total);
}
const pick = (pass, key, of = inProcess) => median(of.map((r) => r[pass][key]));
const cold = pick('cold', 'total');
const warm = pick('warm', 'total');
// The median run's own breakdown (each figure of one run adds up; medians of parts would not).
const timed = ours.map((r) => ({ ...r, t: JSON.parse(/frontlint-timings (.*)/.exec(r.stderr)[1]) })).sort((a, b) => a.ms - b.ms)[Math.floor(runs / 2)];
const { main, cpu, threads: perThread } = timed.t;
const avg = (key) => perThread.reduce((sum, t) => sum + t[key], 0) / perThread.length;
const startUp = avg('firstFile');
const busy = avg('read') + avg('lint') + avg('format') + avg('send');
const waiting = avg('done') - avg('firstFile') - busy;
const row = (what, ms, note = '') => console.log(`| ${what} | ${Math.round(ms)} ms | ${note} |`);
console.log(`\nCLI breakdown, run of ${s(timed.ms)} (${perThread.length} lint threads; per thread: mean of the threads):\n`);
console.log('| part | time | |\n| --- | --- | --- |');
row('start-up: node, CLI bundle, file search', main.discovery, `node alone starts in ${Math.round(nodeStart)} ms`);
row('start-up: lint threads ready (engine loaded, in parallel with the search)', startUp, `${perThread.map((t) => Math.round(t.loaded)).join(' / ')} ms`);
row('per thread: read + validate + decode UTF-8', avg('read'));
row('per thread: lint', avg('lint'), `of which GC ${Math.round(avg('gc'))} ms (GC of reading and formatting included)`);
row('per thread: format (JSON)', avg('format'));
row('per thread: send results to the main thread', avg('send'));
row('per thread: waiting (preempted, or no file left)', Math.max(0, waiting));
row('main thread: writing output', main.print, `${(main.printed / 1e6).toFixed(1)} MB`);
row('after the last result: exit', timed.ms - main.lastResult);
console.log(
  `\nCPU: lint threads ${perThread.map((t) => t.cpu).join(' + ')} ms (before their task: ${perThread.map((t) => t.cpuBeforeTask).join(' + ')} ms), main thread ${cpu.mainThreadMs} ms, whole CLI process ${Math.round(cpu.userMs + cpu.systemMs)} ms (the rest: V8's compiler and GC helper threads); ` +
    `engine in process ${Math.round(pick('cold', 'cpu'))} ms cold, ${Math.round(pick('warm', 'cpu'))} ms warm (CPU time does not grow with a busy machine as wall time does)`,
);
console.log(
  `engine in process, one thread (read, lint, format): cold ${s(cold)} (lint ${s(pick('cold', 'lint'))}, GC ${pick('cold', 'gc')} ms), warm ${s(warm)}` +
    `\nideal CLI = cold ÷ ${perThread.length} threads + start-up = ${s(cold / perThread.length + startUp)}; the CLI took ${(timed.ms / (cold / perThread.length + startUp)).toFixed(2)}× that` +
    ` (against warm: ${s(warm / perThread.length + startUp)}, ${(timed.ms / (warm / perThread.length + startUp)).toFixed(2)}×)` +
    `\n${threads} copies side by side, each cold on its share (the slowest): ${s(median(sideBySide))}; + start-up = ${s(median(sideBySide) + startUp)}; the CLI took ${(timed.ms / (median(sideBySide) + startUp)).toFixed(2)}× that` +
    `\nwith V8's default flags in process: cold ${s(pick('cold', 'total', inProcessDefaults))} (CPU ${s(pick('cold', 'cpu', inProcessDefaults))}), warm ${s(pick('warm', 'total', inProcessDefaults))} (CPU ${s(pick('warm', 'cpu', inProcessDefaults))}); ` +
    `the CLI took ${(timed.ms / (pick('cold', 'total', inProcessDefaults) / perThread.length + startUp)).toFixed(2)}× that ideal`,
);
// The same blog as a Front Matter CMS site: every post checked against its content type (ajv in
// dist/schema.js), the content type in a split settings file (.frontmatter/config/). Runs with and
// without the settings alternate, so both see the same machine.
const FRONTMATTER_JSON = { 'frontMatter.content.pageFolders': [{ title: 'Posts', path: '[[workspace]]', contentTypes: ['default'] }] };
const CONTENT_TYPE = {
  name: 'default',
  fields: [
    { name: 'layout', type: 'choice', choices: ['post', 'page'] },
    { name: 'title', type: 'string', required: true },
    { name: 'date', type: 'datetime', required: true },
    { name: 'tags', type: 'tags' },
    { name: 'reading_time', type: 'number', numberOptions: { min: 1 } },
  ],
};
const splitDir = join(dir, '.frontmatter/config/taxonomy/contenttypes');
const plain = [];
const withSchema = [];
for (let i = 0; i < runs; i++) {
  writeFileSync(join(dir, 'frontmatter.json'), JSON.stringify(FRONTMATTER_JSON));
  mkdirSync(splitDir, { recursive: true });
  writeFileSync(join(splitDir, 'default.json'), JSON.stringify(CONTENT_TYPE));
  withSchema.push(measure('frontlint, Front Matter CMS content type applied', 'dist/cli.js', ['--format', 'json', dir]));
  rmSync(join(dir, 'frontmatter.json'));
  rmSync(join(dir, '.frontmatter'), { recursive: true });
  plain.push(measure('frontlint, no schema', 'dist/cli.js', ['--format', 'json', dir]));
}
const ratio = (a, b) => `${((a / b - 1) * 100 >= 0 ? '+' : '')}${((a / b - 1) * 100).toFixed(1)}%`;
const medianOf = (list, key) => median(list.map((r) => r[key]));
console.log(
  `median of ${runs}: with a Front Matter CMS config ${s(medianOf(withSchema, 'ms'))}, without ${s(medianOf(plain, 'ms'))}: ${ratio(medianOf(withSchema, 'ms'), medianOf(plain, 'ms'))} (target: within 15%); ` +
    `CPU ${s(medianOf(withSchema, 'cpuMs'))} against ${s(medianOf(plain, 'cpuMs'))}: ${ratio(medianOf(withSchema, 'cpuMs'), medianOf(plain, 'cpuMs'))}`,
);
rmSync(dir, { recursive: true, force: true });

// 3. One huge post (the editor skips it above frontlint.maxFileSize; the CLI lints it).
const huge = join(scratch, 'huge-post.md');
writeFileSync(huge, generatePost(20e6, 7));
const hugeTimes = Array.from({ length: runs }, () => measure('frontlint, one 20 MB post', 'dist/cli.js', ['--format', 'json', huge]).ms);
console.log(`median of ${runs}: one 20 MB post in ${s(median(hugeTimes))}`);

await blogIndexSection();
rmSync(scratch, { recursive: true, force: true });

// The blog index (issue 11): the same corpus as a Jekyll blog (`_posts/YYYY-MM-DD-slug.md`, a
// permalink pattern, three related-post links a post, 1% of them to posts that do not exist).
// The CLI on the folder indexes each post from the parse its lint makes, then runs the blog
// rules; `--no-index` lints post by post. In process: the editor's background index of the whole
// blog (read, parse, entries, permalinks; one thread) and one check of every blog rule.
async function blogIndexSection() {
  const { writeJekyllBlog } = await import('./site-corpus.mjs');
  const { BlogIndex, checkBlog, lint, entryFromPost } = createRequire(import.meta.url)(join(root, 'dist/engine.js'));
  const siteDir = join(scratch, 'site-corpus');
  const blog = writeJekyllBlog(siteDir, POSTS, BYTES);
  console.log(`\nblog index: ${blog.count} posts, ${(blog.bytes / 1e6).toFixed(1)} MB as a Jekyll blog in ${siteDir}`);
  const withIndex = [];
  const withoutIndex = [];
  for (let i = 0; i < runs; i++) {
    withIndex.push(measure('frontlint on the blog folder (index + blog rules)', 'dist/cli.js', ['--format', 'json', siteDir]));
    withoutIndex.push(measure('frontlint --no-index on the same folder', 'dist/cli.js', ['--no-index', '--format', 'json', siteDir]));
  }
  const wall = (xs) => median(xs.map((r) => r.ms));
  const cpu = (xs) => median(xs.map((r) => r.cpuMs));
  console.log(
    `median of ${runs}: ${s(wall(withIndex))} with the index, ${s(wall(withoutIndex))} without; extra cost ${s(wall(withIndex) - wall(withoutIndex))}, ${(wall(withIndex) / wall(withoutIndex)).toFixed(2)}× (target ≤ 0.5 s)` +
      `\nmedian of the ${runs} differences within a pair of runs (each pair run back to back, so both saw the same machine): ${s(median(withIndex.map((r, i) => r.ms - withoutIndex[i].ms)))}` +
      `\nCPU time (grows less than wall time on a busy machine): ${s(cpu(withIndex))} with the index, ${s(cpu(withoutIndex))} without; extra ${s(cpu(withIndex) - cpu(withoutIndex))}`,
  );
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
