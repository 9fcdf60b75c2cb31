import * as vscode from 'vscode';
import type { Finding, Range, Severity, TextEdit } from '../core';
import { ruleDocUrl } from '../core/ruleDocs';

/** Core results into `vscode` API objects. Positions are already 0-based UTF-16, so they map one to one. */
export const toRange = (r: Range) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Each rule's `code`, made once: a workspace scan converts a hundred thousand findings. */
const codes = new Map<string, { value: string; target: vscode.Uri }>();
const codeOf = (rule: string) => codes.get(rule) ?? codes.set(rule, { value: rule, target: vscode.Uri.parse(ruleDocUrl(rule)) }).get(rule)!;

export function toDiagnostic(finding: Finding, uri: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = 'frontlint';
  diagnostic.code = codeOf(finding.rule);
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(r.path ? uri.with({ path: r.path }) : uri, toRange(r.range)), r.message));
  }
  if (finding.rule === 'duplicate-passage') diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
  return diagnostic;
}

export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toRange(e.range), e.newText);
  return edit;
}

/** A rule id from a diagnostic's `code`. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}
