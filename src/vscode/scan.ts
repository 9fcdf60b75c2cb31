import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { collectPosts } from '../cli/files';
import type { Finding, LintOptions } from '../core';
import { schemaSetKey } from '../schema/load';
import type { SchemaSet } from '../schema/types';
import type { FileSettings, WorkerResult } from '../pool/pool';
import { LintProcess } from '../pool/processPool';
import { toDiagnostic } from './convert';
import { engine } from './engine';
import type { Linter } from './linter';
import { configService } from './configs';
import { schemaService } from './schemas';
import { SECTION } from './settings';
import { yieldToHost } from './yieldToHost';

/** What a scan did (the command returns it; tests and other extensions read it). */
export interface ScanResult {
  /** Posts found in the workspace. */
  files: number;
  /** Posts whose diagnostics the scan set, or which it linted from the open editor. */
  linted: number;
  /** Of those, open documents linted with their text in the editor (saved or not). */
  inEditor: number;
  /** Of those, posts linted on the lint threads. */
  onThreads: number;
  cancelled: boolean;
  /** Why the posts on disk could not all be linted (the lint process failed); the rest of the scan still ran. */
  error?: string;
  ms: number;
  /** Of `ms`, the time the extension host's own thread spent on the lint threads' results: converting them, setting diagnostics. */
  hostMs: number;
  /** Of `hostMs`, the time spent in `diagnostics.set`. */
  setMs: number;
  /** The longest the scan kept the extension host's thread busy without yielding. */
  longestBlockMs: number;
  /** When the lint threads' last result arrived, from the scan's start. */
  threadsDoneMs?: number;
  /** Of `ms`, the time before the lint threads got their files: finding the posts and resolving their config files. */
  prepareMs: number;
  /** Of `prepareMs`, finding the posts. */
  findMs: number;
}

/** Lets callers (tests, other extensions) cancel a scan as the notification's Cancel button does. */
export interface ScanOptions {
  token?: vscode.CancellationToken;
}

/** Candidates; each post's config decides (its `extensions`, its `ignores`). */
const POSTS = '**/*.{md,markdown,mdx}';
const SKIPPED = '**/{node_modules,.git}/**';
/** The same extensions, for posts found on disk. */
const POST_EXTENSION = /\.(?:md|markdown|mdx)$/;
/** Diagnostics and progress go to the window at most this often: one update per file would flood it. */
const UPDATE_MS = 100;
/** Work on the extension host's thread (converting results, linting virtual files) yields after this long. */
const SLICE_MS = 10;
/**
 * Diagnostics set in one call at most (a post with more goes alone). Setting is most of the
 * extension host's work in a scan (about 0.1 ms per diagnostic) and one call cannot yield, so
 * calls stay small; and VS Code sends at most 1,100 diagnostics of one call to the window,
 * silently dropping the posts after them (100 queued + one post's 1,000 is still within that).
 */
const MAX_PENDING = 100;

/** Posts whose configs are resolved between two yields to the extension host's other work. */
const PREPARE_CHUNK = 100;

let running: vscode.CancellationTokenSource | undefined;

/**
 * Lints every post of the workspace into the Problems panel, in the background: posts on disk on
 * the CLI's lint threads in a low-priority process of their own, posts of virtual workspaces
 * (other URI schemes) here, read through `vscode.workspace.fs` in slices that yield. Open
 * documents keep the results of their text in the editor. Settings are read once per folder. A
 * new scan cancels the one running.
 */
export async function scanWorkspace(linter: Linter, options: ScanOptions = {}): Promise<ScanResult> {
  running?.cancel();
  const source = (running = new vscode.CancellationTokenSource());
  const external = options.token?.onCancellationRequested(() => source.cancel());
  if (options.token?.isCancellationRequested) source.cancel();
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Frontlint: scanning posts'), cancellable: true },
      async (progress, progressToken) => {
        const onCancel = progressToken.onCancellationRequested(() => source.cancel());
        try {
          return await new Scan(linter, progress, source.token).run();
        } finally {
          onCancel.dispose();
        }
      },
    );
    // Once the progress is gone.
    if (result.error) void vscode.window.showErrorMessage(vscode.l10n.t('Frontlint: the scan could not lint the posts on disk: {0}', result.error));
    return result;
  } finally {
    external?.dispose();
    if (running === source) running = undefined;
    source.dispose();
  }
}

class Scan {
  private readonly started = performance.now();
  private readonly result: ScanResult = { files: 0, linted: 0, inEditor: 0, onThreads: 0, cancelled: false, ms: 0, hostMs: 0, setMs: 0, longestBlockMs: 0, prepareMs: 0, findMs: 0 };
  private pending: Array<[vscode.Uri, vscode.Diagnostic[]]> = [];
  private pendingCount = 0;
  /** Results from the lint threads not yet converted, from `next` on; `draining` while a drain runs. */
  private queue: Array<{ uri: vscode.Uri; result: WorkerResult }> = [];
  private next = 0;
  private draining: Promise<void> | undefined;
  private reported = 0;
  private lastUpdate = 0;
  /** Documents opened while the scan runs: the linter publishes their results, the scan must not overwrite them. */
  private readonly openedMeanwhile = new Set<string>();

  constructor(
    private readonly linter: Linter,
    private readonly progress: vscode.Progress<{ message?: string; increment?: number }>,
    private readonly token: vscode.CancellationToken,
  ) {}

  async run(): Promise<ScanResult> {
    // Editor-only settings once per folder; lint options per post, from its config files over them.
    const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => ({ folder, settings: folderSettings(folder.uri) })).filter((f) => f.settings.enable);
    const onDisk = folders.filter((f) => f.folder.uri.scheme === 'file');
    // The lint process starts, and its threads load the engine, while the files are found.
    const pool = onDisk.length > 0 && !this.token.isCancellationRequested ? new LintProcess(Math.max(1, availableParallelism()), join(__dirname, 'lint-process.js')) : undefined;
    const onOpen = vscode.workspace.onDidOpenTextDocument((d) => this.openedMeanwhile.add(d.uri.toString()));
    const onCancel = this.token.onCancellationRequested(() => pool?.cancel());
    try {
      const found = await Promise.all(folders.map(({ folder }) => findPosts(folder, this.token)));
      this.result.findMs = Math.round(performance.now() - this.started);
      const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      const threadFiles: string[] = [];
      const threadUris: vscode.Uri[] = [];
      const settingsOf: number[] = [];
      const threadSettings: FileSettings[] = [];
      const settingsIndex = new Map<string, number>();
      const virtual: Array<{ uri: vscode.Uri; maxFileSize: number; lint: LintOptions }> = [];
      const seen = new Set<string>();
      for (const [f, { folder, settings }] of folders.entries()) {
        const all = found[f].filter((uri) => !seen.has(uri.toString()) && seen.add(uri.toString())); // a folder inside another: once
        // In chunks, yielding between them: resolving thousands of posts' configs at once is one
        // run of promise callbacks that no timer of the extension host can interrupt.
        for (let from = 0; from < all.length && !this.token.isCancellationRequested; from += PREPARE_CHUNK) {
          await yieldToHost();
          const uris = all.slice(from, from + PREPARE_CHUNK);
          const configs = await Promise.all(uris.map((uri) => configService().resolve(uri)));
          // Open posts are linted from the editor, which first looks up their schema (found quickly
          // on disk, the scan may get there before the editor has).
          await Promise.all(uris.flatMap((uri) => open.get(uri.toString()) ?? []).map((document) => schemaService().resolve(document)));
          // The others go to the lint threads with their blog's schema, as the CLI sends them.
          const schemas = await Promise.all(
            uris.map((uri, i) => (folder.uri.scheme === 'file' && !open.has(uri.toString()) && !configs[i].ignored ? schemaService().setFor(uri, configs[i]) : undefined)),
          );
          if (this.token.isCancellationRequested) break;
          uris.forEach((uri, i) => {
            const config = configs[i];
            if (config.ignored || !engine().hasPostExtension(config, uri.path)) return;
            this.result.files++;
            const document = open.get(uri.toString());
            const options = engine().lintOptionsFor(config, uri.path);
            if (document) {
              if (this.linter.lintNow(document)) this.result.inEditor++;
              this.done(1);
            } else if (folder.uri.scheme === 'file') {
              const schema = schemas[i];
              const key = `${settings.maxFileSize} ${JSON.stringify(options)} ${schema ? schemaSetKey(schema) : ''}`;
              let index = settingsIndex.get(key);
              if (index === undefined) settingsIndex.set(key, (index = threadSettings.push(fileSettings(options, settings.maxFileSize, schema)) - 1));
              threadFiles.push(uri.fsPath);
              threadUris.push(uri);
              settingsOf.push(index);
            } else virtual.push({ uri, maxFileSize: settings.maxFileSize, lint: { ...options, t: vscode.l10n.t } });
          });
        }
      }
      this.result.prepareMs = Math.round(performance.now() - this.started);
      if (pool && threadFiles.length > 0 && !this.token.isCancellationRequested) {
        const run = pool
          .run({ files: threadFiles, settings: threadSettings, settingsOf }, (batch) => this.fromThreads(batch, threadUris))
          .then(() => void (this.result.threadsDoneMs = Math.round(performance.now() - this.started)))
          .catch((error: unknown) => void (this.result.error = error instanceof Error ? error.message : String(error)));
        await Promise.all([run, this.lintVirtual(virtual)]);
        await this.draining;
      } else {
        pool?.cancel();
        await this.lintVirtual(virtual);
      }
    } finally {
      pool?.cancel(); // ends a process still waiting (an error, or nothing to do); a finished run stays as it is
      onOpen.dispose();
      onCancel.dispose();
    }
    this.flush();
    this.result.cancelled = this.token.isCancellationRequested;
    this.result.linted += this.result.inEditor;
    this.result.ms = Math.round(performance.now() - this.started);
    this.result.hostMs = Math.round(this.result.hostMs);
    this.result.setMs = Math.round(this.result.setMs);
    this.result.longestBlockMs = Math.round(this.result.longestBlockMs);
    return this.result;
  }

  /** A batch from a lint thread: queued, and converted in slices so that the editor never waits long. */
  private fromThreads(batch: WorkerResult[], uris: readonly vscode.Uri[]): void {
    if (this.token.isCancellationRequested) return;
    for (const result of batch) this.queue.push({ uri: uris[result.index], result });
    this.draining ??= new Promise<void>((resolve) => setImmediate(() => this.drain(resolve)));
  }

  /** Converts queued results (each one JSON element, as the CLI prints it) for SLICE_MS, then yields. */
  private drain(resolve: () => void): void {
    const started = performance.now();
    const flushes = this.flushes;
    // A slice ends after SLICE_MS, or after a `set`: each is one block the editor waits for.
    while (this.next < this.queue.length && performance.now() - started < SLICE_MS && this.flushes === flushes && !this.token.isCancellationRequested) {
      const { uri, result } = this.queue[this.next++];
      if (!this.openedMeanwhile.has(uri.toString())) {
        const report = JSON.parse(result.file.chunk) as { findings: Finding[]; tooLarge?: boolean };
        // A file that cannot be read (binary, not UTF-8) is skipped, as in the editor; a large one too.
        const readable = !result.file.tally.unreadable && !report.tooLarge;
        const diagnostics = readable ? report.findings.map((f) => toDiagnostic(withoutLocalRelated(f), uri)) : [];
        this.publish(uri, diagnostics);
        if (readable) {
          this.result.linted++;
          this.result.onThreads++;
        }
      }
      this.done(1);
    }
    this.result.hostMs += performance.now() - started;
    this.result.longestBlockMs = Math.max(this.result.longestBlockMs, performance.now() - started);
    if (this.next < this.queue.length && !this.token.isCancellationRequested) {
      setImmediate(() => this.drain(resolve));
      return;
    }
    this.queue = [];
    this.next = 0;
    this.draining = undefined;
    resolve();
  }

  /** Posts of virtual workspaces: read and linted here, in slices of SLICE_MS that yield to the editor. */
  private async lintVirtual(posts: ReadonlyArray<{ uri: vscode.Uri; maxFileSize: number; lint: LintOptions }>): Promise<void> {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let slice = performance.now();
    for (const { uri, maxFileSize, lint } of posts) {
      if (this.token.isCancellationRequested) return;
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (this.openedMeanwhile.has(uri.toString())) continue;
        if (bytes.byteLength <= maxFileSize) {
          const text = decoder.decode(bytes).replace(/^\uFEFF/, '');
          this.publish(uri, engine().lint(text, lint).findings.map((f) => toDiagnostic(f, uri)));
          this.result.linted++;
        }
      } catch {
        // Unreadable or not UTF-8: skipped, like the CLI's io-error, without stopping the scan.
      }
      this.done(1);
      if (performance.now() - slice > SLICE_MS) {
        this.result.longestBlockMs = Math.max(this.result.longestBlockMs, performance.now() - slice);
        await yieldToHost();
        slice = performance.now();
      }
    }
  }

  /** Queues a post's diagnostics for the next `set`, first setting those queued if together they would be too many. */
  private publish(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): void {
    if (this.pendingCount + diagnostics.length > MAX_PENDING && this.pending.length > 0) this.flush();
    this.pending.push([uri, diagnostics]);
    this.pendingCount += diagnostics.length;
  }

  /** Counts finished files; publishes diagnostics and progress at most every UPDATE_MS (and before MAX_PENDING). */
  private done(count: number): void {
    this.reported += count;
    const now = performance.now();
    if (now - this.lastUpdate >= UPDATE_MS) this.flush(now);
  }

  private shownPercent = 0;

  private flushes = 0;

  private flush(now = performance.now()): void {
    this.flushes++;
    this.lastUpdate = now;
    if (this.pending.length > 0 && !this.token.isCancellationRequested) {
      this.linter.diagnostics.set(this.pending);
      this.result.setMs += performance.now() - now;
    }
    this.pending = [];
    this.pendingCount = 0;
    const percent = this.result.files ? (100 * this.reported) / this.result.files : 100;
    // While posts are still being found the total grows, and the share done can fall: the bar never goes back.
    this.progress.report({ increment: Math.max(0, percent - this.shownPercent), message: `${this.reported}/${this.result.files}` });
    this.shownPercent = Math.max(this.shownPercent, percent);
  }
}

/**
 * A folder's candidate posts. On disk they are searched as the CLI searches (the same folders
 * skipped, links to directories not followed): `workspace.findFiles` took 2.5–3.7 s for a folder
 * of 2,500 posts, longer than linting them. Other schemes go through VS Code.
 */
async function findPosts(folder: vscode.WorkspaceFolder, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  if (folder.uri.scheme !== 'file') return vscode.workspace.findFiles(new vscode.RelativePattern(folder, POSTS), SKIPPED, undefined, token);
  const { files } = await collectPosts([folder.uri.fsPath]);
  return files.filter((file) => POST_EXTENSION.test(file.path)).map((file) => vscode.Uri.file(file.path));
}

/**
 * A finding without its related locations in the post itself: a scan's problems say what and
 * where, and the rest comes when the post is opened and linted in the editor. A repeat names up
 * to 20 first copies; on a blog of 2,500 AI-drafted posts those were 190,000 locations, which
 * took the scan from about 7 to 10 s (VS Code converts, serialises and sends each to the window).
 * Locations in other posts stay: no message can say them.
 */
function withoutLocalRelated(finding: Finding): Finding {
  return finding.related.every((r) => r.path) ? finding : { ...finding, related: finding.related.filter((r) => r.path) };
}

/** What a lint thread needs to lint a post: plain data, with the messages in the editor's language. */
function fileSettings(options: LintOptions, maxFileSize: number, schema: SchemaSet | undefined): FileSettings {
  const { t: _t, ...plain } = options;
  // Settings values are proxies that cannot be cloned to another thread; their JSON can.
  return { options: JSON.parse(JSON.stringify(plain)), fix: false, dryRun: false, format: 'json', quiet: false, base: '', messages: vscode.l10n.bundle, maxBytes: maxFileSize, ...(schema ? { schema } : {}) };
}

/** The editor-only settings of a folder (resource-scoped, so they may differ per folder). */
function folderSettings(uri: vscode.Uri): { enable: boolean; maxFileSize: number } {
  const config = vscode.workspace.getConfiguration(SECTION, uri);
  return { enable: config.get('enable', true), maxFileSize: Math.max(0, config.get('maxFileSize', 5 * 1024 * 1024)) };
}
