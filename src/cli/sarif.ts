import type * as Sarif from 'sarif';
import { BLOG_RULES, RULES, type Range, type Severity } from '../core';
import { ruleDocUrl } from '../core/ruleDocs';
import { baseUri, fileUri, relativeToBase, relativeUri } from './base';
import type { FileFinding, FileReport } from './lintFile';

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers, in the manner of ESLint's SARIF
 * formatter: files under the run's base are relative URIs against `%SRCROOT%`, which
 * `originalUriBaseIds` resolves; files outside it are absolute `file:` URIs. Positions are the
 * engine's UTF-16 ones, so the run says `columnKind: "utf16CodeUnits"`. Results are written file by
 * file as they come (the log is never held whole), between a header and a footer.
 */

/** The first paragraph of each rule's page (docs/rules/<id>.md) by id, as JSON, embedded by scripts/build.mjs. */
declare const FRONTLINT_RULE_SUMMARIES_JSON: string;

export const SRCROOT = '%SRCROOT%';
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
/** The engine's rules, then the blog rules (which never fix; they need the whole blog). */
const ALL_RULES = [...RULES, ...BLOG_RULES.map((rule) => ({ ...rule, tags: ['blog'], fixable: false }))];
const RULE_INDEX = new Map(ALL_RULES.map((rule, index) => [rule.id, index]));

export function ruleDescriptors(): Sarif.ReportingDescriptor[] {
  const summaries = JSON.parse(FRONTLINT_RULE_SUMMARIES_JSON) as Record<string, string>;
  return ALL_RULES.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: summaries[rule.id] ?? rule.description },
    helpUri: ruleDocUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: rule.tags, fixable: rule.fixable },
  }));
}

/** Everything before the first result: the log, and the run up to its open `results` array. */
export function sarifHeader(base: string, version: string, informationUri: string): string {
  const tool: Sarif.Tool = { driver: { name: 'Frontlint', informationUri, version, rules: ruleDescriptors() } };
  const originalUriBaseIds: Sarif.Run['originalUriBaseIds'] = { [SRCROOT]: { uri: baseUri(base) } };
  return (
    `{\n  "version": "2.1.0",\n  "$schema": ${JSON.stringify(SARIF_SCHEMA)},\n  "runs": [{\n` +
    `    "tool": ${JSON.stringify(tool)},\n` +
    `    "originalUriBaseIds": ${JSON.stringify(originalUriBaseIds)},\n` +
    `    "columnKind": "utf16CodeUnits",\n` +
    `    "results": [`
  );
}

/** Files that could not be linted (unreadable, or an internal error) as tool execution notifications. */
export function sarifFooter(notifications: readonly string[]): string {
  return `\n    ],\n    "invocations": [{"executionSuccessful": true, "toolExecutionNotifications": [${notifications.join(',')}]}]\n  }]\n}\n`;
}

function artifactLocation(file: string, base: string): Sarif.ArtifactLocation {
  const path = relativeToBase(file, base);
  return path !== undefined ? { uri: relativeUri(path), uriBaseId: SRCROOT } : { uri: fileUri(file) };
}

/** 1-based, end column exclusive, in UTF-16 code units: the engine's 0-based range moved by one. */
const region = (range: Range): Sarif.Region => ({
  startLine: range.start.line + 1,
  startColumn: range.start.character + 1,
  endLine: range.end.line + 1,
  endColumn: range.end.character + 1,
});

/** One file's results, one JSON object per line, comma-separated (empty when the file is clean). */
export function sarifResults(report: FileReport, base: string): string {
  return report.findings.map(sarifResult(report.file, base)).join(',\n');
}

/** The result of one finding of `file`, as one indented line. */
export function sarifResult(file: string, base: string): (finding: FileFinding) => string {
  const location = artifactLocation(file, base);
  return (finding) => {
    const ruleIndex = RULE_INDEX.get(finding.rule);
    const result: Sarif.Result = {
      ruleId: finding.rule,
      ...(ruleIndex !== undefined ? { ruleIndex } : {}),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [{ physicalLocation: { artifactLocation: location, region: region(finding.range) } }],
    };
    if (finding.related.length > 0) {
      result.relatedLocations = finding.related.map((related, i) => ({
        id: i + 1,
        message: { text: related.message },
        physicalLocation: { artifactLocation: related.path ? artifactLocation(related.path, base) : location, region: region(related.range) },
      }));
    }
    return `      ${JSON.stringify(result)}`;
  };
}

/** An unreadable file as a notification: the tool could not analyse it, which is not a finding. */
export function sarifNotification(report: FileReport, base: string): string {
  const notification: Sarif.Notification = {
    level: 'error',
    message: { text: report.findings.map((f) => f.message).join('; ') },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(report.file, base) } }],
    descriptor: { id: 'io-error' },
  };
  return JSON.stringify(notification);
}
