import { fixAll, lint, type Finding, type LintOptions, type ReadingTime } from '../core';
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
}

/** Lints one file from disk, optionally fixing it in place. Never throws for bad content. */
export async function lintFile(file: string, options: LintOptions, fix: boolean): Promise<FileReport> {
  const read = await readPost(file);
  if (!read.ok) {
    const zero = { line: 0, character: 0 };
    return {
      file,
      readingTime: null,
      unreadable: true,
      findings: [{ rule: 'io-error', severity: 'error', message: read.message, range: { start: zero, end: zero }, related: [], fixable: false }],
    };
  }
  let text = read.text;
  const report: FileReport = { file, readingTime: null, findings: [], unreadable: false };
  if (fix) {
    const fixed = fixAll(text, options);
    if (fixed.text !== text) {
      const written = await writePostAtomically(file, fixed.text, read.bom, read.original);
      report.written = written;
      report.changedDuringRun = !written;
      if (written) text = fixed.text;
    }
  }
  const result = lint(text, options);
  report.readingTime = result.readingTime;
  report.findings = result.findings.map(({ fix: available, ...finding }) => ({ ...finding, fixable: !!available }));
  return report;
}
