import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { CachedEntry, FileStamp, PostEntry, SiteConfig } from '../site';
import { engine } from './engine';
import { inSlices } from './yieldToHost';

/** Posts serialised or parsed between two yields to the extension host's other work. */
const POSTS_PER_SLICE = 200;

/**
 * Where the blog index's entries are kept between sessions (see src/site/entryCache.ts): a file
 * per site in VS Code's storage for this workspace. Without a workspace there is no storage, and
 * no cache. Every failure to read or write one leaves the index to read the posts, as without it.
 */
export class EntryCacheStore {
  /** Frontlint's build: a new one may read posts differently, so it starts a new cache. */
  private readonly build: string;

  constructor(private readonly storage: vscode.Uri | undefined, version: string) {
    let engineFile = '';
    try {
      const stat = statSync(join(__dirname, 'engine.js'));
      engineFile = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      // Not built as the extension is (a test loading the sources): the version alone.
    }
    this.build = `${version}:${engineFile}`;
  }

  /** Where the caches are, for the index's log. */
  get location(): string | undefined {
    return this.storage?.toString();
  }

  get enabled(): boolean {
    return this.storage !== undefined;
  }

  private keyOf(site: SiteConfig): string {
    return `${this.build}|${site.generator}`;
  }

  private fileOf(site: SiteConfig): vscode.Uri {
    const name = createHash('sha256').update(site.root).digest('hex').slice(0, 16);
    return vscode.Uri.joinPath(this.storage!, 'blog-index', `${name}.jsonl`);
  }

  /** The site's cached entries by path; none when there is no cache, or it is another build's. */
  async load(site: SiteConfig): Promise<Map<string, CachedEntry>> {
    const cached = new Map<string, CachedEntry>();
    if (!this.storage) return cached;
    let text: string;
    try {
      const file = this.fileOf(site);
      // On disk, node:fs (here and in `save`): through vscode.workspace.fs the file's megabytes would travel to the window and back.
      text = file.scheme === 'file' ? await readFile(file.fsPath, 'utf8') : new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      return cached;
    }
    const lines = text.split('\n');
    const { isEntryCacheFor, readEntryCacheLines } = engine();
    if (!isEntryCacheFor(lines[0], this.keyOf(site))) return cached;
    await inSlices(lines.slice(1), POSTS_PER_SLICE, (slice) => readEntryCacheLines(slice, cached));
    return cached;
  }

  /**
   * Writes the site's entries with the stamps their files had before they were read (those that can
   * vouch for them: see isTrustworthyStamp), to a new file that then replaces the old one: a crash
   * leaves the old cache or the new, never half of one.
   */
  async save(site: SiteConfig, entries: readonly PostEntry[], stamps: ReadonlyMap<string, FileStamp>, stampedAt: number): Promise<void> {
    if (!this.storage) return;
    const { entryCacheHeader, entryCacheLine, isTrustworthyStamp } = engine();
    const lines = [entryCacheHeader(this.keyOf(site))];
    await inSlices(entries, POSTS_PER_SLICE, (slice) => {
      for (const entry of slice) {
        const stamp = stamps.get(entry.path);
        if (stamp && isTrustworthyStamp(stamp, stampedAt)) lines.push(entryCacheLine(entry, stamp));
      }
    });
    const file = this.fileOf(site);
    const temporary = file.with({ path: `${file.path}.${process.pid}.tmp` });
    const text = lines.join('\n');
    try {
      if (file.scheme === 'file') {
        await mkdir(dirname(file.fsPath), { recursive: true });
        await writeFile(temporary.fsPath, text);
        await rename(temporary.fsPath, file.fsPath);
      } else {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
        await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
        await vscode.workspace.fs.rename(temporary, file, { overwrite: true });
      }
    } catch {
      await Promise.resolve(file.scheme === 'file' ? rm(temporary.fsPath, { force: true }) : vscode.workspace.fs.delete(temporary)).catch(() => undefined);
    }
  }
}
