import * as vscode from 'vscode';
import { engine } from './engine';
import { ruleOf, toRange, toWorkspaceEdit } from './convert';
import { changeEdit, fixAllChange } from './fixes';
import type { Linter } from './linter';
import { settingsFor } from './settings';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('frontlint');

/** Quick fixes for each finding, plus "fix all" and "remove all AI-draft artifacts". */
export class FrontlintCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: Linter) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const result = this.linter.resultFor(document);
    if (!result) return [];
    const options = settingsFor(document).lint;
    // `editor.codeActionsOnSave` asks for `source.fixAll` (or our own sub-kind).
    if (context.only?.contains(FIX_ALL_KIND)) {
      return this.fixAllAction(document, options, FIX_ALL_KIND);
    }
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];

    const actions: vscode.CodeAction[] = [];
    const ours = context.diagnostics.filter((d) => d.source === 'frontlint');
    for (const diagnostic of ours) {
      const finding = result.findings.find((f) => f.rule === ruleOf(diagnostic) && toRange(f.range).isEqual(diagnostic.range));
      if (!finding?.fix) continue;
      const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = toWorkspaceEdit(document.uri, finding.fix.edits);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    if (ours.length > 0 && result.findings.filter((f) => f.fix).length > 1) {
      actions.push(...this.fixAllAction(document, options, vscode.CodeActionKind.QuickFix));
    }
    if (ours.some((d) => engine().ARTIFACT_RULES.has(ruleOf(d) ?? ''))) {
      const change = fixAllChange(document, options, 'artifacts');
      if (change) {
        const action = new vscode.CodeAction(vscode.l10n.t('Remove all AI-draft artifacts'), vscode.CodeActionKind.QuickFix);
        action.edit = changeEdit(document, change);
        actions.push(action);
      }
    }
    return actions;
  }

  private fixAllAction(document: vscode.TextDocument, options: ReturnType<typeof settingsFor>['lint'], kind: vscode.CodeActionKind): vscode.CodeAction[] {
    const change = fixAllChange(document, options, 'all');
    if (!change) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all Frontlint problems'), kind);
    action.edit = changeEdit(document, change);
    return [action];
  }
}
