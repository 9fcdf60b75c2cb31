import * as vscode from 'vscode';
import { BlogDocumentLinks, COMPLETION_TRIGGERS, FrontMatterCompletion, FrontMatterHover } from './assist';
import { BlogCodeActions, BlogService } from './blog';
import { extendBuiltInPreview } from './builtInPreview';
import { FrontlintCodeActions } from './codeActions';
import { configService } from './configs';
import { EntryCacheStore } from './entryCacheStore';
import { schemaService } from './schemas';
import { registerCommands } from './commands';
import { Linter } from './linter';
import { ReadingTimeStatus } from './statusBar';
import { registerPreview } from './preview';
import { registerTaxonomyCommands } from './taxonomy';
import { POST_LANGUAGES } from './settings';


export interface FrontlintApi {
  /** Milliseconds spent in `activate` itself (VS Code's own context set-up before it is not ours). */
  activationMs: number;
  /** For VS Code's built-in Markdown preview: shows the front matter card instead of raw YAML. */
  extendMarkdownIt(md: unknown): unknown;
  /** The preview, loaded on demand (tests use it to wait for renders). */
  preview(): import('./preview-host').PreviewManager;
  /** The blog index and its diagnostics (tests wait on `ready` and `onDidUpdate`). */
  blogs: BlogService;
}

export function activate(context: vscode.ExtensionContext): FrontlintApi {
  const started = performance.now();
  const linter = new Linter();
  const preview = registerPreview(context, linter);
  const blogs = new BlogService(linter, new EntryCacheStore(context.storageUri, String(context.extension.packageJSON.version)));
  context.subscriptions.push(
    blogs,
    vscode.languages.registerCompletionItemProvider(POST_LANGUAGES.map((language) => ({ language })), new FrontMatterCompletion(linter, blogs), ...COMPLETION_TRIGGERS),
    vscode.languages.registerHoverProvider(POST_LANGUAGES.map((language) => ({ language })), new FrontMatterHover(linter, blogs)),
    vscode.languages.registerDocumentLinkProvider(POST_LANGUAGES.map((language) => ({ language })), new BlogDocumentLinks(blogs)),
    configService(),
    schemaService(),
    linter,
    new ReadingTimeStatus(linter),
    vscode.languages.registerCodeActionsProvider(POST_LANGUAGES.map((language) => ({ language })), new FrontlintCodeActions(linter), FrontlintCodeActions.metadata),
    // After the provider of disable comments: VS Code lists the newer provider's actions first among
    // equals, and a broken link's replacements belong above "Disable broken-link for this line".
    vscode.languages.registerCodeActionsProvider(POST_LANGUAGES.map((language) => ({ language })), new BlogCodeActions(blogs), BlogCodeActions.metadata),
    ...registerCommands(linter),
    ...registerTaxonomyCommands(blogs),
  );
  return {
    activationMs: performance.now() - started,
    extendMarkdownIt: extendBuiltInPreview,
    preview: preview.manager,
    blogs,
  };
}

export function deactivate(): void {}
