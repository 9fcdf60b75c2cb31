import * as vscode from 'vscode';
import { extendBuiltInPreview } from './builtInPreview';
import { FrontlintCodeActions } from './codeActions';
import { configService } from './configs';
import { registerCommands } from './commands';
import { Linter } from './linter';
import { ReadingTimeStatus } from './statusBar';
import { registerPreview } from './preview';
import { POST_LANGUAGES } from './settings';


export interface FrontlintApi {
  /** Milliseconds spent in `activate` itself (VS Code's own context set-up before it is not ours). */
  activationMs: number;
  /** For VS Code's built-in Markdown preview: shows the front matter card instead of raw YAML. */
  extendMarkdownIt(md: unknown): unknown;
  /** The preview, loaded on demand (tests use it to wait for renders). */
  preview(): import('./preview-host').PreviewManager;
}

export function activate(context: vscode.ExtensionContext): FrontlintApi {
  const started = performance.now();
  const linter = new Linter();
  const preview = registerPreview(context, linter);
  context.subscriptions.push(
    configService(),
    linter,
    new ReadingTimeStatus(linter),
    vscode.languages.registerCodeActionsProvider(POST_LANGUAGES.map((language) => ({ language })), new FrontlintCodeActions(linter), FrontlintCodeActions.metadata),
    ...registerCommands(linter),
  );
  return {
    activationMs: performance.now() - started,
    extendMarkdownIt: extendBuiltInPreview,
    preview: preview.manager,
  };
}

export function deactivate(): void {}
