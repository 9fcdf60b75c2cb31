import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RULE_IDS } from '../core';
import { LintPool } from '../pool/pool';
import { collectPosts } from './files';
import { summaryLine, type FileTally, type Format } from './format';
import { lintFiles, lintThreads } from './lintFiles';
import { printTimings, type MainTimings } from './timings';

const USAGE = `Usage: frontlint [--format text|json] [--fix [--dry-run]] [--quiet] <file|dir>...

Lints Markdown posts with YAML front matter: front matter fields, AI-draft artifacts
(---END--- markers, repeated passages, truncated text) and the declared reading time.

Options:
  --format text|json   output format (default: text)
  --fix                apply safe fixes in place (atomic writes; BOM, line endings and mode kept;
                       a file that changed on disk during the run is left alone)
  --dry-run            with --fix: print a unified diff instead of writing
  --quiet              print errors only in text output, and no progress
  --help, --version

Rules: ${RULE_IDS.join(', ')}
Exit codes: 0 no errors, 1 errors found, 2 usage error or unreadable file.
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
  if (values.format !== 'text' && values.format !== 'json') {
    process.stderr.write(`frontlint: unknown format "${values.format}" (use text or json)\n`);
    return 2;
  }
  if (positionals.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const timings = process.env.FRONTLINT_TIMINGS === '1';
  const mainTimes: MainTimings = { discovery: 0, firstResult: 0, lastResult: 0, print: 0, printed: 0 };
  // A directory means many files, probably: the lint threads start now and load the engine while
  // the directory is searched.
  const pool = positionals.some(isDirectory) && lintThreads() >= 2 ? new LintPool(lintThreads()) : undefined;
  const { files, problems } = await collectPosts(positionals);
  mainTimes.discovery = performance.now();
  for (const { path, message } of problems) process.stderr.write(`frontlint: ${path}: ${message}\n`);

  const out = stdoutWriter();
  const print = timings
    ? (text: string) => {
        const start = performance.now();
        out.write(text);
        mainTimes.print += performance.now() - start;
        mainTimes.printed += text.length;
      }
    : out.write;
  const format = values.format as Format;
  const showProgress = !values.quiet && process.stderr.isTTY === true;
  const started = Date.now();
  const tallies: FileTally[] = [];
  if (format === 'json') print('[');
  const run = await lintFiles(files, {
    pool,
    timings,
    options: {},
    fix: values.fix || values['dry-run'],
    dryRun: values['dry-run'],
    format,
    quiet: values.quiet,
    onProgress: showProgress ? progressLine(started) : undefined,
    // Files arrive in input order; each is printed at once, so no report is kept.
    onFile: (file) => {
      if (timings) mainTimes.lastResult = performance.now();
      mainTimes.firstResult ||= mainTimes.lastResult;
      if (file.diff) print(file.diff);
      print(format === 'json' ? `${tallies.length ? ',' : ''}\n${file.chunk}` : file.chunk);
      tallies.push(file.tally);
    },
  });
  if (showProgress) process.stderr.write('\r\x1b[K');
  print(format === 'json' ? `${tallies.length ? '\n' : ''}]\n` : summaryLine(tallies));
  out.flush();
  if (timings) printTimings(mainTimes, run?.timings ?? []);

  if (problems.length > 0 || tallies.some((t) => t.unreadable)) return 2;
  return tallies.some((t) => t.errors > 0) ? 1 : 0;
}

const isDirectory = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

/**
 * Writes to stdout in chunks of at least 64 KB (thousands of small writes cost a system call
 * each), until the reader goes away (`frontlint . | head`): then the rest of the output is
 * dropped, and the run still finishes, so that no fix is left half done.
 */
function stdoutWriter(): { write: (text: string) => void; flush: () => void } {
  let open = true;
  let buffered = '';
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    open = false;
  });
  const flush = () => {
    if (open && buffered) process.stdout.write(buffered);
    buffered = '';
  };
  return {
    write: (text) => {
      buffered += text;
      if (buffered.length >= 65536) flush();
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
