import { parseArgs } from 'node:util';
import { BLOG_RULE_IDS, RULE_IDS } from '../core';
import type { PostEntry } from '../site';
import { checkBlogs, hasFolder } from './blog';
import { formatConfigError, parseRuleFlags, planFiles, toFsPath } from './config';
import { collectPosts } from './files';
import { addFindings, summaryLine, type FileTally, type Format, type FormattedFile } from './format';
import { lintFiles } from './pool';

const USAGE = `Usage: frontlint [--format text|json] [--fix [--dry-run]] [--quiet] [config options] <file|dir>...

Lints Markdown posts with YAML front matter: front matter fields, AI-draft artifacts
(---END--- markers, repeated passages, truncated text) and the declared reading time.

Options:
  --format text|json   output format (default: text)
  --fix                apply safe fixes in place (atomic writes; BOM, line endings and mode kept;
                       a file that changed on disk during the run is left alone)
  --dry-run            with --fix: print a unified diff instead of writing
  --quiet              print errors only in text output, and no progress
  --config FILE        use this config file instead of finding .frontlint.* files
  --no-config          use no config file (defaults, and --rule)
  --rule id=severity   set a rule's severity, over config files (repeatable)
  --ignore GLOB        skip posts matching GLOB, relative to this folder (repeatable)
  --no-index           do not index the blog first: no blog rules (${BLOG_RULE_IDS.join(', ')})
  --help, --version

A folder is a blog: its posts are indexed first (links, titles, permalinks from the Jekyll, Hugo
or Astro config at or above it), then linted with the blog rules as well.

Rules: ${[...RULE_IDS, ...BLOG_RULE_IDS].join(', ')}
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
  if (values.format !== 'text' && values.format !== 'json') {
    process.stderr.write(`frontlint: unknown format "${values.format}" (use text or json)\n`);
    return 2;
  }
  if (positionals.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (values.config !== undefined && values['no-config']) {
    process.stderr.write('frontlint: --config and --no-config cannot be used together\n');
    return 2;
  }
  const { files: candidates, problems } = await collectPosts(positionals);
  for (const { path, message } of problems) process.stderr.write(`frontlint: ${path}: ${message}\n`);
  let plan;
  try {
    plan = await planFiles(candidates, { config: values.config, noConfig: values['no-config'], rules: values.rule, ignores: values.ignore });
  } catch (error) {
    process.stderr.write(`frontlint: ${(error as Error).message}\n`);
    return 2;
  }
  // A broken config is said once, with file, line and reason; its posts are linted without it.
  for (const error of plan.configErrors) process.stderr.write(`frontlint: ${formatConfigError(error)}\n`);
  const { files, optionSets } = plan;
  // A folder is a blog: its posts are indexed as they are linted, and printed once the blog rules have run.
  const indexing = !values['no-index'] && (await hasFolder(positionals));
  const held: Array<{ file: FormattedFile; path: string }> = [];
  const entries = new Map<string, PostEntry>();

  const print = stdoutWriter();
  const format = values.format as Format;
  const showProgress = !values.quiet && process.stderr.isTTY === true;
  const started = Date.now();
  const tallies: FileTally[] = [];
  const output = (file: FormattedFile) => {
    if (file.diff) print(file.diff);
    print(format === 'json' ? `${tallies.length ? ',' : ''}\n${file.chunk}` : file.chunk);
    tallies.push(file.tally);
  };
  if (format === 'json') print('[');
  await lintFiles(files, {
    optionSets,
    index: indexing,
    fix: values.fix || values['dry-run'],
    dryRun: values['dry-run'],
    format,
    quiet: values.quiet,
    onProgress: showProgress ? progressLine(started) : undefined,
    // Files arrive in input order; without blog rules each is printed at once, so no report is kept.
    onFile: (file, entry) => {
      if (!indexing) return output(file);
      held.push({ file, path: files[held.length].path });
      if (entry) entries.set(entry.path, entry);
    },
  });
  if (showProgress) process.stderr.write('\r\x1b[K');
  if (indexing) {
    const blog = await checkBlogs(positionals, entries, { config: values.config, noConfig: values['no-config'], rules: parseRuleFlags(values.rule) });
    if (!values.quiet) for (const notice of blog.notices) process.stderr.write(`frontlint: ${notice}\n`);
    for (const { file, path } of held) {
      const added = blog.findings.get(toFsPath(path));
      output(added ? addFindings(file, path, added.map((f) => ({ ...f, fixable: false })), format, values.quiet) : file);
    }
  }
  print(format === 'json' ? `${tallies.length ? '\n' : ''}]\n` : summaryLine(tallies));

  if (problems.length > 0 || plan.configErrors.length > 0 || tallies.some((t) => t.unreadable)) return 2;
  return tallies.some((t) => t.errors > 0) ? 1 : 0;
}

/**
 * Writes to stdout until the reader goes away (`frontlint . | head`): then the rest of the output
 * is dropped, and the run still finishes, so that no fix is left half done.
 */
function stdoutWriter(): (text: string) => void {
  let open = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    open = false;
  });
  return (text) => {
    if (open) process.stdout.write(text);
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
