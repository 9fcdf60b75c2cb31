import { decodeUtf8 } from '../fs/utf8';
import { githubCommand, githubCommands } from './github';
import type { FileFinding, FileReport } from './lintFile';
import { sarifFooter, sarifHeader, sarifNotification, sarifResult } from './sarif';

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
  /** Instead of `chunk` when findings are still to come (the blog rules'): the chunk in pieces. */
  parts?: ChunkParts;
  /** Instead of `chunk`: the chunk in UTF-8 (a file that waited for the blog rules). */
  bytes?: Uint8Array;
}

/**
 * A chunk with one piece per finding, pieces `separator`-joined between a head and a tail, in
 * UTF-8, with where each piece starts and ends (in UTF-16 units of the chunk's text) and its
 * finding's position (`at`, in order), so that findings made later are formatted alone and put in
 * their place. Nothing formatted is ever parsed again. Bytes, not a string: thousands of files
 * wait in this form for the blog rules, outside the JavaScript heap (no garbage collection walks
 * or moves them), and go to stdout as they are; the few that get blog findings are decoded to
 * take them.
 */
export interface ChunkParts {
  bytes: Uint8Array;
  starts: number[];
  ends: number[];
  at: number[];
  /** Where the head ends (the pieces' place when there are none). */
  headEnd: number;
  separator: string;
}

/** Formats one file; `base` is the folder that SARIF and GitHub paths are relative to. `split`: leave it in parts (see `addFindings`). */
export function formatFile(report: FileReport, format: Format, quiet: boolean, base: string, split = false): FormattedFile {
  const findings = shownFindings(report.findings, format, quiet);
  const tally: FileTally = {
    problems: findings.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    fixable: findings.filter((f) => f.fixable).length,
    written: report.written === true,
    unreadable: report.unreadable,
  };
  const diff = report.diff ?? '';
  if (format === 'sarif' && report.unreadable) return { diff, chunk: '', notification: sarifNotification(report, base), tally };
  const { head, pieces, at, separator, tail } = chunkPieces(report, findings, format, base);
  return split ? { diff, chunk: '', parts: inBytes(head, pieces, at, separator, tail), tally } : { diff, chunk: head + pieces.join(separator) + tail, tally };
}

/**
 * A file formatted in parts with findings added among its own, in position order; the result is
 * what `formatFile` gives for the report with all of them.
 */
export function addFindings(file: FormattedFile, path: string, added: readonly FileFinding[], format: Format, quiet: boolean, base: string): FormattedFile {
  const { parts, ...rest } = file;
  if (!parts) return file;
  const shown = shownFindings(added, format, quiet);
  if (shown.length === 0) return { ...rest, bytes: parts.bytes };
  const piece = pieceFormatter(format, path, base);
  const { starts, ends, at, headEnd, separator } = parts;
  const text = decodeUtf8(parts.bytes);
  let out = '';
  let copied = 0;
  let next = 0; // the first own piece after the insertion point
  let inserts = 0;
  for (const f of [...shown].sort(byPosition)) {
    while (next < at.length && at[next] <= positionOf(f)) next++;
    // Before the next own piece, or after the last one, or (with none) after the head.
    const offset = next < at.length ? starts[next] : at.length > 0 ? ends[at.length - 1] : headEnd;
    const inserted = next < at.length ? piece(f) + separator : at.length > 0 || inserts > 0 ? separator + piece(f) : piece(f);
    out += text.slice(copied, offset) + inserted;
    copied = offset;
    inserts++;
  }
  out += text.slice(copied);
  const tally = {
    ...rest.tally,
    problems: rest.tally.problems + shown.length,
    errors: rest.tally.errors + shown.filter((f) => f.severity === 'error').length,
    warnings: rest.tally.warnings + shown.filter((f) => f.severity === 'warning').length,
  };
  return { ...rest, bytes: Buffer.from(out), tally };
}

/** --quiet keeps only errors in output for people; JSON and SARIF are for programs and stay complete. */
function shownFindings<F extends FileFinding>(findings: readonly F[], format: Format, quiet: boolean): readonly F[] {
  return quiet && (format === 'text' || format === 'github') ? findings.filter((f) => f.severity === 'error') : findings;
}

/** A finding's place in the file, as one number (line, then column). */
const positionOf = (f: FileFinding) => f.range.start.line * 2 ** 32 + f.range.start.character;
const byPosition = (a: FileFinding, b: FileFinding) => positionOf(a) - positionOf(b);

/** A file's chunk as head, pieces and tail (`findings`: those shown). */
function chunkPieces(report: FileReport, findings: readonly FileFinding[], format: Format, base: string) {
  const frame = (head: string, separator: string, tail: string) => ({ head, pieces, at, separator, tail });
  if (format === 'github' && report.unreadable) return { head: githubCommands(report, findings, base), pieces: [], at: [], separator: '', tail: '' };
  // JSON shows every finding; the others show `findings`.
  const listed = format === 'json' ? report.findings : findings;
  const pieces = listed.map(pieceFormatter(format, report.file, base));
  const at = listed.map(positionOf);
  if (format === 'json') {
    // The element as JSON.stringify writes it, with its findings written one by one.
    const element = JSON.stringify({ ...jsonFields(report), findings: [] });
    return frame(element.slice(0, -2), ',', ']}');
  }
  if (format === 'sarif') return frame('', ',\n', '');
  return frame('', '', format === 'text' && report.changedDuringRun ? `${report.file}: changed on disk during the run; not fixed\n` : '');
}

/** The chunk in UTF-8 (encoded once, in one native call), with where its pieces are in its text. */
function inBytes(head: string, pieces: readonly string[], at: number[], separator: string, tail: string): ChunkParts {
  const text = head + pieces.join(separator) + tail;
  // A buffer of its own (not a slice of Node's shared pool), so that only it crosses threads.
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = head.length;
  for (const [i, piece] of pieces.entries()) {
    if (i > 0) offset += separator.length;
    starts.push(offset);
    ends.push((offset += piece.length));
  }
  return { bytes, starts, ends, at, headEnd: head.length, separator };
}

/** How one finding of `file` is written in each format. */
function pieceFormatter(format: Format, file: string, base: string): (f: FileFinding) => string {
  switch (format) {
    case 'json':
      return (f) => JSON.stringify(f);
    case 'sarif':
      return sarifResult(file, base);
    case 'github':
      return githubCommand(file, base);
    default:
      return (f) => `${file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.rule} ${f.message}\n`;
  }
}

/**
 * Prints a run's output as files arrive: what comes before the first file, each file's chunk, and
 * what comes after the last (the summary, or the closing brackets).
 */
export function outputWriter(format: Format, base: string, version: string, informationUri: string, print: (text: string | Uint8Array) => void) {
  let files = 0;
  let results = 0;
  const notifications: string[] = [];
  return {
    begin() {
      if (format === 'json') print('[');
      if (format === 'sarif') print(sarifHeader(base, version, informationUri));
    },
    file(file: FormattedFile) {
      const chunk = file.bytes ?? file.chunk;
      if (format === 'json') print(files ? ',\n' : '\n');
      if (format === 'sarif' && chunk.length > 0) print(results++ ? ',\n' : '\n');
      print(chunk);
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

/** The fields of a file's JSON element before its findings (one line per file, 0-based UTF-16 positions as in the editor). */
function jsonFields(r: FileReport) {
  return {
    file: r.file,
    readingTime: r.readingTime,
    ...(r.written !== undefined ? { written: r.written } : {}),
    ...(r.tooLarge ? { tooLarge: true } : {}),
  };
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
