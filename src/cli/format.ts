import type { FileReport } from './lintFile';

export type Format = 'text' | 'json';

/** What the summary needs of one file, so that reports themselves need not be kept. */
export interface FileTally {
  problems: number;
  errors: number;
  warnings: number;
  fixable: number;
  written: boolean;
  unreadable: boolean;
}

/** One file's part of the output, made where the file was linted (a worker) and printed in order. */
export interface FormattedFile {
  /** Unified diff (--dry-run), printed before the findings. */
  diff: string;
  /** Text lines, or one JSON array element. */
  chunk: string;
  tally: FileTally;
}

export function formatFile(report: FileReport, format: Format, quiet: boolean): FormattedFile {
  // --quiet keeps only errors in text output; JSON is for programs and stays complete.
  const findings = quiet && format === 'text' ? report.findings.filter((f) => f.severity === 'error') : report.findings;
  const tally: FileTally = {
    problems: findings.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    fixable: findings.filter((f) => f.fixable).length,
    written: report.written === true,
    unreadable: report.unreadable,
  };
  return { diff: report.diff ?? '', chunk: format === 'json' ? jsonElement(report) : textLines(report, findings), tally };
}

/** `path:line:col severity rule message`, 1-based for people. */
function textLines(report: FileReport, findings: FileReport['findings']): string {
  let out = '';
  for (const f of findings) out += `${report.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.rule} ${f.message}\n`;
  if (report.changedDuringRun) out += `${report.file}: changed on disk during the run; not fixed\n`;
  return out;
}

/** One element of the JSON array, one line per file, with 0-based UTF-16 positions as in the editor. */
function jsonElement(r: FileReport): string {
  const element = {
    file: r.file,
    readingTime: r.readingTime,
    ...(r.written !== undefined ? { written: r.written } : {}),
    ...(r.tooLarge ? { tooLarge: true } : {}),
    findings: r.findings,
  };
  return JSON.stringify(element);
}

const plural = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;

/** The text summary line. */
export function summaryLine(tallies: readonly FileTally[]): string {
  const sum = (key: 'problems' | 'errors' | 'warnings' | 'fixable') => tallies.reduce((n, t) => n + t[key], 0);
  const written = tallies.filter((t) => t.written).length;
  const fixable = sum('fixable');
  return (
    `${plural(sum('problems'), 'problem')} (${plural(sum('errors'), 'error')}, ${plural(sum('warnings'), 'warning')}) in ${plural(tallies.length, 'file')}` +
    (fixable ? `; ${fixable} fixable with --fix` : '') +
    (written ? `; ${plural(written, 'file')} fixed` : '') +
    '\n'
  );
}
