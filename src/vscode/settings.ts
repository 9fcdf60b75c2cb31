import * as vscode from 'vscode';
import type { LintOptions } from '../core';
import type { ResolvedConfig } from '../config';
import { configService, editorLayer } from './configs';
import { engine } from './engine';
import { schemaService } from './schemas';

export const SECTION = 'frontlint';

export interface FrontlintSettings {
  enable: boolean;
  lintDelay: number;
  maxFileSize: number;
  statusBar: boolean;
  lint: LintOptions;
  /** Whether a config file's `ignores` skips this post. */
  ignored: boolean;
}

/** Language ids whose documents are posts. */
export const POST_LANGUAGES = ['markdown', 'mdx'];

/**
 * The settings that apply to one document: the editor-only ones from VS Code, and the lint options
 * from its config files over VS Code's settings (resource-scoped, so they may differ per folder).
 * Before the document's config files are read, VS Code's settings alone.
 */
export function settingsFor(document: vscode.TextDocument | undefined): FrontlintSettings {
  const config = vscode.workspace.getConfiguration(SECTION, document?.uri);
  const resolved = document ? configService().cached(document) : undefined;
  return {
    enable: config.get('enable', true),
    lintDelay: Math.max(0, config.get('lintDelay', 300)),
    maxFileSize: Math.max(0, config.get('maxFileSize', 5 * 1024 * 1024)),
    statusBar: config.get('statusBar.enable', true),
    lint: lintOptions(resolved, document),
    ignored: resolved?.ignored === true,
  };
}

function lintOptions(resolved: ResolvedConfig | undefined, document: vscode.TextDocument | undefined): LintOptions {
  const mdx = document?.languageId === 'mdx' || /\.mdx$/i.test(document?.uri.path ?? '');
  if (resolved) return { ...engine().lintOptionsFor(resolved, document?.uri.path ?? ''), mdx, t: vscode.l10n.t, schema: document && schemaService().checkFor(document) };
  const layer = editorLayer(document?.uri);
  return {
    rules: layer.rules,
    t: vscode.l10n.t,
    mdx,
    profile: { requiredFields: layer.requiredFields, minDuplicateLength: layer.minDuplicateLength, readingSpeeds: layer.readingSpeed },
  };
}

const MARKDOWN_EXTENSION = /\.(?:md|markdown|mdx)$/i;

/**
 * Whether a document is a post: a Markdown or MDX document (a `.md` file left out of a config's
 * `extensions` excepted), or a file with an extension a config file adds. The config part is
 * known once the document's config has been resolved.
 */
export function isPost(document: vscode.TextDocument): boolean {
  if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-scm') return false;
  const resolved = configService().cached(document);
  const extensionIsPost = resolved ? engine().hasPostExtension(resolved, document.uri.path) : undefined;
  if (POST_LANGUAGES.includes(document.languageId)) return !(extensionIsPost === false && MARKDOWN_EXTENSION.test(document.uri.path));
  return extensionIsPost === true;
}

/**
 * Whether a document could be a post once its config is known, so its config is worth resolving:
 * Markdown and MDX, and plain text (how VS Code opens a file whose extension it does not know).
 */
export function mayBePost(document: vscode.TextDocument): boolean {
  return document.uri.scheme !== 'output' && document.uri.scheme !== 'vscode-scm' && (POST_LANGUAGES.includes(document.languageId) || document.languageId === 'plaintext');
}
