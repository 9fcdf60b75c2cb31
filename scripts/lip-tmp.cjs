// Used by `npm run bench:corpus`: the CLI's per-file work (read, validate and decode UTF-8, lint,
// format one JSON element) done by the engine in this one thread, over every post of a folder,
// twice: the first pass is cold (as each lint thread of the CLI is), the second warm. Prints one
// JSON line with the ms of each phase and of garbage collection per pass. With the CLI's V8 flags
// (src/pool/v8-flags.json), unless `--v8-defaults` follows the folder. `--part=K/N` takes every Nth
// post from the Kth (0-based): N copies side by side do what N lint threads would, with no CLI.
const { isUtf8, transcode } = require('node:buffer');
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { GCProfiler, setFlagsFromString } = require('node:v8');
const flags = process.argv.slice(3);
if (!flags.includes('--v8-defaults')) setFlagsFromString(require('../src/pool/v8-flags.json').join(' '));
const [part, parts] = (flags.find((f) => f.startsWith('--part='))?.slice(7) ?? '0/1').split('/').map(Number);
const { lint, setContentCaching } = require(process.env.ENG || '../dist/engine.js');

const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => /\.(md|markdown)$/.test(f)).sort().filter((_, i) => i % parts === part).map((f) => join(dir, f));
setContentCaching(false); // as the CLI: each post is linted once

function pass() {
  const ms = { read: 0, lint: 0, format: 0, gc: 0, total: 0, cpu: 0 };
  const cpuStart = process.cpuUsage();
  const profiler = new GCProfiler();
  profiler.start();
  const started = performance.now();
  for (const file of files) {
    let t = performance.now();
    const bytes = readFileSync(file);
    if (bytes.includes(0) || !isUtf8(bytes)) continue;
    const text = transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
    ms.read += performance.now() - t;
    t = performance.now();
    const result = lint(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {});
    const findings = result.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, range: f.range, related: f.related, fixable: !!f.fix }));
    ms.lint += performance.now() - t;
    t = performance.now();
    JSON.stringify({ file, readingTime: result.readingTime, findings });
    ms.format += performance.now() - t;
  }
  ms.total = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  ms.cpu = (cpu.user + cpu.system) / 1000; // this thread and V8's helper threads (compiler, GC)
  ms.gc = profiler.stop().statistics.reduce((sum, gc) => sum + gc.cost / 1000, 0);
  return Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, Math.round(v)]));
}

const cold = pass();
const warm = pass();
process.stdout.write(JSON.stringify({ files: files.length, cold, warm }) + '\n');
