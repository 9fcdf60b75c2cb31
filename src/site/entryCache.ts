/**
 * The editor's blog index kept between sessions: each post's entry, with the size and modification
 * time of the file it was read from. Opening the blog again reads only the posts that changed.
 *
 * What an entry holds comes from the post's text, the generator (how front matter is read) and
 * Frontlint's own code: the cache's key names the last two, and a post whose size or time differs
 * is read again. The post's path relative to the site and its URL are worked out again from the
 * site's config on every build (`BlogIndex` prepares each entry), so a changed permalink pattern
 * needs no new cache.
 *
 * The file is JSON Lines: a header, then one post per line, so that it can be written and read a
 * few posts at a time without holding the editor's thread.
 */
import { filesAtOnce, type FileSystem } from '../fs/fileSystem';
import type { PostEntry } from './postEntry';

/** Bumped when the file's layout changes. */
const FORMAT = 1;

/** What a file was when its entry was made. */
export interface FileStamp {
  size: number;
  mtime: number;
}

export interface CachedEntry {
  stamp: FileStamp;
  entry: PostEntry;
}

/** The cache's first line. */
export function entryCacheHeader(key: string): string {
  return JSON.stringify({ format: FORMAT, key });
}

/** One post's line. */
export function entryCacheLine(entry: PostEntry, stamp: FileStamp): string {
  return JSON.stringify([stamp.size, stamp.mtime, entry]);
}

/**
 * Whether a cache file's first line is this cache's: written for the same key (the same build of
 * Frontlint, the same generator) in the same format. Otherwise none of its entries can be trusted.
 */
export function isEntryCacheFor(header: string | undefined, key: string): boolean {
  const parsed = parseJson(header) as { format?: unknown; key?: unknown } | undefined;
  return parsed?.format === FORMAT && parsed.key === key;
}

/**
 * Adds the posts of some of a cache file's lines (after its header) to `cached`, by path. A line
 * that is not a post's (cut off by a crash while the file was written) is left out.
 */
export function readEntryCacheLines(lines: readonly string[], cached: Map<string, CachedEntry>): void {
  for (const text of lines) {
    const line = parseJson(text);
    if (!Array.isArray(line) || line.length !== 3) continue;
    const [size, mtime, entry] = line as [unknown, unknown, unknown];
    if (typeof size !== 'number' || typeof mtime !== 'number' || !isEntry(entry)) continue;
    cached.set(entry.path, { stamp: { size, mtime }, entry });
  }
}

/**
 * Whether a cached value has what the blog rules read of an entry. A file edited by hand, or
 * written by a build whose key matched by chance, must not make them throw on every check.
 */
function isEntry(value: unknown): value is PostEntry {
  const entry = value as Partial<Record<keyof PostEntry, unknown>> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.path === 'string' &&
    typeof entry.hasFrontMatter === 'boolean' &&
    typeof entry.translated === 'boolean' &&
    typeof entry.generated === 'boolean' &&
    typeof entry.anchorSources === 'object' &&
    entry.anchorSources !== null &&
    [entry.tags, entry.categories, entry.links, entry.titleTermKeys, entry.missingTitleTerms, entry.suppressed].every(Array.isArray)
  );
}

/**
 * Whether a file's stamp can vouch for its entry next time. A time of 0 is none (virtual file
 * systems that keep no times), and a file written in the 2 s before it was stamped may be written
 * again within the same tick of a coarse clock (FAT, HFS+, network shares), keeping its size: it
 * is read again next time rather than trusted.
 */
export function isTrustworthyStamp(stamp: FileStamp, stampedAt: number): boolean {
  return stamp.mtime > 0 && stamp.mtime < stampedAt - 2000;
}

/** The size and modification time of each post, read a batch at a time; a post that cannot be read has none. */
export async function stampFiles(fs: Pick<FileSystem, 'stat'>, paths: readonly string[]): Promise<Map<string, FileStamp>> {
  const stamps = new Map<string, FileStamp>();
  for (const batch of filesAtOnce(paths)) {
    const stats = await Promise.all(batch.map((path) => fs.stat(path)));
    batch.forEach((path, k) => {
      const stat = stats[k];
      if (stat?.kind === 'file') stamps.set(path, { size: stat.size, mtime: stat.mtime });
    });
  }
  return stamps;
}

/**
 * The cached entries still true of the files as they are now (same size and time), for posts the
 * index reads (up to `maxBytes`: a limit lowered since leaves the larger posts out, as it would).
 */
export function unchangedEntries(cached: ReadonlyMap<string, CachedEntry>, stamps: ReadonlyMap<string, FileStamp>, maxBytes = Infinity): Map<string, PostEntry> {
  const unchanged = new Map<string, PostEntry>();
  for (const [path, stamp] of stamps) {
    const hit = cached.get(path);
    if (hit && stamp.size <= maxBytes && hit.stamp.size === stamp.size && hit.stamp.mtime === stamp.mtime) unchanged.set(path, hit.entry);
  }
  return unchanged;
}

function parseJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
