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

/**
 * Adds findings made after the file was formatted (the blog rules, which wait for every post) to
 * its output, in position order, with the tally updated. Used for the few files that have any.
 */
export function addFindings(file: FormattedFile, path: string, added: readonly FileReport['findings'][number][], format: Format, quiet: boolean): FormattedFile {
  const shown = quiet && format === 'text' ? added.filter((f) => f.severity === 'error') : added;
  if (shown.length === 0) return file;
  const tally = { ...file.tally, problems: file.tally.problems + shown.length };
  tally.errors += shown.filter((f) => f.severity === 'error').length;
  tally.warnings += shown.filter((f) => f.severity === 'warning').length;
  if (format === 'json') {
    const element = JSON.parse(file.chunk) as { findings: FileReport['findings'] };
    element.findings = byPosition([...element.findings, ...shown]);
    return { ...file, chunk: JSON.stringify(element), tally };
  }
  const lines = file.chunk.split('\n').filter(Boolean);
  const position = new RegExp(`^${escapeRegExp(path)}:(\\d+):(\\d+) `);
  const keyed = lines.map((line) => {
    const m = position.exec(line);
    return { line, at: m ? [Number(m[1]) - 1, Number(m[2]) - 1] : [Infinity, Infinity] };
  });
  for (const f of shown) keyed.push({ line: textLine(path, f), at: [f.range.start.line, f.range.start.character] });
  keyed.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
  return { ...file, chunk: keyed.map((k) => `${k.line}\n`).join(''), tally };
}

const byPosition = <T extends { range: { start: { line: number; character: number } } }>(findings: T[]) =>
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
