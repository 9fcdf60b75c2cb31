import * as vscode from 'vscode';
import { randomBytes } from 'crypto';
import { renderPreview } from '../core/render';
import { escapeHtml as escape } from '../core/render/escape';
import { parseFromWebview, type PreviewState, type ToWebview } from '../preview/protocol';
import type { Linter } from './linter';

export const PREVIEW_VIEW_TYPE = 'frontlint.preview';
const THROTTLE_MS = 200;
/** After the editor follows the preview (or the other way round), ignore the echo for this long. */
const ECHO_MS = 300;

/**
 * The side preview: one panel that follows the active Markdown editor unless locked. Loaded on
 * first use (it brings markdown-it), so activation stays cheap.
 */
export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private locked = false;
  private highlights = true;
  private scrollLine = 0;
  private rendered: { uri: string; version: number; settings: string } | undefined;
  /** The lint result last rendered: a new one for the same version (config files read or changed) renders again. */
  private renderedResult: unknown;
  private timer: NodeJS.Timeout | undefined;
  private lastRender = 0;
  private ignoreEditorScrollUntil = 0;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<{ uri: string; version: number }>();
  /** Fires after each render; tests and the benchmark measure keystroke-to-preview with it. */
  readonly onDidRender = this.changed.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly linter: Linter,
  ) {
    this.subscriptions.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && this.linter.isPost(editor.document) && !this.locked && this.panel) this.show(editor.document);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('frontlint') || e.affectsConfiguration('workbench.colorTheme')) this.schedule(true);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.followEditor(e)),
      this.linter.onDidLint((document) => {
        if (document === this.document && this.linter.resultFor(document) !== this.renderedResult) this.schedule(true);
      }),
    );
  }

  get isOpen(): boolean {
    return !!this.panel;
  }

  get currentUri(): string | undefined {
    return this.document?.uri.toString();
  }

  open(document: vscode.TextDocument): void {
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.webviewOptions(document));
      this.attach(panel);
    } else {
      this.panel.reveal(undefined, true);
    }
    this.show(document);
  }

  /** Restores a panel after a window reload (through the webview panel serializer). */
  async restore(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    this.attach(panel);
    this.locked = !!state?.locked;
    this.highlights = state?.highlights ?? true;
    this.scrollLine = state?.line ?? 0;
    try {
      const document = state?.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri)) : vscode.window.activeTextEditor?.document;
      if (document) return this.show(document);
    } catch {
      // The post is gone: say so rather than show an empty panel.
    }
    panel.webview.html = this.shell(`<div class="fl-banner">${escape(vscode.l10n.t('The post for this preview is no longer available.'))}</div>`, '');
  }

  toggleLock(): void {
    this.locked = !this.locked;
    this.updateTitle();
    this.schedule(true);
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'images', 'icon.png');
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.document = undefined;
      this.rendered = undefined;
      clearTimeout(this.timer);
    });
    panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message));
  }

  private show(document: vscode.TextDocument): void {
    if (this.document !== document) this.scrollLine = visibleTopLine(document) ?? 0;
    this.document = document;
    if (this.panel) this.panel.webview.options = this.webviewOptions(document);
    this.updateTitle();
    this.renderNow();
  }

  private updateTitle(): void {
    if (!this.panel || !this.document) return;
    const name = this.document.uri.path.split('/').pop() ?? '';
    this.panel.title = this.locked ? vscode.l10n.t('[Locked] Preview {0}', name) : vscode.l10n.t('Preview {0}', name);
  }

  /** First render at once; later ones at most every THROTTLE_MS; none when nothing changed. */
  private schedule(force = false): void {
    if (!this.panel || !this.document) return;
    if (force) this.rendered = undefined;
    if (this.timer) return;
    const wait = Math.max(0, this.lastRender + THROTTLE_MS - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.renderNow();
    }, wait);
  }

  private renderNow(): void {
    const { panel, document } = this;
    if (!panel || !document || document.isClosed) return;
    const config = vscode.workspace.getConfiguration('frontlint', document.uri);
    const allowHtml = vscode.workspace.isTrusted && config.get<boolean>('preview.allowHtml', false);
    const settings = JSON.stringify([allowHtml, this.locked, vscode.env.language]);
    const key = { uri: document.uri.toString(), version: document.version, settings };
    if (this.rendered && this.rendered.uri === key.uri && this.rendered.version === key.version && this.rendered.settings === settings) return;
    const result = this.linter.resultFor(document);
    this.renderedResult = result;
    let body: string;
    if (!result) {
      body = `<div class="fl-banner">${escape(vscode.l10n.t('Frontlint does not preview this file (it is disabled or larger than frontlint.maxFileSize).'))}</div>`;
    } else {
      const folder = vscode.Uri.joinPath(document.uri, '..');
      const webview = panel.webview;
      body = renderPreview(result, {
        allowHtml,
        locale: vscode.env.language,
        t: vscode.l10n.t,
        resolveImage: (src) => resolveImage(src, folder, webview),
      }).html;
    }
    panel.webview.html = this.shell(body, document.uri.toString());
    this.rendered = key;
    this.lastRender = Date.now();
    this.changed.fire({ uri: key.uri, version: key.version });
  }

  /** The page around the rendered post: a strict CSP with a fresh nonce on every render. */
  private shell(body: string, uri: string): string {
    const webview = this.panel!.webview;
    const nonce = randomBytes(16).toString('base64');
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', name));
    const csp = [
      "default-src 'none'",
      `img-src ${webview.cspSource} https: data:`,
      `style-src ${webview.cspSource}`,
      `font-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    const state: PreviewState = { uri, locked: this.locked, line: this.scrollLine, highlights: this.highlights };
    const toggle = this.highlights ? vscode.l10n.t('Hide highlights') : vscode.l10n.t('Show highlights');
    return `<!DOCTYPE html>
<html lang="${escape(vscode.env.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${asset('preview.css')}">
</head>
<body class="${this.highlights ? '' : 'fl-hide-highlights'}" data-state="${escape(JSON.stringify(state))}" data-label-show="${escape(vscode.l10n.t('Show highlights'))}" data-label-hide="${escape(vscode.l10n.t('Hide highlights'))}">
<div class="fl-toolbar"><button id="fl-toggle" type="button">${escape(toggle)}</button></div>
${body}
<script nonce="${nonce}" src="${asset('preview.js')}"></script>
</body>
</html>`;
  }

  private receive(raw: unknown): void {
    const message = parseFromWebview(raw);
    const document = this.document;
    if (!message || !document) return;
    switch (message.type) {
      case 'scrolled': {
        this.scrollLine = message.line;
        const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
        if (!editor || message.line >= document.lineCount) return;
        this.ignoreEditorScrollUntil = Date.now() + ECHO_MS;
        const line = Math.floor(message.line);
        editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
        return;
      }
      case 'reveal': {
        if (message.endLine >= document.lineCount) return;
        const range = new vscode.Range(message.line, 0, message.endLine, document.lineAt(message.endLine).text.length);
        void vscode.window.showTextDocument(document, { selection: range, viewColumn: vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? vscode.ViewColumn.One });
        return;
      }
      case 'toggleHighlights':
        this.highlights = message.visible;
        return;
      case 'ready':
        return;
    }
  }

  /** Editor → preview scroll sync, through the editor's visible ranges. */
  private followEditor(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (!this.panel || e.textEditor.document !== this.document || Date.now() < this.ignoreEditorScrollUntil) return;
    const line = e.visibleRanges[0]?.start.line ?? 0;
    this.scrollLine = line;
    void this.panel.webview.postMessage({ type: 'scrollTo', line } satisfies ToWebview);
  }

  private webviewOptions(document: vscode.TextDocument): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    const folders = vscode.workspace.workspaceFolders?.map((f) => f.uri) ?? [];
    const roots = folders.length > 0 ? folders : [vscode.Uri.joinPath(document.uri, '..')];
    return { enableScripts: true, enableFindWidget: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), ...roots] };
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}

function visibleTopLine(document: vscode.TextDocument): number | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document === document)?.visibleRanges[0]?.start.line;
}

/** Relative images resolve against the post's folder, as webview URIs; remote and data: images stay. */
function resolveImage(src: string, folder: vscode.Uri, webview: vscode.Webview): string | null {
  if (/^(?:https?:|data:)/i.test(src)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return '';
  const [path] = src.split(/[?#]/);
  try {
    return webview.asWebviewUri(vscode.Uri.joinPath(folder, decodeURIComponent(path))).toString();
  } catch {
    return '';
  }
}
