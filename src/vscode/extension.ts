import * as vscode from 'vscode';
import { extendBuiltInPreview } from './builtInPreview';
import { FrontlintCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { Linter } from './linter';
import { ReadingTimeStatus } from './statusBar';
import { registerPreview } from './preview';

/** Set when the module is evaluated, so activation time includes loading the bundle. */
const loadedAt = performance.now();

export interface FrontlintApi {
  /** Milliseconds from loading the bundle to the end of `activate`. */
  activationMs: number;
  /** For VS Code's built-in Markdown preview: shows the front matter card instead of raw YAML. */
  extendMarkdownIt(md: unknown): unknown;
  /** The preview, loaded on demand (tests use it to wait for renders). */
  preview(): import('./preview-host').PreviewManager;
}

export function activate(context: vscode.ExtensionContext): FrontlintApi {
  const linter = new Linter();
  const preview = registerPreview(context, linter);
  context.subscriptions.push(
    linter,
    new ReadingTimeStatus(linter),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new FrontlintCodeActions(linter), FrontlintCodeActions.metadata),
    ...registerCommands(linter),
  );
  return {
    activationMs: performance.now() - loadedAt,
    extendMarkdownIt: extendBuiltInPreview,
    preview: preview.manager,
  };
}

export function deactivate(): void {}
