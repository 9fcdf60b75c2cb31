import { dirnameOf, filesAtOnce, readTextFile, type FileSystem } from '../fs/fileSystem';
import type { Post } from '../core/post';
import { permalinkOf, urlKey } from './permalink';
import { entryFromPost, entrySignature, readEntry, type PostEntry } from './postEntry';
import { detectSite, isPostTemplate, siteMarker, type SiteConfig, type SiteOptions } from './siteConfig';

export const POST_EXTENSIONS = ['.md', '.markdown', '.mdx'];

/** Folders that hold no posts of the site: dependencies, VCS data and build output. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '_site', '.jekyll-cache', '.sass-cache', 'vendor', 'resources', 'dist', '.astro', '.vscode-test', '.next']);

/** Larger posts are not indexed (the CLI still lints them): reading one would stall the index. */
const MAX_POST_BYTES = 20 * 1024 * 1024;

/** How large a post the index reads; the editor passes its `frontlint.maxFileSize`, so it never parses what it would not lint. */
export interface IndexLimits {
  maxPostBytes?: number;
}

export interface BuildStats {
  posts: number;
  files: number;
  ms: number;
  /** Of `ms`: reading the posts' files, and parsing them into entries. */
  readMs?: number;
  parseMs?: number;
  /** Of `ms`: listing the site's files. */
  walkMs?: number;
}

/**
 * Every post of one blog: front matter, links, anchors and permalinks, kept up to date one file
 * at a time. Pure code over a `FileSystem`: the CLI and the editor build the same index.
 */
export class BlogIndex {
  private readonly entries = new Map<string, PostEntry>();
  /** Every file of the site (posts and static files), for links to files. */
  private readonly files = new Set<string>();
  /** URL key → posts with that permalink (two posts can claim one URL). */
  private readonly byUrl = new Map<string, Set<string>>();
  /**
   * The names a post tag takes → post: Jekyll's `YYYY-MM-DD-name` (and `sub/YYYY-MM-DD-name`) for
   * `{% post_url %}`, Hexo's slug for `{% post_link %}`.
   */
  private readonly byPostName = new Map<string, string>();
  /** Unsaved editor text, which wins over the file on disk. */
  private readonly overlays = new Set<string>();
  private termFrequency: Map<string, number> | undefined;
  private segments: Set<string> | undefined;
  private folders: Set<string> | undefined;
  private byLowerPath: Map<string, string> | undefined;
  private terms: Partial<Record<'tags' | 'categories', Set<string>>> = {};
  /** Bumped on every change, so callers can tell whether anything moved. */
  version = 0;

  private constructor(
    private readonly fs: FileSystem,
    readonly site: SiteConfig,
    private readonly maxPostBytes = MAX_POST_BYTES,
  ) {}

  /** Finds the site holding `root` and indexes every post under it. */
  static async build(fs: FileSystem, root: string, options: SiteOptions = {}, limits: IndexLimits = {}): Promise<{ index: BlogIndex; stats: BuildStats }> {
    const started = performance.now();
    const site = await detectSite(fs, root, options);
    const index = new BlogIndex(fs, site, limits.maxPostBytes);
    const posts: string[] = [];
    await index.walk(site.root, posts);
    await index.read(posts);
    return { index, stats: { posts: index.entries.size, files: index.files.size, ms: performance.now() - started, readMs: index.spent.read, parseMs: index.spent.parse } };
  }

  /**
   * An index in steps, for posts read elsewhere (the lint threads): `walkSite` lists the site's
   * files (while the CLI's threads lint, each post read once for its lint and its entry); `add`
   * takes an entry as soon as a thread has made it (the CLI's main thread waits for the threads
   * meanwhile, so this costs nothing after the last post); `fill` takes the rest and reads the
   * posts that have none (outside the folder or shard being linted, or that a thread could not read).
   */
  static async walkSite(
    fs: FileSystem,
    site: SiteConfig,
    limits: IndexLimits = {},
  ): Promise<{ index: BlogIndex; posts: readonly string[]; add: (entry: PostEntry) => boolean; fill: (entries: ReadonlyMap<string, PostEntry>) => Promise<BuildStats> }> {
    const started = performance.now();
    const index = new BlogIndex(fs, site, limits.maxPostBytes);
    const posts: string[] = [];
    await index.walk(site.root, posts);
    const walkMs = performance.now() - started;
    const prepared = new Map<string, PostEntry>();
    let addMs = 0;
    /** Works out a post's URL now; false for a path that is not one of this site's posts. */
    const add = (entry: PostEntry): boolean => {
      if (!index.files.has(entry.path) || !isPostFile(entry.path)) return false;
      const adding = performance.now();
      prepared.set(entry.path, index.prepare(entry));
      addMs += performance.now() - adding;
      return true;
    };
    const fill = async (entries: ReadonlyMap<string, PostEntry>): Promise<BuildStats> => {
      const filling = performance.now();
      await index.read(posts.filter((path) => !prepared.has(path) && !entries.has(path)));
      // In the order of the walk, whatever order the threads sent them in: the index comes out the same.
      for (const path of posts) {
        const entry = prepared.get(path) ?? entries.get(path);
        if (entry) index.put(entry, prepared.has(path));
      }
      return { posts: index.entries.size, files: index.files.size, ms: walkMs + addMs + performance.now() - filling, readMs: index.spent.read, parseMs: index.spent.parse, walkMs };
    };
    return { index, posts, add, fill };
  }

  /** The entries read from the files (not from an open document's unsaved text), for the editor's cache. */
  entriesOnDisk(): PostEntry[] {
    return [...this.entries.values()].filter((entry) => !this.overlays.has(entry.path));
  }

  /** Time spent in `read`, by part. */
  private readonly spent = { read: 0, parse: 0 };

  private async read(posts: readonly string[]): Promise<void> {
    // Reads are issued in batches (see filesAtOnce). Each batch is parsed in the order of `posts`,
    // whatever order its reads finish in, so that the index (and what the blog rules say) comes
    // out the same every time.
    for (const batch of filesAtOnce(posts)) {
      const started = performance.now();
      const texts = await Promise.all(batch.map((path) => this.readPost(path)));
      const parseStart = performance.now();
      batch.forEach((path, k) => texts[k] !== undefined && this.put(readEntry(path, this.relative(path), texts[k]!, this.site.generator)));
      this.spent.parse += performance.now() - parseStart;
      this.spent.read += parseStart - started;
    }
  }

  /** Folders below the root that are sites of their own (a workspace of several blogs): not part of this one. */
  readonly nestedSites: string[] = [];

  private async walk(dir: string, posts: string[]): Promise<void> {
    const entries = await this.fs.readDirectory(dir);
    if (!entries) return;
    if (dir !== this.site.root && siteMarker(new Set(entries.map((e) => e.name)))) {
      this.nestedSites.push(dir);
      return;
    }
    for (const entry of entries) {
      const path = `${dir === '/' ? '' : dir}/${entry.name}`;
      if (entry.kind === 'directory') {
        if (this.contains(`${path}/`)) await this.walk(path, posts);
      } else if (entry.kind === 'file') {
        this.files.add(path);
        if (isPostFile(path)) posts.push(path);
      }
    }
  }

  relative(path: string): string {
    const root = this.site.root === '/' ? '' : this.site.root;
    return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
  }

  /**
   * Whether `path` is this blog's: inside its folder, not in a folder the walk skips (dot folders,
   * dependencies, build output), and not in a blog of its own below it.
   */
  contains(path: string): boolean {
    if (this.site.root !== '/' && !path.startsWith(`${this.site.root}/`)) return false;
    // Until a nested blog is indexed, its posts belong to no blog (never to this one, even for a while).
    if (this.nestedSites.some((nested) => path.startsWith(`${nested}/`))) return false;
    const folders = this.relative(path).split('/').slice(0, -1);
    // `public` is Hugo's and Hexo's build output.
    const { generator } = this.site;
    if (isPostTemplate(generator, this.relative(path))) return false;
    return !folders.some((name) => SKIPPED_FOLDERS.has(name) || name.startsWith('.') || (name === 'public' && (generator === 'hugo' || generator === 'hexo')));
  }

  get size(): number {
    return this.entries.size;
  }

  posts(): IterableIterator<PostEntry> {
    return this.entries.values();
  }

  get(path: string): PostEntry | undefined {
    return this.entries.get(path);
  }

  /** The post at `path` compared without case, as Hugo finds a page for `ref` (`/docs/faq/general`, `docs/FAQ/general.md`). */
  getIgnoringCase(path: string): PostEntry | undefined {
    if (!this.byLowerPath) {
      this.byLowerPath = new Map();
      for (const key of this.entries.keys()) this.byLowerPath.set(key.toLowerCase(), key);
    }
    const found = this.byLowerPath.get(path.toLowerCase());
    return found === undefined ? undefined : this.entries.get(found);
  }

  hasFile(path: string): boolean {
    return this.files.has(path);
  }

  allFiles(): IterableIterator<string> {
    return this.files.values();
  }

  /** Posts whose permalink is this URL path (any form: encoded, with or without `.html` or `/`). */
  postsAt(urlPath: string): PostEntry[] {
    return [...(this.byUrl.get(urlKey(urlPath)) ?? [])].map((p) => this.entries.get(p)!).filter(Boolean);
  }

  /** The first post whose permalink is this URL path (a map lookup, for resolving links). */
  postAt(urlPath: string): PostEntry | undefined {
    const paths = this.byUrl.get(urlKey(urlPath));
    if (paths) for (const path of paths) return this.entries.get(path);
    return undefined;
  }

  postNamed(name: string): PostEntry | undefined {
    // Jekyll documents a post in a subfolder as `{% post_url /subdir/2010-07-21-name %}`, with the slash.
    const path = this.byPostName.get(name) ?? (name.startsWith('/') ? this.byPostName.get(name.slice(1)) : undefined);
    return path ? this.entries.get(path) : undefined;
  }

  postNames(): IterableIterator<string> {
    return this.byPostName.keys();
  }

  /** How many posts have each title term: terms in many titles are the blog's common words. */
  titleTermFrequency(): Map<string, number> {
    if (!this.termFrequency) {
      this.termFrequency = new Map();
      for (const entry of this.entries.values()) for (const key of entry.titleTermKeys) this.termFrequency.set(key, (this.termFrequency.get(key) ?? 0) + 1);
    }
    return this.termFrequency;
  }

  /** Tags (or categories) with the number of posts using each, most used first. */
  taxonomy(field: 'tags' | 'categories'): Array<{ name: string; count: number }> {
    const counts = new Map<string, number>();
    for (const entry of this.entries.values()) for (const name of new Set(entry[field])) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  /** Whether some post lists a tag (or category) that a term page's URL segment names (compared by `termKey`). */
  hasTerm(field: 'tags' | 'categories', segment: string): boolean {
    let keys = this.terms[field];
    if (!keys) {
      keys = this.terms[field] = new Set();
      for (const entry of this.entries.values()) for (const name of entry[field]) keys.add(termKey(name));
    }
    return keys.has(termKey(segment));
  }

  /** Model ids the blog uses, most used first. */
  models(): Array<{ name: string; count: number }> {
    const counts = new Map<string, number>();
    for (const entry of this.entries.values()) if (entry.model) counts.set(entry.model, (counts.get(entry.model) ?? 0) + 1);
    return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count);
  }

  /**
   * Re-reads one file from disk (created or changed), unless the editor holds unsaved text for
   * it. Returns whether what blog rules see changed.
   */
  async refresh(path: string): Promise<boolean> {
    if (this.overlays.has(path)) return false;
    // What the walk skips (dot folders, dependencies, build output) the watcher does not bring in.
    if (!this.contains(path)) return this.remove(path);
    const stat = await this.fs.stat(path);
    if (!stat || stat.kind !== 'file') return this.remove(path);
    this.files.add(path);
    if (!isPostFile(path)) return false;
    const text = await this.readPost(path);
    if (text === undefined) return this.remove(path);
    return this.put(readEntry(path, this.relative(path), text, this.site.generator));
  }

  /** The editor's unsaved text for a post (already parsed by the linter); it wins over the disk until `release`. */
  setPost(path: string, post: Post): boolean {
    this.overlays.add(path);
    this.files.add(path);
    return this.put(entryFromPost(path, this.relative(path), post));
  }

  /** The document was closed or saved: the file on disk is the truth again. */
  async release(path: string): Promise<boolean> {
    if (!this.overlays.delete(path)) return false;
    // A file linted as a post only while open (a `.txt` set to Markdown) is no post of the blog.
    if (!isPostFile(path)) return this.forget(path);
    return this.refresh(path);
  }

  private forget(path: string): boolean {
    const old = this.entries.get(path);
    if (!old) return false;
    this.unlink(old);
    this.entries.delete(path);
    this.changed();
    return true;
  }

  /** A post's text, or undefined when it is missing, not UTF-8, or larger than the limit (never parsed then). */
  private readPost(path: string): Promise<string | undefined> {
    return readTextFile(this.fs, path, this.maxPostBytes);
  }

  /** A file was deleted. */
  remove(path: string): boolean {
    // A deleted folder comes as one event: everything under it goes too.
    const under = `${path}/`;
    let changed = false;
    if (!this.files.has(path)) for (const file of [...this.files]) if (file.startsWith(under)) changed = this.remove(file) || changed;
    this.files.delete(path);
    this.overlays.delete(path);
    return this.forget(path) || changed;
  }

  /** Adds or replaces an entry; returns whether anything the blog rules read changed. */
  private put(entry: PostEntry, prepared = false): boolean {
    if (!prepared) this.prepare(entry);
    const old = this.entries.get(entry.path);
    if (old && old.permalink === entry.permalink && entrySignature(old) === entrySignature(entry)) return false;
    if (old) this.unlink(old);
    this.entries.set(entry.path, entry);
    if (entry.permalink !== undefined) {
      const key = urlKey(entry.permalink);
      let set = this.byUrl.get(key);
      if (!set) this.byUrl.set(key, (set = new Set()));
      set.add(entry.path);
    }
    for (const name of postNames(entry.rel, this.site)) this.byPostName.set(name, entry.path);
    this.changed();
    return true;
  }

  /** Sets the entry's path relative to the site and its URL. */
  private prepare(entry: PostEntry): PostEntry {
    entry.rel = this.relative(entry.path);
    entry.permalink = permalinkOf(
      { rel: entry.rel, title: entry.title, date: entry.date, slug: entry.slug, permalink: entry.permalinkField, url: entry.urlField, categories: entry.categories, hasFrontMatter: entry.hasFrontMatter, fields: entry.permalinkVars },
      this.site,
    );
    return entry;
  }

  private unlink(entry: PostEntry): void {
    if (entry.permalink !== undefined) {
      const key = urlKey(entry.permalink);
      this.byUrl.get(key)?.delete(entry.path);
      if (this.byUrl.get(key)?.size === 0) this.byUrl.delete(key);
    }
    for (const name of postNames(entry.rel, this.site)) if (this.byPostName.get(name) === entry.path) this.byPostName.delete(name);
  }

  /** First segments of the posts' URL paths after the base URL (`2024`, `posts`, `blog`). */
  firstSegments(): Set<string> {
    if (!this.segments) {
      this.segments = new Set();
      for (const entry of this.entries.values()) {
        if (entry.permalink === undefined) continue;
        const path = urlKey(entry.permalink.slice(this.site.baseurl.length));
        this.segments.add(path.split('/')[1] ?? '');
      }
      this.segments.delete('');
    }
    return this.segments;
  }

  /** Whether a post of the index is in `folder` (an absolute path) or below it; as Hugo looks pages up, without case. */
  holdsPostsIn(folder: string): boolean {
    if (!this.folders) {
      this.folders = new Set();
      for (const path of this.entries.keys()) {
        // Up to the site's root (a post's folders are under it), each folder once.
        for (let dir = dirnameOf(path); dir.length > this.site.root.length && !this.folders.has(dir.toLowerCase()); dir = dirnameOf(dir)) this.folders.add(dir.toLowerCase());
      }
    }
    return this.folders.has(folder.toLowerCase());
  }

  private changed(): void {
    this.termFrequency = undefined;
    this.segments = undefined;
    this.folders = undefined;
    this.byLowerPath = undefined;
    this.terms = {};
    this.version++;
  }
}

/**
 * A term as its page's URL and as written compare: letters and digits, lower case. (Hugo urlizes
 * `CI/CD` to `ci/cd`, Hexo slugizes `C++` to `C`: the two generators differ in their punctuation,
 * and the letters say which term is meant.)
 */
function termKey(term: string): string {
  return term.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function isPostFile(path: string): boolean {
  const lower = path.toLowerCase();
  return POST_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** The folders of date placeholders that open Hexo's `new_post_name` (`:year/:month/`), with the part after them. */
const DATE_FOLDERS = /^(?::(?:year|month|day|i_month|i_day)\/)+/;

/**
 * The names a post tag accepts for a file in `_posts`. Jekyll's `{% post_url %}`: `2024-01-02-title`,
 * and with its subfolder inside `_posts`. Hexo's `{% post_link %}`: the slug, the path inside
 * `source/_posts` without its extension; with a date before the name, also without it (the slug
 * when `new_post_name` puts the date there).
 */
function postNames(rel: string, site: SiteConfig): string[] {
  if (site.generator === 'hexo') {
    const m = /^source\/_posts\/((?:.*\/)?)(\d{4}-\d{2}-\d{2}-)?([^/]+)\.(?:md|markdown)$/.exec(rel);
    if (!m) return [];
    const names = m[2] ? [m[1] + m[2] + m[3], m[1] + m[3]] : [m[1] + m[3]];
    // `new_post_name: :year/:title.md` files posts in folders of their date, which are no part of the slug.
    const dateFolders = site.newPostName ? DATE_FOLDERS.exec(site.newPostName)?.[0].split('/').length ?? 1 : 1;
    if (dateFolders > 1) {
      const folders = m[1].split('/').slice(dateFolders - 1).join('/');
      names.push(folders + m[3]);
    }
    return names;
  }
  const m = /(?:^|\/)_posts\/((?:.*\/)?(\d{4}-\d{2}-\d{2}-[^/]+))\.(?:md|markdown|mdx|html)$/.exec(rel);
  if (!m) return [];
  return m[1] === m[2] ? [m[2]] : [m[1], m[2]];
}
