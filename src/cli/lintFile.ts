import { fixAll, lint, LineIndex, parseDirectives, type Finding, type LintOptions, type LintResult, type Range, type ReadingTime } from '../core';
import { unifiedDiff } from './diff';
import { readPost, writePostAtomically } from './fileIO';

export interface FileFinding extends Omit<Finding, 'fix'> {
  fixable: boolean;
}

export interface FileReport {
  file: string;
  readingTime: ReadingTime | null;
  findings: FileFinding[];
  /** Set when the file could not be read or decoded. */
  unreadable: boolean;
  /** With --fix: whether the file was rewritten, or skipped because it changed during the run. */
  written?: boolean;
  changedDuringRun?: boolean;
  /** With --fix --dry-run: the unified diff that --fix would write. */
  diff?: string;
  /** Size read, for progress. */
  bytes: number;
}

/** Lints one file from disk, optionally fixing it in place. Never throws for bad content. */
export async function lintFile(file: string, options: LintOptions, fix: boolean, dryRun = false, blog: readonly Finding[] = []): Promise<FileReport> {
  const read = readPost(file);
  if (!read.ok) return unreadable(file, read.message);
  let text = read.text;
  const report: FileReport = { file, readingTime: null, findings: [], unreadable: false, bytes: read.original.length };
  if (fix) {
    const fixed = fixAll(text, options);
    if (fixed.text !== text && dryRun) {
      report.diff = unifiedDiff(file, text, fixed.text);
    } else if (fixed.text !== text) {
      const written = await writePostAtomically(file, fixed.text, read.bom, read.original);
      report.written = written;
      report.changedDuringRun = !written;
      if (written) text = fixed.text;
    }
  }
  const result = lint(text, options);
  report.readingTime = result.readingTime;
  // Built in the shape the JSON output prints, so formatting needs no second copy.
  report.findings = result.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, range: f.range, related: f.related, fixable: !!f.fix }));
  if (blog.length > 0) report.findings = withBlogFindings(report.findings, blog, result, options.mdx === true, text !== read.text ? read.text : undefined);
  return report;
}

function unreadable(file: string, message: string): FileReport {
  const zero = { line: 0, character: 0 };
  return {
    file,
    readingTime: null,
    unreadable: true,
    bytes: 0,
    findings: [{ rule: 'io-error', severity: 'error', message, range: { start: zero, end: zero }, related: [], fixable: false }],
  };
}

/** A report for a file whose linting failed unexpectedly: the run goes on with the other files. */
lintFile.failure = (file: string, error: unknown): FileReport => unreadable(file, `internal error: ${error instanceof Error ? error.message : String(error)}`);

/**
 * Adds the blog rules' findings (worked out from the file as it was before any fix), honouring
 * the post's disable comments, in position order. After `--fix` rewrote the file, each finding
 * moves to the same occurrence of the same text (a link target, a title) in the new text: fixes
 * never lose words, so it is there.
 */
function withBlogFindings(own: FileFinding[], blog: readonly Finding[], result: LintResult, mdx: boolean, before: string | undefined): FileFinding[] {
  const directives = parseDirectives(result.post, mdx);
  const moved = before === undefined ? blog : blog.flatMap((f) => {
    const range = relocate(before, result.post.text, f.range);
    return range ? [{ ...f, range }] : [];
  });
  const added = moved
    .filter((f) => !directives.suppresses(f.rule, f.range.start.line))
    .map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, range: f.range, related: f.related, fixable: false }));
  return [...own, ...added].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function relocate(before: string, after: string, range: Range): Range | undefined {
  const old = new LineIndex(before);
  const start = old.offsetAt(range.start);
  const end = old.offsetAt(range.end);
  const needle = before.slice(start, end);
  if (!needle) return undefined;
  let ordinal = 0;
  for (let at = before.indexOf(needle); at >= 0 && at < start; at = before.indexOf(needle, at + 1)) ordinal++;
  let at = after.indexOf(needle);
  for (let i = 0; i < ordinal && at >= 0; i++) at = after.indexOf(needle, at + 1);
  if (at < 0) return undefined;
  const lines = new LineIndex(after);
  return lines.rangeOf({ start: at, end: at + needle.length });
}
