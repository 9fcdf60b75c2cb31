// `npm run bench:corpus`: lints a generated blog shaped like the real one (2,500 posts, ~100 MB,
// mostly Japanese, with repeats, markers and truncations, from a fixed seed) with frontlint and
// with markdownlint-cli2, in the same run, and prints both times, the ratio and peak memory.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateBlog } from './corpus.mjs';

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

/** Wall time and peak RSS (GNU time's %M, in KB) of a command; its output is discarded. */
function measure(label, command, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakKb = Number(result.stderr.trim().split('\n').pop());
  console.log(`${label}: ${seconds.toFixed(2)} s, peak RSS ${(peakKb / 1024).toFixed(0)} MB (exit ${result.status})`);
  return seconds;
}

const runs = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ours = [];
const theirs = [];
for (let i = 0; i < runs; i++) {
  ours.push(measure('frontlint', process.execPath, ['dist/cli.js', '--quiet', '--format', 'json', dir]));
  theirs.push(measure('markdownlint-cli2', process.execPath, ['node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs', `${dir}/*.md`]));
}
console.log(`\nmedian of ${runs}: frontlint ${median(ours).toFixed(2)} s (${(total / 1e6 / median(ours)).toFixed(0)} MB/s), markdownlint-cli2 ${median(theirs).toFixed(2)} s; frontlint is ${(median(theirs) / median(ours)).toFixed(1)}× faster`);
rmSync(dir, { recursive: true, force: true });
