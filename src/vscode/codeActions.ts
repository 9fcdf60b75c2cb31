import * as vscode from 'vscode';
import { engine } from './engine';
import { ruleOf, toRange, toWorkspaceEdit } from './convert';
import { changeEdit, fixAllChange, type FixScope } from './fixes';
import type { Linter } from './linter';
import { settingsFor } from './settings';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('frontlint');

/** A fix-all quick fix whose edit is computed only when the writer picks it (see resolveCodeAction). */
class FixAllAction extends vscode.CodeAction {
  constructor(
    title: string,
    readonly document: vscode.TextDocument,
    readonly scope: FixScope,
  ) {
    super(title, vscode.CodeActionKind.QuickFix);
  }
}

/** Quick fixes for each finding, plus "fix all" and "remove all AI-draft artifacts". */
export class FrontlintCodeActions implements vscode.CodeActionProvider<vscode.CodeAction> {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: Linter) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const result = this.linter.resultFor(document);
    if (!result) return [];
    // `editor.codeActionsOnSave` asks for `source.fixAll` (or our own sub-kind): the edit is wanted at once.
    if (context.only?.contains(FIX_ALL_KIND)) {
      const change = fixAllChange(document, settingsFor(document).lint, 'all');
      if (!change) return [];
      const action = new vscode.CodeAction(vscode.l10n.t('Fix all Frontlint problems'), FIX_ALL_KIND);
      action.edit = changeEdit(document, change);
      return [action];
    }
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const settings = settingsFor(document);

    const actions: vscode.CodeAction[] = [];
    const ours = context.diagnostics.filter((d) => d.source === 'frontlint');
    let schemaFixOffered = false;
    for (const diagnostic of ours) {
      const finding = result.findings.find((f) => f.rule === ruleOf(diagnostic) && toRange(f.range).isEqual(diagnostic.range));
      if (!finding) continue;
      if (finding.fix && engine().SCHEMA_RULES.has(finding.rule)) schemaFixOffered = true;
      // The fix is preferred (Ctrl+. applies it); suggestions are choices the writer makes.
      const choices = [...(finding.fix ? [{ fix: finding.fix, preferred: true }] : []), ...(finding.suggestions ?? []).map((fix) => ({ fix, preferred: false }))];
      for (const { fix, preferred } of choices) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document.uri, fix.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = preferred;
        actions.push(action);
      }
    }
    // The menu is asked for on every cursor move: fix-all runs only when picked.
    const { ARTIFACT_RULES, SCHEMA_RULES } = engine();
    // Next to a schema quick fix, as ESLint's "fix all problems of this rule": the unambiguous
    // fixes of the blog's schema in one edit, so one undo takes them all back.
    if (schemaFixOffered && settings.lint.schema && result.findings.filter((f) => f.fix && SCHEMA_RULES.has(f.rule)).length > 1) {
      actions.push(new FixAllAction(vscode.l10n.t('Fix all schema problems in this post'), document, 'schema'));
    }
    if (ours.length > 0 && result.findings.filter((f) => f.fix).length > 1) {
      actions.push(new FixAllAction(vscode.l10n.t('Fix all Frontlint problems'), document, 'all'));
    }
    if (ours.some((d) => ARTIFACT_RULES.has(ruleOf(d) ?? '')) && result.findings.some((f) => f.fix && ARTIFACT_RULES.has(f.rule))) {
      actions.push(new FixAllAction(vscode.l10n.t('Remove all AI-draft artifacts'), document, 'artifacts'));
    }
    // Silencing a finding comes last (after fix-all, as in ESLint), once per rule and line, never
    // preferred, and never part of fix-all.
    const offered = new Set<string>();
    for (const diagnostic of ours) {
      const rule = ruleOf(diagnostic);
      const key = `${rule}:${diagnostic.range.start.line}`;
      if (!rule || offered.has(key)) continue;
      offered.add(key);
      const fix = engine().disableCommentFix(document.getText(), diagnostic.range.start.line, rule, settings.lint.mdx, vscode.l10n.t, settings.lint.generator);
      if (!fix) continue;
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = toWorkspaceEdit(document.uri, fix.edits);
      action.diagnostics = [diagnostic];
      action.isPreferred = false;
      actions.push(action);
    }
    return actions;
  }

  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    if (action instanceof FixAllAction && !action.edit) {
      const change = fixAllChange(action.document, settingsFor(action.document).lint, action.scope);
      if (change) action.edit = changeEdit(action.document, change);
    }
    return action;
  }
}
