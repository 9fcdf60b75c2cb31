import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BLOG_RULE_IDS, RULE_IDS, type PostEntry } from '../engine';
import { LintPool } from '../pool/pool';
import { useLintV8Flags } from '../pool/v8Flags';
import { hasFolder, startBlogs } from './blog';
import { formatConfigError, planFiles, toFsPath } from './config';
import { printConfig } from './printConfig';
import { collectPosts } from './files';
import { addFindings, FORMATS, outputWriter, type FileTally, type Format, type FormattedFile } from './format';
import { lintFiles, lintThreads } from './lintFiles';
import { parseShard, selectShard } from './shard';
import { printTimings, type MainTimings } from './timings';

// Before any lint thread is made.
useLintV8Flags();

const USAGE = `Usage: frontlint [--format text|json|sarif|github] [--fix [--dry-run]] [--quiet]
                 [--max-warnings N] [--shard i/n] [config options] <file|dir>...

Lints Markdown posts with YAML front matter: front matter fields, AI-draft artifacts
(---END--- markers, repeated passages, truncated text) and the declared reading time.

Options:
  --format FORMAT      text (default), json, sarif (SARIF 2.1.0, for code scanning) or
                       github (GitHub Actions annotations)
  --fix                apply safe fixes in place (atomic writes; BOM, line endings and mode kept;
                       a file that changed on disk during the run is left alone)
  --dry-run            with --fix: print a unified diff instead of writing
  --quiet              print errors only in text and github output, and no progress
  --max-warnings N     exit 1 when there are more than N warnings
  --shard i/n          lint the i-th of n shares of the files, split by a hash of each path
                       relative to the working directory (the same split on every machine)
  --config FILE        use this config file instead of finding .frontlint.* files
  --no-config          use no config file (defaults, and --rule)
  --rule id=severity   set a rule's severity, over config files (repeatable)
  --ignore GLOB        skip posts matching GLOB, relative to this folder (repeatable)
  --no-index           do not index the blog first: no blog rules (${BLOG_RULE_IDS.join(', ')})
  --print-config FILE  print the settings for FILE and which front matter schema applies to it
  --help, --version

A folder is a blog: its posts are indexed as they are linted (links, titles, permalinks from the
Jekyll, Hexo, Hugo or Astro config at or above it), and the blog rules run once all are in.

Rules: ${[...RULE_IDS, ...BLOG_RULE_IDS].join(', ')}
Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings),
2 usage error, broken config file or unreadable file.
`;

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        fix: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        shard: { type: 'string' },
        'print-config': { type: 'string' },
        config: { type: 'string' },
        'no-config': { type: 'boolean', default: false },
        rule: { type: 'string', multiple: true, default: [] },
        ignore: { type: 'string', multiple: true, default: [] },
        'no-index': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`frontlint: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${require('../../package.json').version}\n`);
    return 0;
  }
  const usageError = (message: string) => (process.stderr.write(`frontlint: ${message}\n`), 2);
  if (!(FORMATS as readonly string[]).includes(values.format)) return usageError(`unknown format "${values.format}" (use ${FORMATS.join(', ')})`);
  // As in ESLint, -1 (or leaving it out) means no limit.
  const maxWarnings = values['max-warnings'] ?? '-1';
  if (!/^(?:-1|\d+)$/.test(maxWarnings)) return usageError(`--max-warnings must be a whole number ≥ 0 (got "${maxWarnings}")`);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (shard && 'error' in shard) return usageError(shard.error);
  if (values['print-config'] !== undefined) {
    const flags = { config: values.config, noConfig: values['no-config'], rules: values.rule, ignores: values.ignore };
    process.stdout.write(await printConfig(values['print-config'], flags).catch((error: Error) => `frontlint: ${error.message}\n`));
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (values.config !== undefined && values['no-config']) {
    process.stderr.write('frontlint: --config and --no-config cannot be used together\n');
    return 2;
  }
  const timings = process.env.FRONTLINT_TIMINGS === '1';
  const mainTimes: MainTimings = { discovery: 0, firstResult: 0, lastResult: 0, print: 0, printed: 0 };
  // A directory means many files, probably: the lint threads start now and load the engine while
  // the directory is searched and the config files are read.
  const pool = positionals.some(isDirectory) && lintThreads() >= 2 ? new LintPool(lintThreads()) : undefined;
  const collected = await collectPosts(positionals);
  mainTimes.discovery = performance.now();
  const { problems } = collected;
  for (const { path, message } of problems) process.stderr.write(`frontlint: ${path}: ${message}\n`);
  // Paths in SARIF and annotations, and the shard split, are relative to the working directory.
  const base = process.cwd();
  const candidates = shard ? selectShard(collected.files, shard, base, (candidate) => candidate.path) : collected.files;
  let plan;
  try {
    plan = await planFiles(candidates, { config: values.config, noConfig: values['no-config'], rules: values.rule, ignores: values.ignore });
  } catch (error) {
    pool?.cancel();
    process.stderr.write(`frontlint: ${(error as Error).message}\n`);
    return 2;
  }
  // A broken config is said once, with file, line and reason; its posts are linted without it.
  for (const error of plan.configErrors) process.stderr.write(`frontlint: ${formatConfigError(error)}\n`);
  // A schema file that cannot be used is said once, naming it; its posts are linted without it.
  for (const message of plan.schemaProblems) process.stderr.write(`frontlint: ${message}\n`);
  for (const message of plan.schemaWarnings) process.stderr.write(`frontlint: ${message}\n`);
  const { files, optionSets, schemaSets } = plan;
  // A folder is a blog: its posts are indexed as they are linted, and printed once the blog rules have run.
  const indexing = !values['no-index'] && (await hasFolder(positionals));
  // The blogs' files are listed while the posts are linted.
  const blogs = indexing ? startBlogs(positionals, { config: values.config, noConfig: values['no-config'] }) : undefined;
  const held: Array<{ file: FormattedFile; path: string; options: number }> = [];
  const entries = new Map<string, PostEntry>();

  const out = stdoutWriter();
  const print = timings
    ? (text: string | Uint8Array) => {
        const start = performance.now();
        out.write(text);
        mainTimes.print += performance.now() - start;
        mainTimes.printed += text.length;
      }
    : out.write;
  const format = values.format as Format;
  const { version, repository } = require('../../package.json');
  const output = outputWriter(format, base, version, repository.url, print);
  const showProgress = !values.quiet && process.stderr.isTTY === true;
  const started = Date.now();
  const tallies: FileTally[] = [];
  output.begin();
  const emit = (file: FormattedFile) => {
    // A diff (--dry-run) goes to stderr with JSON and SARIF, which must stay one valid document.
    if (file.diff) (format === 'json' || format === 'sarif' ? process.stderr.write(file.diff) : print(file.diff));
    output.file(file);
    tallies.push(file.tally);
  };
  const run = await lintFiles(files, {
    pool,
    timings,
    optionSets,
    schemaSets,
    index: indexing,
    fix: values.fix || values['dry-run'],
    dryRun: values['dry-run'],
    format,
    quiet: values.quiet,
    base,
    onProgress: showProgress ? progressLine(started) : undefined,
    // Files arrive in input order. Without blog rules each is printed at once, so no report is
    // kept; with them, each waits, formatted in parts, for the blog rules' findings.
    onFile: (file, entry) => {
      if (timings) mainTimes.lastResult = performance.now();
      mainTimes.firstResult ||= mainTimes.lastResult;
      if (!indexing) return emit(file);
      const planned = files[held.length];
      held.push({ file, path: planned.path, options: planned.options });
      if (entry) {
        entries.set((entry.path = toFsPath(planned.path)), entry);
        blogs?.add(entry);
      }
    },
  });
  if (showProgress) process.stderr.write('\r\x1b[K');
  if (blogs) {
    // Each post's blog-rule severities come from its own config, as its other rules' do (with --rule over them).
    const rulesOf = new Map(held.map(({ path, options }) => [toFsPath(path), optionSets[options].rules]));
    const blog = await blogs.finish(entries, (path) => rulesOf.get(path));
    if (timings) mainTimes.blogRulesDone = performance.now();
    if (!values.quiet) for (const notice of blog.notices) process.stderr.write(`frontlint: ${notice}\n`);
    for (const { file, path } of held) {
      const added = blog.findings.get(toFsPath(path)) ?? [];
      emit(addFindings(file, path, added.map((finding) => ({ ...finding, fixable: false })), format, values.quiet, base));
    }
  }
  output.end(tallies);
  out.flush();
  if (timings) printTimings(mainTimes, run?.timings ?? []);

  const warnings = tallies.reduce((n, t) => n + t.warnings, 0);
  const tooManyWarnings = maxWarnings !== '-1' && warnings > Number(maxWarnings);
  // On stderr, as ESLint says it, so that JSON and SARIF on stdout stay valid.
  if (tooManyWarnings) process.stderr.write(`frontlint: too many warnings (${warnings}, maximum ${maxWarnings})\n`);
  if (problems.length > 0 || plan.configErrors.length > 0 || plan.schemaProblems.length > 0 || tallies.some((t) => t.unreadable)) return 2;
  return tooManyWarnings || tallies.some((t) => t.errors > 0) ? 1 : 0;
}

const isDirectory = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

/**
 * Writes to stdout in chunks of at least 64 KB (thousands of small writes cost a system call
 * each), until the reader goes away (`frontlint . | head`): then the rest of the output is
 * dropped, and the run still finishes, so that no fix is left half done.
 */
function stdoutWriter(): { write: (text: string | Uint8Array) => void; flush: () => void } {
  let open = true;
  // Strings, and the bytes of output that waited for the blog rules (written as they are).
  let pending: Array<string | Uint8Array> = [];
  let size = 0;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    open = false;
  });
  const flush = () => {
    if (open && size > 0) {
      const strings = pending.every((p) => typeof p === 'string');
      process.stdout.write(strings ? pending.join('') : Buffer.concat(pending.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))));
    }
    pending = [];
    size = 0;
  };
  return {
    write: (text) => {
      pending.push(text);
      size += text.length;
      if (size >= 65536) flush();
    },
    flush,
  };
}

/** `123/2500 files · 41.2 MB/s`, rewritten in place on a terminal, at most ten times a second. */
function progressLine(started: number): (done: number, total: number, bytes: number) => void {
  let shown = 0;
  return (done, total, bytes) => {
    const now = Date.now();
    if (now - shown < 100 && done < total) return;
    shown = now;
    const seconds = Math.max(0.001, (now - started) / 1000);
    process.stderr.write(`\r\x1b[K${done}/${total} files · ${(bytes / 1e6 / seconds).toFixed(1)} MB/s`);
  };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`frontlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
