import * as vscode from 'vscode';
import type { ConfigError, ConfigResolver, ConfigSettings, ResolvedConfig } from '../config';
import { engine } from './engine';
import { workspaceFileSystem } from './workspaceFileSystem';

/** The config file names, and package.json, whose changes the watcher reports. */
const CONFIG_NAME = /(?:^|\/)(?:\.frontlint\.(?:jsonc|json|yaml|yml)|package\.json)$/;

/** Schemes whose documents are files in folders, where config files can be found. */
const untitledLike = (uri: vscode.Uri) => uri.scheme === 'untitled';

/**
 * Config files for the editor: resolves each post's config through the same resolver as the CLI
 * (over `vscode.workspace.fs`), keeps the result per document, and, when a config file (or a
 * generator's: `_config.yml`, `hugo.toml`, ...) is created, edited or deleted, drops the caches,
 * shows any problem on the config file itself and fires `onDidChange` so that open posts are
 * linted again (and the blog indexed again). A broken file keeps its last good settings.
 */
export class ConfigService implements vscode.Disposable {
  private readonly resolvers = new Map<string, ConfigResolver>();
  /** The last config resolved per document, with the generation it was resolved in (older ones are stale). */
  private readonly resolved = new Map<string, { config: ResolvedConfig; generation: number }>();
  private readonly pending = new Map<string, Promise<ResolvedConfig>>();
  private readonly problems = vscode.languages.createDiagnosticCollection('frontlint-config');
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when config files or settings changed: every open post needs linting again. */
  readonly onDidChange = this.changed.event;
  private generation = 0;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    // Extended files may have any JSON or YAML name, so all are watched and filtered here; so are
    // the generators' configs, which say which generator builds a post (and how its URLs are made),
    // and what makes a folder a site that needs no front matter (VitePress, Docusaurus, Quartz, …).
    const watcher = vscode.workspace.createFileSystemWatcher('**/{*.json,*.jsonc,*.yaml,*.yml,*.toml,astro.config.*,quartz.config.*,docusaurus.config.*,.obsidian,.vitepress,.vuepress}');
    // Astro's content config, which says which collections need a title.
    const contentConfig = vscode.workspace.createFileSystemWatcher('**/src/{content/config,content.config}.{ts,mts,js,mjs}');
    const onFile = (uri: vscode.Uri) => this.fileChanged(uri);
    this.subscriptions.push(
      watcher,
      watcher.onDidChange(onFile),
      watcher.onDidCreate(onFile),
      watcher.onDidDelete(onFile),
      contentConfig,
      contentConfig.onDidChange(onFile),
      contentConfig.onDidCreate(onFile),
      contentConfig.onDidDelete(onFile),
      // A config saved in the editor is re-read at once, whatever the file watcher reports.
      vscode.workspace.onDidSaveTextDocument((d) => onFile(d.uri)),
      this.problems,
      this.changed,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('frontlint')) this.reset(false);
      }),
      // A config file opened in the editor is checked at once, even before a post uses it.
      vscode.workspace.onDidOpenTextDocument((d) => this.checkOpened(d)),
    );
    setImmediate(() => vscode.workspace.textDocuments.forEach((d) => this.checkOpened(d)));
  }

  private checkOpened(document: vscode.TextDocument): void {
    if (document.uri.scheme === 'untitled' || !/(?:^|\/)\.frontlint\.(?:jsonc|json|yaml|yml)$/.test(document.uri.path)) return;
    void this.resolver(document.uri)
      .check(document.uri.path)
      .then((error) => this.show(error ? [error] : [], document.uri));
  }

  /**
   * The config last resolved for this document, if any (sync, for code actions and commands). Just
   * after a config file or setting changed it may be stale until `resolve` has run again: code
   * actions asked in that gap still get the previous settings rather than nothing.
   */
  cached(document: vscode.TextDocument): ResolvedConfig | undefined {
    return this.resolved.get(document.uri.toString())?.config ?? (untitledLike(document.uri) ? this.resolveNow(document.uri) : undefined);
  }

  /** Whether `cached` is up to date with the config files and settings. */
  isFresh(document: vscode.TextDocument): boolean {
    return untitledLike(document.uri) || this.resolved.get(document.uri.toString())?.generation === this.generation;
  }

  /** Resolves the config for a document or file; never rejects (a failure means the editor's settings alone). */
  resolve(uri: vscode.Uri): Promise<ResolvedConfig> {
    const key = uri.toString();
    const known = this.resolved.get(key);
    if (known && known.generation === this.generation) return Promise.resolve(known.config);
    if (untitledLike(uri)) return Promise.resolve(this.resolveNow(uri));
    let pending = this.pending.get(key);
    if (!pending) {
      const generation = this.generation;
      pending = this.resolver(uri)
        .resolve(uri.path, { stopAt: vscode.workspace.getWorkspaceFolder(uri)?.uri.path, base: editorLayer(uri) })
        .catch(() => withoutFiles(uri))
        .then((config) => {
          if (generation === this.generation) {
            this.resolved.set(key, { config, generation });
            this.pending.delete(key);
            this.show(config.errors);
          }
          return config;
        });
      this.pending.set(key, pending);
    }
    return pending;
  }

  /** Untitled posts are in no folder: the editor's settings alone apply. */
  private resolveNow(uri: vscode.Uri): ResolvedConfig {
    const config = withoutFiles(uri);
    this.resolved.set(uri.toString(), { config, generation: this.generation });
    return config;
  }

  private resolver(uri: vscode.Uri): ConfigResolver {
    const key = `${uri.scheme}://${uri.authority}`;
    let resolver = this.resolvers.get(key);
    if (!resolver) {
      resolver = new (engine().ConfigResolver)(workspaceFileSystem(uri), { t: vscode.l10n.t, keepLastGood: true });
      this.resolvers.set(key, resolver);
    }
    return resolver;
  }

  private fileChanged(uri: vscode.Uri): void {
    const resolver = this.resolvers.get(`${uri.scheme}://${uri.authority}`);
    const isConfig = CONFIG_NAME.test(uri.path);
    const isSiteConfig = engine().isSiteConfigName(uri.path.slice(uri.path.lastIndexOf('/') + 1)) || engine().isContentConfigPath(uri.path);
    if (!isConfig && !isSiteConfig && !resolver?.watched.has(uri.path)) return;
    this.reset(true);
    // A config file is checked even when no open post uses it yet, so a mistake shows at once.
    if (isConfig) {
      void this.resolver(uri)
        .check(uri.path)
        .then((error) => this.show(error ? [error] : [], uri));
    }
  }

  /** Forgets resolved configs (and, when files changed, the files read), and asks for a re-lint. */
  private reset(filesChanged: boolean): void {
    this.generation++;
    this.pending.clear();
    // Untitled posts have no files to read: their settings are simply read again.
    for (const [key, entry] of this.resolved) {
      if (key.startsWith('untitled:')) this.resolved.delete(key);
      else entry.generation = -1;
    }
    if (filesChanged) {
      this.resolvers.forEach((r) => r.invalidate());
      this.problems.clear();
    }
    this.changed.fire();
  }

  /** One diagnostic per broken config file; `checked` is cleared when it has none. */
  private show(errors: readonly ConfigError[], checked?: vscode.Uri): void {
    if (checked && errors.length === 0) this.problems.delete(checked);
    const seen = new Set<string>();
    for (const error of errors) {
      if (seen.has(error.file)) continue;
      seen.add(error.file);
      const uri = (checked ?? vscode.Uri.file(error.file)).with({ path: error.file });
      const diagnostic = new vscode.Diagnostic(new vscode.Range(error.line, error.character, error.endLine, error.endCharacter), error.message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'frontlint';
      diagnostic.code = 'config';
      this.problems.set(uri, [diagnostic]);
    }
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** The editor's settings as the lowest config layer: config files win over them (as in vscode-markdownlint). */
export function editorLayer(uri: vscode.Uri | undefined): ConfigSettings {
  const config = vscode.workspace.getConfiguration('frontlint', uri);
  const number = (key: string) => config.get<number>(key);
  return {
    rules: config.get('rules', {}),
    requiredFields: setByUser(config, 'requiredFields'),
    minDuplicateLength: number('minDuplicateLength'),
    readingSpeed: {
      cjkCharsPerMinute: number('readingSpeed.cjkCharsPerMinute'),
      wordsPerMinute: number('readingSpeed.wordsPerMinute'),
      codeWordsPerMinute: number('readingSpeed.codeWordsPerMinute'),
    },
  };
}

/**
 * A setting's value where the user set one (in any scope), else undefined: the contributed default
 * (`requiredFields: ["title"]`) would otherwise hide the site's own, such as a Quartz site's, whose
 * notes are titled by their file names (the CLI knows no editor defaults).
 */
function setByUser<T>(config: vscode.WorkspaceConfiguration, key: string): T | undefined {
  const set = config.inspect<T>(key);
  const values = [set?.globalValue, set?.workspaceValue, set?.workspaceFolderValue, set?.globalLanguageValue, set?.workspaceLanguageValue, set?.workspaceFolderLanguageValue];
  return values.some((value) => value !== undefined) ? config.get<T>(key) : undefined;
}

/** The editor's settings over the defaults, with no config file. */
function withoutFiles(uri: vscode.Uri | undefined): ResolvedConfig {
  const layer = editorLayer(uri);
  return {
    rules: layer.rules ?? {},
    readingSpeed: layer.readingSpeed ?? {},
    requiredFields: layer.requiredFields,
    minDuplicateLength: layer.minDuplicateLength,
    extensions: [...engine().DEFAULT_EXTENSIONS],
    schemas: [],
    site: {},
    generator: 'none',
    ignored: false,
    files: [],
    errors: [],
  };
}

let instance: ConfigService | undefined;

/** The one config service, made on first use (activation registers it for disposal). */
export const configService = (): ConfigService => (instance ??= new ConfigService());
