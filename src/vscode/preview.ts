import * as vscode from 'vscode';
import type { PreviewManager } from './preview-host';
import type { Linter } from './linter';
import { isPost } from './settings';

const VIEW_TYPE = 'frontlint.preview';

/**
 * Preview commands and the panel serializer. The preview itself (with markdown-it) lives in
 * dist/preview-host.js and is required only when a preview is first opened or restored.
 */
export function registerPreview(context: vscode.ExtensionContext, linter: Linter): { manager: () => PreviewManager } {
  let manager: PreviewManager | undefined;
  const load = (): PreviewManager => {
    if (!manager) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const host = require('./preview-host') as typeof import('./preview-host');
      manager = new host.PreviewManager(context.extensionUri, linter);
      context.subscriptions.push(manager);
    }
    return manager;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('frontlint.openPreview', (uri?: vscode.Uri) => {
      const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
      if (!document || !isPost(document)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown post first.'));
        return;
      }
      load().open(document);
    }),
    vscode.commands.registerCommand('frontlint.togglePreviewLock', () => load().toggleLock()),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => load().restore(panel, state as never),
    }),
  );
  return { manager: load };
}
