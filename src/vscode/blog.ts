import * as vscode from 'vscode';
import type { BlogIndex, BuildStats, PostEntry, SiteFinding } from '../site';
import { entriesOnThreads, startIndexThreads } from './blogThreads';
import type { FileSystem } from '../fs/fileSystem';
import { nodeFileSystem } from '../fs/nodeFileSystem';
import { configService } from './configs';
import type { EntryCacheStore } from './entryCacheStore';
import { ruleOf, toDiagnostic, toRange, toWorkspaceEdit } from './convert';
import { engine } from './engine';
import type { Linter } from './linter';
import { workspaceFileSystem } from './workspaceFileSystem';

/** What a site's blog findings are published from: its index, and the latest findings by path. */
export interface Blog {
  index: BlogIndex;
  folder: vscode.Uri;
  findings: Map<string, SiteFinding[]>;
  /** Checks started, so that an overtaken check publishes nothing. */
  checks: number;
}

const POSTS_GLOB = '**/*.{md,markdown,mdx}';

/**
 * Sizes and times of files on disk from node:fs: through vscode.workspace.fs, each is a message to
 * the window and back (about 0.2 ms: 500 ms for 2,500 posts in code-server, 20 ms this way).
 */
function diskStats(folder: vscode.Uri): Pick<FileSystem, 'stat'> {
  return { stat: (path) => nodeFileSystem.stat(folder.with({ path }).fsPath) };
}
/** How long a burst of config changes is waited out before the blogs are indexed again. */
const REBUILD_DELAY_MS = 300;

/**
 * The blog index in the editor: built in the background after activation (never blocking it),
 * kept current by a file watcher, with open documents' unsaved text (as the linter parsed it)
 * winning over the disk. Publishes the blog rules' diagnostics for every post of every blog in
 * the workspace, and re-checks only when an edit changed what those rules read.
 */
export class BlogService implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('frontlint-blog');
  /** Blogs by site root path. */
  private blogs = new Map<string, Blog>();
  private building = new Map<string, Promise<Blog | undefined>>();
  private readonly pendingChecks = new Set<Blog>();
  private checkTimer: NodeJS.Timeout | undefined;
  private rebuildTimer: NodeJS.Timeout | undefined;
  private rebuilding: Promise<void> | undefined;
  private rebuildAgain = false;
  private readonly updated = new vscode.EventEmitter<void>();
  /** Fires after blog diagnostics are published. */
  readonly onDidUpdate = this.updated.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly output = vscode.window.createOutputChannel('Frontlint Blog');
  /** Resolves once every workspace folder's blogs are indexed the first time. */
  readonly ready: Promise<void>;
  /** Build times, for the in-host metrics. */
  readonly buildMs: number[] = [];
  readonly buildStats: Array<BuildStats & { threads?: number; threadsMs?: number; threadStartMs?: number; threadCpuMs?: number; cached?: number; cacheMs?: number; stampMs?: number; root?: string }> = [];
  /** Resolves when the entry caches of the builds so far are written (tests wait on it). */
  cacheSaved: Promise<void> = Promise.resolve();

  constructor(
    private readonly linter: Linter,
    private readonly cache?: EntryCacheStore,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(POSTS_GLOB);
    this.subscriptions.push(
      this.diagnostics,
      this.updated,
      this.output,
      watcher,
      watcher.onDidCreate((uri) => this.fileChanged(uri)),
      watcher.onDidChange((uri) => this.fileChanged(uri)),
      watcher.onDidDelete((uri) => this.fileDeleted(uri)),
      linter.onDidLint((document) => this.documentLinted(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.documentClosed(document)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rebuild()),
      configService().onDidChange(() => this.rebuild()),
    );
    // After activation has returned: the index is never part of it.
    this.ready = new Promise((resolve) => setTimeout(() => void this.buildAll().then(resolve, resolve), 0));
  }

  /** Where the index's entries are kept between sessions, if anywhere. */
  get cacheLocation(): string | undefined {
    return this.cache?.location;
  }

  /** The blog a file belongs to (the nearest site root above it), if indexed. */
  blogOf(uri: vscode.Uri, blogs: ReadonlyMap<string, Blog> = this.blogs): Blog | undefined {
    let best: Blog | undefined;
    for (const blog of blogs.values()) {
      if (blog.folder.scheme === uri.scheme && blog.folder.authority === uri.authority && blog.index.contains(uri.path) && (!best || blog.index.site.root.length > best.index.site.root.length)) best = blog;
    }
    return best;
  }

  /** The blog with the most posts, for commands run without a post open. */
  largest(): Blog | undefined {
    return [...this.blogs.values()].sort((a, b) => b.index.size - a.index.size)[0];
  }

  indexOf(uri: vscode.Uri): BlogIndex | undefined {
    return this.blogOf(uri)?.index;
  }

  /** The blog findings of a document, as last published. */
  findingsOf(uri: vscode.Uri): SiteFinding[] {
    return this.blogOf(uri)?.findings.get(uri.path) ?? [];
  }

  /** Quick fixes for a broken link: the closest existing targets, worked out now. */
  brokenLinkFixes(uri: vscode.Uri, finding: SiteFinding) {
    const blog = this.blogOf(uri);
    return blog ? engine().brokenLinkFixes(blog.index, uri.path, finding, vscode.l10n.t) : [];
  }

  /** Indexes every workspace folder into `blogs` (the live map the first time; a fresh one on a rebuild). */
  private async buildAll(blogs = this.blogs, building = this.building): Promise<void> {
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.build(folder.uri, folder.uri.path, blogs, building)));
  }

  /**
   * Indexes everything anew (a config or the workspace folders changed). The old index answers
   * until the new one is complete, then the new one replaces it whole: no moment without one.
   */
  private rebuild(): void {
    // A burst of changes (a config saved, files created together) makes one rebuild, and a change
    // during a rebuild one more after it: never several indexing the blog at once.
    clearTimeout(this.rebuildTimer);
    this.rebuildTimer = setTimeout(() => {
      if (this.rebuilding) {
        this.rebuildAgain = true;
        return;
      }
      this.rebuilding = this.rebuildNow().finally(() => {
        this.rebuilding = undefined;
        if (this.rebuildAgain) {
          this.rebuildAgain = false;
          this.rebuild();
        }
      });
    }, REBUILD_DELAY_MS);
  }

  private async rebuildNow(): Promise<void> {
    const blogs = new Map<string, Blog>();
    const building = new Map<string, Promise<Blog | undefined>>();
    await this.buildAll(blogs, building);
    const previous = this.blogs;
    this.blogs = blogs;
    this.building = building;
    for (const blog of previous.values()) for (const path of blog.findings.keys()) if (![...blogs.values()].some((b) => b.findings.has(path))) this.diagnostics.delete(blog.folder.with({ path }));
  }


  /** Indexes the blog at (or above) `dir`, and the blogs nested in it. */
  private build(folder: vscode.Uri, dir: string, blogs: Map<string, Blog>, building: Map<string, Promise<Blog | undefined>>): Promise<Blog | undefined> {
    let pending = building.get(dir);
    if (!pending) {
      pending = this.buildNow(folder, dir, blogs, building).catch((error: unknown) => {
        this.output.appendLine(`Indexing ${dir} failed: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      });
      building.set(dir, pending);
    }
    return pending;
  }

  private async buildNow(folder: vscode.Uri, dir: string, blogs: Map<string, Blog>, building: Map<string, Promise<Blog | undefined>>): Promise<Blog | undefined> {
    const { BlogIndex, detectSite } = engine();
    const config = await configService().resolve(folder.with({ path: `${dir}/index.md` }));
    // Posts the editor would not lint (above frontlint.maxFileSize) are not parsed for the index either.
    const maxPostBytes = vscode.workspace.getConfiguration('frontlint', folder).get<number>('maxFileSize', 5 * 1024 * 1024);
    const started = performance.now();
    const fs = workspaceFileSystem(folder);
    const site = await detectSite(fs, dir, config.site);
    if (blogs.has(site.root)) return blogs.get(site.root);
    const { index, posts, fill } = await BlogIndex.walkSite(fs, site, { maxPostBytes });
    // Posts whose files are as they were when the last session cached their entries are not read
    // again. Their sizes and times are taken before any post is read: a post saved meanwhile is
    // cached with the older stamp, and read again next time (a stamp taken after the read could
    // vouch for older text: sync tools, `rsync -a` and archives keep a file's old time).
    const cacheStarted = performance.now();
    const stampedAt = Date.now();
    let stampMs = 0;
    const stamping = this.cache?.enabled
      ? engine()
          .stampFiles(folder.scheme === 'file' ? diskStats(folder) : fs, posts)
          .finally(() => (stampMs = performance.now() - cacheStarted))
          .catch(() => undefined) // no stamps: no post comes from the cache, or goes into it
      : undefined;
    // (A save still under way is the cache to read: a rebuild right after a first open.)
    const cached = this.cache?.enabled ? await this.cacheSaved.then(() => this.cache!.load(site)) : undefined;
    // With none kept (a blog opened for the first time) every post is read: the threads load the
    // engine while the posts are stamped.
    const early = cached?.size === 0 ? startIndexThreads(folder, posts.length) : undefined;
    const stamps = await stamping;
    const unchanged = stamps && cached ? engine().unchangedEntries(cached, stamps, maxPostBytes) : new Map<string, PostEntry>();
    const cacheMs = performance.now() - cacheStarted;
    // On disk, the lint threads read and parse the posts; in remote and virtual workspaces (and
    // for posts a thread could not read), the index reads them through vscode.workspace.fs.
    // `readMs` and `parseMs` are the host's own part; `ms` is the whole build.
    const threadsStarted = performance.now();
    const { entries, timings } = await entriesOnThreads(
      folder,
      posts.filter((path) => !unchanged.has(path)),
      maxPostBytes,
      site.generator,
      early,
    );
    const threadsMs = performance.now() - threadsStarted;
    for (const [path, entry] of unchanged) entries.set(path, entry);
    // Until the first thread took its first post: the threads' start-up (loading the engine), or what
    // was left of it after the stamps when they started early.
    const threadStartMs = timings.length > 0 ? Math.min(...timings.map((t) => t.firstFileAt)) - (performance.timeOrigin + threadsStarted) : undefined;
    const threadCpuMs = timings.reduce((sum, t) => sum + t.cpu, 0);
    const stats = { ...(await fill(entries)), ms: performance.now() - started, threads: timings.length, threadsMs, threadStartMs, threadCpuMs, cached: unchanged.size, cacheMs, stampMs, root: index.site.root };
    // The entries as read from the files, before open documents' unsaved text replaces any; written
    // only when some post was read anew.
    const onDisk = stamps ? index.entriesOnDisk() : [];
    if (stamps && unchanged.size !== onDisk.length) {
      // Each save in turn; one that fails leaves the cache as it was, and the next ones still run.
      this.cacheSaved = this.cacheSaved.then(() => this.cache!.save(site, onDisk, stamps, stampedAt)).catch(() => undefined);
    }
    if (blogs.has(index.site.root)) return blogs.get(index.site.root);
    const blog: Blog = { index, folder, findings: new Map(), checks: 0 };
    blogs.set(index.site.root, blog);
    this.buildMs.push(stats.ms);
    this.buildStats.push(stats);
    this.output.appendLine(`${index.site.root}: ${index.site.generator === 'none' ? 'no Jekyll, Hexo, Hugo or Astro config: only relative links to files are checked' : index.site.generator}; ${stats.posts} posts indexed in ${Math.round(stats.ms)} ms${this.cache?.enabled ? `, ${stats.cached} of them unchanged since the last session (cache in ${this.cache.location})` : ''}`);
    // Open documents' unsaved text wins over the disk.
    for (const document of vscode.workspace.textDocuments) {
      if (this.blogOf(document.uri, blogs) !== blog || !engine().isPostFile(document.uri.path)) continue;
      const result = this.linter.resultFor(document);
      if (result) index.setPost(document.uri.path, result.post);
    }
    void this.check(blog);
    await Promise.all(index.nestedSites.map((nested) => this.build(folder, nested, blogs, building)));
    return blog;
  }

  private documentLinted(document: vscode.TextDocument): void {
    // The linter also fires when it clears a closed document's results: the disk is the truth then.
    if (document.uri.scheme === 'untitled' || document.isClosed) return;
    // Only the blog's posts (by extension) are in the index, as in the CLI: not a `.txt` set to Markdown.
    if (!engine().isPostFile(document.uri.path)) return;
    const blog = this.blogOf(document.uri);
    const result = blog && this.linter.resultFor(document);
    // Unchanged links and front matter (most keystrokes): nothing to re-check.
    if (blog && result && blog.index.setPost(document.uri.path, result.post)) this.schedule(blog);
  }

  private documentClosed(document: vscode.TextDocument): void {
    const blog = this.blogOf(document.uri);
    if (blog) void blog.index.release(document.uri.path).then((changed) => changed && this.schedule(blog));
  }

  private fileChanged(uri: vscode.Uri): void {
    const blog = this.blogOf(uri);
    if (blog) void blog.index.refresh(uri.path).then((changed) => changed && this.schedule(blog));
  }

  private fileDeleted(uri: vscode.Uri): void {
    const blog = this.blogOf(uri);
    if (blog && blog.index.remove(uri.path)) this.schedule(blog);
  }

  /** Checks soon: a save and the watcher's change event for it arrive together. */
  private schedule(blog: Blog): void {
    this.pendingChecks.add(blog);
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => {
      for (const pending of this.pendingChecks) void this.check(pending);
      this.pendingChecks.clear();
    }, 20);
  }

  /**
   * Runs every blog rule over the blog and publishes what changed. Each post's findings take the
   * severities of its own config (the same cascade as its other rules); a check that a newer one
   * overtook while configs were read publishes nothing.
   */
  private async check(blog: Blog): Promise<void> {
    const generation = ++blog.checks;
    const found = engine().checkBlog(blog.index, { t: vscode.l10n.t });
    const findings = new Map<string, SiteFinding[]>();
    await Promise.all(
      [...found].map(async ([path, list]) => {
        const uri = blog.folder.with({ path });
        const config = await configService().resolve(uri);
        // As for its own findings: none for a file its config ignores or does not count as a post, or with Frontlint off.
        if (config.ignored || !engine().hasPostExtension(config, path) || !vscode.workspace.getConfiguration('frontlint', uri).get<boolean>('enable', true)) return;
        const shown = engine().withSeverities(list, config.rules);
        if (shown.length > 0) findings.set(path, shown);
      }),
    );
    if (generation !== blog.checks) return;
    for (const path of blog.findings.keys()) if (!findings.has(path)) this.diagnostics.delete(blog.folder.with({ path }));
    for (const [path, list] of findings) {
      const uri = blog.folder.with({ path });
      this.diagnostics.set(uri, list.map((f) => toDiagnostic(f, uri)));
    }
    blog.findings = findings;
    this.updated.fire();
  }

  dispose(): void {
    clearTimeout(this.checkTimer);
    clearTimeout(this.rebuildTimer);
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** Quick fixes for broken links: the closest existing targets, offered, never preferred (a guess). */
export class BlogCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly blogs: BlogService) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const actions: vscode.CodeAction[] = [];
    // From the blog's own findings at the range: the diagnostics VS Code passes may lag a re-check.
    for (const finding of this.blogs.findingsOf(document.uri)) {
      if (finding.rule !== 'broken-link' || !toRange(finding.range).intersection(range)) continue;
      const diagnostic = context.diagnostics.find((d) => d.source === 'frontlint' && ruleOf(d) === 'broken-link' && d.range.isEqual(toRange(finding.range)));
      for (const fix of this.blogs.brokenLinkFixes(document.uri, finding)) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document.uri, fix.edits);
        if (diagnostic) action.diagnostics = [diagnostic];
        actions.push(action);
      }
    }
    return actions;
  }
}
