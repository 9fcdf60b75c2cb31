import * as vscode from 'vscode';
import { FrontlintCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { Linter } from './linter';
import { ReadingTimeStatus } from './statusBar';

export function activate(context: vscode.ExtensionContext): void {
  const linter = new Linter();
  context.subscriptions.push(
    linter,
    new ReadingTimeStatus(linter),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new FrontlintCodeActions(linter), FrontlintCodeActions.metadata),
    ...registerCommands(linter),
  );
}

export function deactivate(): void {}
