import { githubCommands } from './github';
import type { FileReport } from './lintFile';
import { sarifFooter, sarifHeader, sarifNotification, sarifResults } from './sarif';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

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
  /** Text lines, one JSON array element, SARIF results or workflow commands. */
  chunk: string;
  /** SARIF: a file that could not be linted, as a tool execution notification. */
  notification?: string;
  tally: FileTally;
}

/** Formats one file; `base` is the folder that SARIF and GitHub paths are relative to. */
export function formatFile(report: FileReport, format: Format, quiet: boolean, base: string): FormattedFile {
  // --quiet keeps only errors in output for people; JSON and SARIF are for programs and stay complete.
  const forPeople = format === 'text' || format === 'github';
  const findings = quiet && forPeople ? report.findings.filter((f) => f.severity === 'error') : report.findings;
  const tally: FileTally = {
    problems: findings.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    fixable: findings.filter((f) => f.fixable).length,
    written: report.written === true,
    unreadable: report.unreadable,
  };
  const diff = report.diff ?? '';
  switch (format) {
    case 'json':
      return { diff, chunk: jsonElement(report), tally };
    case 'sarif':
      return report.unreadable ? { diff, chunk: '', notification: sarifNotification(report, base), tally } : { diff, chunk: sarifResults(report, base), tally };
    case 'github':
      return { diff, chunk: githubCommands(report, findings, base), tally };
    default:
      return { diff, chunk: textLines(report, findings), tally };
  }
}

/**
 * Prints a run's output as files arrive: what comes before the first file, each file's chunk, and
 * what comes after the last (the summary, or the closing brackets).
 */
export function outputWriter(format: Format, base: string, version: string, informationUri: string, print: (text: string) => void) {
  let files = 0;
  let results = 0;
  const notifications: string[] = [];
  return {
    begin() {
      if (format === 'json') print('[');
      if (format === 'sarif') print(sarifHeader(base, version, informationUri));
    },
    file(file: FormattedFile) {
      if (format === 'json') print(`${files ? ',' : ''}\n${file.chunk}`);
      else if (format === 'sarif' && file.chunk) print(`${results++ ? ',' : ''}\n${file.chunk}`);
      else if (format !== 'sarif') print(file.chunk);
      if (file.notification) notifications.push(file.notification);
      files++;
    },
    end(tallies: readonly FileTally[]) {
      if (format === 'json') print(`${files ? '\n' : ''}]\n`);
      else if (format === 'sarif') print(sarifFooter(notifications));
      else print(summaryLine(tallies));
    },
  };
}

const textLine = (file: string, f: FileReport['findings'][number]) => `${file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.rule} ${f.message}`;

/** `path:line:col severity rule message`, 1-based for people. */
function textLines(report: FileReport, findings: FileReport['findings']): string {
  let out = '';
  for (const f of findings) out += `${textLine(report.file, f)}\n`;
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
