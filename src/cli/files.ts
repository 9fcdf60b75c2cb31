import { promises as fs } from 'node:fs';
import { extname, join } from 'node:path';

const POST_EXTENSIONS = new Set(['.md', '.markdown']);
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

export interface CollectedPosts {
  files: string[];
  /** Paths that could not be read, with why: `no such file or directory`, `cannot read directory: EACCES`. */
  problems: Array<{ path: string; message: string }>;
}

/**
 * Expands the command-line paths: files as given, directories searched for Markdown posts, sorted.
 * A link to a post counts as the post; links to directories are not followed (no loops).
 */
export async function collectPosts(paths: readonly string[]): Promise<CollectedPosts> {
  const files: string[] = [];
  const problems: CollectedPosts['problems'] = [];
  for (const path of paths) {
    const stat = await fs.stat(path).catch(() => null);
    if (!stat) problems.push({ path, message: 'no such file or directory' });
    else if (stat.isDirectory()) await walk(path, files, problems);
    else files.push(path);
  }
  return { files: [...new Set(files)], problems };
}

async function walk(directory: string, into: string[], problems: CollectedPosts['problems']): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(directory, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: directory, message: `cannot read directory: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(path, into, problems);
    } else if (POST_EXTENSIONS.has(extname(entry.name).toLowerCase()) && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path))))) {
      into.push(path);
    }
  }
}

const isFile = (path: string) => fs.stat(path).then((stat) => stat.isFile(), () => false);
