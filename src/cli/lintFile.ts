import { fixAll, lint, type Finding, type LintOptions, type LintResult, type ReadingTime } from '../core';
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

/** Lints one file from disk, optionally fixing it in place. Never throws for bad content. `onLinted` sees the final lint (after any fix). */
export async function lintFile(file: string, options: LintOptions, fix: boolean, dryRun = false, onLinted?: (result: LintResult) => void): Promise<FileReport> {
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
  onLinted?.(result);
  report.readingTime = result.readingTime;
  // Built in the shape the JSON output prints, so formatting needs no second copy.
  report.findings = result.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, range: f.range, related: f.related, fixable: !!f.fix }));
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
