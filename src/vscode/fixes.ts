import * as vscode from 'vscode';
import type { LintOptions, SpanEdit } from '../core';
import { engine } from './engine';

/** Every fixable finding, the AI-draft artifacts, or what the blog's own schema found. */
export type FixScope = 'all' | 'artifacts' | 'schema';

/**
 * Every fix of the scope, applied by the engine (re-linting between passes), as one minimal
 * replacement: a single edit, so a single undo restores the text. Null when nothing changes.
 */
export function fixAllChange(document: vscode.TextDocument, options: LintOptions, scope: FixScope): SpanEdit | null {
  const { ARTIFACT_RULES, SCHEMA_RULES, fixAll, minimalEdit } = engine();
  const before = document.getText();
  const only = scope === 'artifacts' ? ARTIFACT_RULES : scope === 'schema' ? SCHEMA_RULES : undefined;
  return minimalEdit(before, fixAll(before, options, only).text);
}

/** An engine edit (document offsets) as a workspace edit. */
export function changeEdit(document: vscode.TextDocument, change: SpanEdit): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(change.span.start), document.positionAt(change.span.end)), change.newText);
  return edit;
}

/**
 * Applies an engine edit as one undoable step. VS Code sends the document version with it and
 * refuses it if the writer typed in between, so a stale edit never lands at the wrong place.
 */
export async function applyChange(document: vscode.TextDocument, change: SpanEdit): Promise<boolean> {
  const applied = await vscode.workspace.applyEdit(changeEdit(document, change));
  if (!applied) void vscode.window.showWarningMessage(vscode.l10n.t('The post changed while Frontlint was fixing it; nothing was changed. Try again.'));
  return applied;
}
