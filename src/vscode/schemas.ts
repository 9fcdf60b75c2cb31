import * as vscode from 'vscode';
import type { ResolvedConfig } from '../config';
import type { SchemaCheck } from '../core';
import { checkForPost, schemaNameFor, typeFieldValue } from '../schema/load';
import type { SchemaRegistry } from '../schema/sources';
import type { JsonSchema, SchemaProblem, SchemaSet } from '../schema/types';
import { configService } from './configs';
import { engine } from './engine';
import { workspaceFileSystem } from './workspaceFileSystem';

/** Files whose change may change a post's schema: Front Matter CMS (and its split settings), Astro's generated schemas. */
const SOURCE_NAME = /(?:^|\/)(?:frontmatter\.json|[^/]+\.schema\.json|collections\.json|\.frontmatter\/config\/.+\.json)$/;
/** Enough lines to hold the front matter's `type` field. */
const TYPE_LINES = 200;

/**
 * Each post's front matter schema in the editor, found by the same code as the CLI (over
 * `vscode.workspace.fs`): known per document once resolved, dropped when a schema file or the
 * config changes. A schema file that cannot be used gets one diagnostic on itself.
 */
export class SchemaService implements vscode.Disposable {
  private readonly registries = new Map<string, SchemaRegistry>();
  /** Per document: the set found (or null), under the config it was found with. */
  private readonly lookups = new Map<string, { config: ResolvedConfig; set: SchemaSet | null }>();
  private readonly pending = new Map<string, { config: ResolvedConfig; promise: Promise<void> }>();
  private readonly files = new Set<string>();
  /** Counts resets: a lookup that read the files before the last one must not store what it found. */
  private generation = 0;
  private readonly problems = vscode.languages.createDiagnosticCollection('frontlint-schema');
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a schema file changed: open posts need linting again. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.json');
    const onFile = (uri: vscode.Uri) => {
      if (SOURCE_NAME.test(uri.path) || this.files.has(uri.path)) this.reset();
    };
    this.subscriptions.push(watcher, watcher.onDidChange(onFile), watcher.onDidCreate(onFile), watcher.onDidDelete(onFile), this.problems, this.changed);
  }

  /** Whether the document's schema is known for its current config. */
  known(document: vscode.TextDocument): boolean {
    const config = configService().cached(document);
    return !!config && this.lookups.get(document.uri.toString())?.config === config;
  }

  /** Finds the document's schema (after its config); never rejects. */
  async resolve(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const config = await configService().resolve(document.uri);
    // A lookup started under a config that has since changed is not reused: it would never be `known`.
    let pending = this.pending.get(key);
    if (!pending || pending.config !== config) {
      const promise = this.lookup(document.uri, config).finally(() => {
        if (this.pending.get(key)?.promise === promise) this.pending.delete(key);
      });
      this.pending.set(key, (pending = { config, promise }));
    }
    return pending.promise;
  }

  private async lookup(uri: vscode.Uri, config: ResolvedConfig): Promise<void> {
    const generation = this.generation;
    try {
      const { set, problems } = await this.find(uri, config);
      if (generation !== this.generation) return;
      this.lookups.set(uri.toString(), { config, set: set ?? null });
      this.show(uri, problems);
    } catch {
      if (generation === this.generation) this.lookups.set(uri.toString(), { config, set: null });
    }
  }

  /**
   * The schema set of a post that is not open, found as for an open one: *Scan Workspace Posts*
   * hands it to the lint threads with the post, as the CLI does.
   */
  async setFor(uri: vscode.Uri, config: ResolvedConfig): Promise<SchemaSet | undefined> {
    try {
      const { set, problems } = await this.find(uri, config);
      this.show(uri, problems);
      return set;
    } catch {
      return undefined;
    }
  }

  /** The post's schema set, and the problems with its schema files (to show on them). */
  private async find(uri: vscode.Uri, config: ResolvedConfig): Promise<{ set?: SchemaSet; problems: readonly SchemaProblem[] }> {
    // A post outside every workspace folder is its own blog: the editor does not search above it.
    const stopAt = vscode.workspace.getWorkspaceFolder(uri)?.uri.path ?? uri.path.slice(0, uri.path.lastIndexOf('/'));
    const { set, problems } = await this.registry(uri).forPost(uri.path, config.schemas, stopAt);
    // Files it was composed from that no name gives away (extended settings), and the missing ones too.
    if (set) [set.file, ...(set.sources ?? [])].forEach((f) => this.files.add(f));
    return { set, problems };
  }

  /** The check for the document's current text (its `type` field may pick the schema), if a schema applies. */
  checkFor(document: vscode.TextDocument): SchemaCheck | undefined {
    const set = this.lookups.get(document.uri.toString())?.set;
    if (!set) return undefined;
    const head = set.typeField ? document.getText(new vscode.Range(0, 0, TYPE_LINES, 0)) : '';
    const { check, problems } = checkForPost(set, head);
    this.show(document.uri, problems);
    return check;
  }

  /** The JSON Schema of the document's front matter, once found (for completion and hover). */
  schemaFor(document: vscode.TextDocument): JsonSchema | undefined {
    const set = this.lookups.get(document.uri.toString())?.set;
    if (!set) return undefined;
    const type = set.typeField ? typeFieldValue(document.getText(new vscode.Range(0, 0, TYPE_LINES, 0)), set.typeField) : undefined;
    return set.schemas.get(schemaNameFor(set, type));
  }

  private registry(uri: vscode.Uri): SchemaRegistry {
    const key = `${uri.scheme}://${uri.authority}`;
    let registry = this.registries.get(key);
    if (!registry) this.registries.set(key, (registry = new (engine().SchemaRegistry)(workspaceFileSystem(uri))));
    return registry;
  }

  private reset(): void {
    this.generation++;
    this.registries.forEach((r) => r.clear());
    this.lookups.clear();
    // A lookup still reading the old files is not reused: the next resolve starts afresh.
    this.pending.clear();
    this.problems.clear();
    this.changed.fire();
  }

  /** One diagnostic per problem with a schema file, on that file (a warning when the file is still used). */
  private show(near: vscode.Uri, problems: readonly SchemaProblem[]): void {
    for (const problem of problems) {
      const uri = near.with({ path: problem.file });
      const message = vscode.l10n.t(problem.message, ...problem.args);
      const shown = this.problems.get(uri) ?? [];
      if (shown.some((d) => d.message === message)) continue;
      const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, problem.level === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'frontlint';
      diagnostic.code = 'schema';
      this.problems.set(uri, [...shown, diagnostic]);
    }
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}

let instance: SchemaService | undefined;

/** The one schema service, made on first use (activation registers it for disposal). */
export const schemaService = (): SchemaService => (instance ??= new SchemaService());
