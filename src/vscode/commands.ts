import * as vscode from 'vscode';
import type { ReadingTime } from '../core';
import { engine } from './engine';
import { applyChange, fixAllChange, type FixScope } from './fixes';
import type { Linter } from './linter';
import { readingTimeDetails } from './readingTimeText';
import { scanWorkspace, type ScanOptions } from './scan';
import { isPost, settingsFor } from './settings';

/** The active Markdown editor, or a message saying why the command does nothing. */
function activePost(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && isPost(editor.document)) return editor;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown post first.'));
  return undefined;
}

export function registerCommands(linter: Linter): vscode.Disposable[] {
  const fix = (scope: FixScope) => async () => {
    const editor = activePost();
    if (!editor) return false;
    const { document } = editor;
    const change = fixAllChange(document, settingsFor(document).lint, scope);
    if (!change) {
      void vscode.window.showInformationMessage(scope === 'artifacts' ? vscode.l10n.t('No AI-draft artifacts to remove.') : vscode.l10n.t('Nothing to fix.'));
      return false;
    }
    return applyChange(document, change);
  };

  const writeReadingTime = async (document: vscode.TextDocument): Promise<boolean> => {
    const result = linter.resultFor(document);
    if (!result) return false;
    const change = engine().setFieldEdit(document.getText(), 'reading_time', String(result.readingTime.minutes), settingsFor(document).lint);
    if (!change) {
      void vscode.window.showWarningMessage(vscode.l10n.t('This post has no valid front matter to write reading_time into.'));
      return false;
    }
    return applyChange(document, change);
  };

  return [
    vscode.commands.registerCommand('frontlint.fixAll', fix('all')),
    vscode.commands.registerCommand('frontlint.removeArtifacts', fix('artifacts')),

    vscode.commands.registerCommand('frontlint.insertFrontMatter', async () => {
      const editor = activePost();
      if (!editor) return false;
      const { document } = editor;
      const text = document.getText();
      const settings = settingsFor(document);
      const { frontMatterSnippet, lint, missingFieldsEdit } = engine();
      const result = linter.resultFor(document) ?? lint(text, settings.lint);
      const fileName = document.uri.path.split('/').pop() ?? '';
      if (!result.post.frontMatter) {
        const snippet = new vscode.SnippetString(frontMatterSnippet(text, fileName, new Date()));
        return editor.insertSnippet(snippet, new vscode.Position(0, 0));
      }
      const required = settings.lint.profile?.requiredFields ?? ['title'];
      const change = missingFieldsEdit(text, fileName, required, new Date(), settings.lint);
      if (!change) {
        void vscode.window.showInformationMessage(vscode.l10n.t('The front matter already has every required field.'));
        return false;
      }
      return applyChange(document, change);
    }),

    vscode.commands.registerCommand('frontlint.updateReadingTime', async () => {
      const editor = activePost();
      return editor ? writeReadingTime(editor.document) : false;
    }),

    // The status bar item: offer, rather than write straight away.
    vscode.commands.registerCommand('frontlint.offerReadingTime', async () => {
      const editor = activePost();
      const result = editor && linter.resultFor(editor.document);
      if (!editor || !result) return;
      const minutes = result.readingTime.minutes;
      const declared = result.declaredReadingTime;
      const write = vscode.l10n.t('Set reading_time to {0}', minutes);
      if (declared === minutes) {
        void vscode.window.showInformationMessage(vscode.l10n.t('reading_time is up to date ({0} min).', minutes));
        return;
      }
      // The breakdown is in the status bar tooltip; the message asks one question.
      const choice = await vscode.window.showInformationMessage(`${readingTimeDetails(result)[0]} — ${write}?`, write);
      if (choice === write) await writeReadingTime(editor.document);
    }),

    /** Shows and returns the breakdown (tests and other extensions use the return value). */
    vscode.commands.registerCommand('frontlint.showReadingTime', (): (ReadingTime & { declared?: number }) | undefined => {
      const editor = activePost();
      const result = editor && linter.resultFor(editor.document);
      if (!result) return undefined;
      void vscode.window.showInformationMessage(readingTimeDetails(result).join(' · '));
      return { ...result.readingTime, declared: result.declaredReadingTime };
    }),

    vscode.commands.registerCommand('frontlint.scanWorkspace', (options?: ScanOptions) => scanWorkspace(linter, options)),
  ];
}
