import { decodeStrictUtf8 } from './utf8';
/**
 * The small file-system interface through which everything that spans files (config discovery,
 * schemas, the blog index) reads. The extension passes one over `vscode.workspace.fs`, the CLI one
 * over `node:fs`, so both give the same answers for the same blog.
 *
 * Paths are absolute, with `/` separators (a URI's path in the editor, a POSIX path in the CLI).
 * Every method resolves, never rejects: a missing or unreadable entry is `undefined`.
 */
export interface FileSystem {
  /** The file's bytes, or undefined when it does not exist or cannot be read. */
  readFile(path: string): Promise<Uint8Array | undefined>;
  /** The entries of a folder, or undefined when it does not exist or cannot be read. */
  readDirectory(path: string): Promise<DirectoryEntry[] | undefined>;
  /** What is at `path`, or undefined when nothing is. */
  stat(path: string): Promise<FileStat | undefined>;
}

export interface DirectoryEntry {
  name: string;
  kind: EntryKind;
}

export type EntryKind = 'file' | 'directory' | 'other';

export interface FileStat {
  kind: EntryKind;
  size: number;
  /** Modification time in ms since the epoch, for cache validation. */
  mtime: number;
}

/**
 * How many files are read or stat'ed at once: all at once would hold every file's bytes (and a
 * pending request per file) at the same time.
 */
export function* filesAtOnce<T>(paths: readonly T[]): Generator<readonly T[]> {
  for (let i = 0; i < paths.length; i += 64) yield paths.slice(i, i + 64);
}

/** Decodes a file as strict UTF-8 (without a BOM); undefined for a missing file, bytes that are not UTF-8, or more than `maxBytes`. */
export async function readTextFile(fs: FileSystem, path: string, maxBytes = Infinity): Promise<string | undefined> {
  const bytes = await fs.readFile(path);
  if (!bytes || bytes.length > maxBytes) return undefined;
  const text = decodeStrictUtf8(bytes);
  return text?.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `/a/b/c.md` → `/a/b`. */
export function dirnameOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

/** Joins path segments with `/`, resolving `.` and `..` (relative segments resolve against the first). */
export function joinPath(base: string, ...parts: string[]): string {
  const segments: string[] = [];
  for (const part of [base, ...parts]) {
    if (part.startsWith('/')) segments.length = 0;
    for (const segment of part.split('/')) {
      if (segment === '' || segment === '.') continue;
      if (segment === '..') segments.pop();
      else segments.push(segment);
    }
  }
  return '/' + segments.join('/');
}
