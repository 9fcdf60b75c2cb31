import * as vscode from 'vscode';
import type { LintOptions } from '../core';
import { engine } from './engine';

export type FixScope = 'all' | 'artifacts';

/**
 * Every fix of the scope, applied by the engine (re-linting between passes), as one minimal
 * replacement: a single edit, so a single undo restores the text. Null when nothing changes.
 */
export function fixAllEdit(document: vscode.TextDocument, options: LintOptions, scope: FixScope): vscode.WorkspaceEdit | null {
  const { ARTIFACT_RULES, fixAll, minimalEdit } = engine();
  const before = document.getText();
  const after = fixAll(before, options, scope === 'artifacts' ? ARTIFACT_RULES : undefined).text;
  const change = minimalEdit(before, after);
  if (!change) return null;
  const edit = new vscode.WorkspaceEdit();
  const range = new vscode.Range(document.positionAt(change.span.start), document.positionAt(change.span.end));
  edit.replace(document.uri, range, change.newText);
  return edit;
}

/**
 * Applies an edit computed for `version`, unless the writer has typed since: then the edit's
 * ranges would be wrong, so nothing is applied (as textlint's editor integration does).
 */
export async function applyIfCurrent(document: vscode.TextDocument, version: number, edit: vscode.WorkspaceEdit): Promise<boolean> {
  if (document.version !== version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The post changed while Frontlint was fixing it; nothing was changed. Try again.'));
    return false;
  }
  return vscode.workspace.applyEdit(edit);
}
