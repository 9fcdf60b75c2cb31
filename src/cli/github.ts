import type { Severity } from '../core';
import { relativeToBase } from './base';
import type { FileFinding, FileReport } from './lintFile';

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`): each finding becomes an
 * annotation on the pull request. Escaping follows @actions/core: `%`, CR and LF everywhere, and
 * `:` and `,` as well in properties, where they would end the value.
 */

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

export const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

export const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One workflow command: `::name key=value,…::message`. */
export function workflowCommand(name: string, properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name} ${props}::${escapeData(message)}\n`;
}

/** One file's annotations; positions 1-based, columns in UTF-16 code units as the engine's. */
export function githubCommands(report: FileReport, findings: readonly FileFinding[], base: string): string {
  const file = relativeToBase(report.file, base) ?? report.file;
  if (report.unreadable) return findings.map((f) => workflowCommand('error', { file, title: f.rule }, f.message)).join('');
  return findings.map(githubCommand(report.file, base)).join('');
}

/** The annotation of one finding of `path`. */
export function githubCommand(path: string, base: string): (finding: FileFinding) => string {
  const file = relativeToBase(path, base) ?? path;
  return ({ rule, severity, message, range }) =>
    workflowCommand(
      COMMAND[severity],
      { file, line: range.start.line + 1, col: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1, title: rule },
      message,
    );
}
