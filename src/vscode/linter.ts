import * as vscode from 'vscode';
import type { LintResult } from '../core';
import { engine } from './engine';
import { toDiagnostic } from './convert';
import { configService } from './configs';
import { schemaService } from './schemas';
import { isPost, mayBePost, settingsFor } from './settings';

export interface DocumentLint {
  version: number;
  result: LintResult;
}

/**
 * Lints Markdown documents when they open and, debounced, after edits; publishes diagnostics and
 * keeps the latest result per document for code actions, the status bar and commands.
 */
export class Linter implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('frontlint');
  private readonly results = new Map<string, DocumentLint>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly tooLargeNotified = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after a document's results are updated (or cleared). */
  readonly onDidLint = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.subscriptions.push(
      this.diagnostics,
      this.changed,
      vscode.workspace.onDidOpenTextDocument((d) => this.lintNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      // Settings or config files changed (the config service has dropped what it resolved).
      configService().onDidChange(() => {
        this.results.clear();
        vscode.workspace.textDocuments.forEach((d) => this.lintNow(d));
      }),
      // A schema file changed (the schema service has dropped what it found).
      schemaService().onDidChange(() => {
        this.results.clear();
        vscode.workspace.textDocuments.forEach((d) => this.lintNow(d));
      }),
    );
    // Posts already open are linted just after activation, which therefore stays cheap.
    setImmediate(() => vscode.workspace.textDocuments.forEach((d) => this.lintNow(d)));
  }

  /**
   * Whether the document is a post (for the preview, which is bundled apart and must ask the
   * extension's own config service rather than a copy of it).
   */
  isPost(document: vscode.TextDocument): boolean {
    return isPost(document);
  }

  /**
   * The result for the document's current version, linting now (without publishing) if it is
   * missing or stale: code actions ask between keystrokes, and must not defeat the debounce.
   */
  resultFor(document: vscode.TextDocument): LintResult | undefined {
    const key = document.uri.toString();
    const cached = this.results.get(key);
    if (cached && cached.version === document.version) return cached.result;
    // Like its config, the post's schema is known before its first lint: no result without it.
    if (!configService().cached(document) || !isPost(document) || !schemaService().known(document)) return undefined;
    const settings = settingsFor(document);
    if (!settings.enable || settings.ignored) return undefined;
    const text = document.getText(); // built anew on each call: once per lint
    if (exceeds(text, settings.maxFileSize)) return undefined;
    const result = engine().lint(text, settings.lint);
    this.results.set(key, { version: document.version, result });
    return result;
  }

  /**
   * Lints (or reuses the result for this version) and publishes diagnostics. The first time, the
   * post's config files are read first, and it is linted when they have been.
   */
  lintNow(document: vscode.TextDocument): LintResult | undefined {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (!mayBePost(document)) return undefined;
    if (!configService().isFresh(document)) {
      void configService()
        .resolve(document.uri)
        .then(() => {
          if (document.isClosed || !configService().isFresh(document)) return;
          // A result computed meanwhile (for code actions) used the previous settings.
          this.results.delete(key);
          this.lintNow(document);
        });
      return undefined;
    }
    if (!isPost(document)) {
      if (this.diagnostics.has(document.uri)) this.clear(document);
      return undefined;
    }
    // The blog's own schema is found before the first lint, so its findings do not flicker in.
    if (!schemaService().known(document)) {
      void schemaService()
        .resolve(document)
        .then(() => {
          if (!document.isClosed && schemaService().known(document)) this.lintNow(document);
        })
        .catch((error: unknown) => console.error('frontlint: lint after finding the schema failed', error));
      return undefined;
    }
    const result = this.resultFor(document);
    if (!result) {
      // Disabled, ignored, or too large: nothing stays published, and a large file is said once.
      this.clear(document);
      const settings = settingsFor(document);
      if (settings.enable && !settings.ignored) this.notifyTooLarge(document, settings.maxFileSize);
      return undefined;
    }
    this.diagnostics.set(document.uri, result.findings.map((f) => toDiagnostic(f, document.uri)));
    this.changed.fire(document);
    return result;
  }

  /** Debounced lint after an edit. The timer lints whatever version is current then, so stale versions are never published. */
  private schedule(document: vscode.TextDocument): void {
    if (!mayBePost(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const delay = settingsFor(document).lintDelay;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) this.lintNow(document);
      }, delay),
    );
  }

  private notifyTooLarge(document: vscode.TextDocument, limit: number): void {
    const key = document.uri.toString();
    if (this.tooLargeNotified.has(key)) return;
    this.tooLargeNotified.add(key);
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    const size = Buffer.byteLength(document.getText(), 'utf8');
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Frontlint skipped {0}: it is {1} MB, above the frontlint.maxFileSize limit of {2} MB.', vscode.workspace.asRelativePath(document.uri), mb(size), mb(limit)),
    );
  }

  private clear(document: vscode.TextDocument): void {
    this.results.delete(document.uri.toString());
    this.diagnostics.delete(document.uri);
    this.changed.fire(document);
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.tooLargeNotified.delete(key);
    this.clear(document);
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** Whether the UTF-8 size of `text` exceeds `limit` bytes, without encoding it when the answer is obvious. */
function exceeds(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return Buffer.byteLength(text, 'utf8') > limit;
}
