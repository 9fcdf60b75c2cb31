import { fixAll, lint, type Finding, type LintOptions, type LintResult, type ReadingTime } from '../core';
import { checkForPost } from '../schema/load';
import type { SchemaSet } from '../schema/types';
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
  /** Set when the file was larger than `maxBytes` and so not linted. */
  tooLarge?: boolean;
}

export interface LintFileExtras {
  /** Files larger than this many bytes are reported as too large, not linted. */
  maxBytes?: number;
  /** Adds the ms spent reading and linting (for FRONTLINT_TIMINGS). */
  timing?: { read: number; lint: number };
  /** The blog's front matter schemas that apply to the file (Front Matter CMS, Astro, config `schemas`). */
  schemaSet?: SchemaSet;
  /** Sees the final lint result (after any fix), e.g. to read the post into the blog index from the same parse. */
  onLinted?: (result: LintResult) => void;
}

/** Lints one file from disk, optionally fixing it in place. Never throws for bad content. `extras.onLinted` sees the final lint (after any fix). */
export async function lintFile(file: string, options: LintOptions, fix: boolean, dryRun = false, extras: LintFileExtras = {}): Promise<FileReport> {
  const { timing } = extras;
  const readStart = timing ? performance.now() : 0;
  const read = readPost(file);
  const lintStart = timing ? performance.now() : 0;
  if (timing) timing.read += lintStart - readStart;
  if (!read.ok) return unreadable(file, read.message);
  let text = read.text;
  // The blog's own schema, chosen by the post's type field when the set has one (Front Matter CMS).
  if (extras.schemaSet) options = { ...options, schema: checkForPost(extras.schemaSet, text).check };
  const report: FileReport = { file, readingTime: null, findings: [], unreadable: false, bytes: read.original.length };
  if (extras.maxBytes !== undefined && read.original.length > extras.maxBytes) return { ...report, tooLarge: true };
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
  extras.onLinted?.(result);
  report.readingTime = result.readingTime;
  // Built in the shape the JSON output prints, so formatting needs no second copy.
  report.findings = result.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, range: f.range, related: f.related, fixable: !!f.fix }));
  if (timing) timing.lint += performance.now() - lintStart;
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
