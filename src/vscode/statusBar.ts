import * as vscode from 'vscode';
import type { Linter } from './linter';
import { readingTimeDetails } from './readingTimeText';
import { isPost, settingsFor } from './settings';

/** `$(book) 34 min` for the active post; hidden for anything that is not Markdown. */
export class ReadingTimeStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('frontlint.readingTime', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly linter: Linter) {
    this.item.name = vscode.l10n.t('Frontlint Reading Time');
    // Clicking offers to write the computed time into reading_time (with the breakdown), rather than writing at once.
    this.item.command = 'frontlint.offerReadingTime';
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      linter.onDidLint((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
    ];
    // The first update comes with the linter's first results, just after activation.
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isPost(document) || !settingsFor(document).statusBar) {
      this.item.hide();
      return;
    }
    const result = this.linter.resultFor(document);
    if (!result) {
      this.item.hide();
      return;
    }
    const minutes = result.readingTime.minutes;
    const declared = result.declaredReadingTime;
    this.item.text = `$(book) ${vscode.l10n.t('{0} min', minutes)}`;
    const tooltip = new vscode.MarkdownString(readingTimeDetails(result).map((line) => `- ${line}`).join('\n'));
    tooltip.appendMarkdown(`\n\n${declared === minutes ? '' : vscode.l10n.t('Click to write {0} into reading_time.', minutes)}`);
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}
