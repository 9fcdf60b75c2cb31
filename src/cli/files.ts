import { promises as fs } from 'node:fs';
import { join } from 'node:path';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

export interface Candidate {
  path: string;
  /** Found by searching a folder (kept only if its extension is a post's); false when named on the command line. */
  searched: boolean;
}

export interface CollectedPosts {
  files: Candidate[];
  /** Paths that could not be read, with why: `no such file or directory`, `cannot read directory: EACCES`. */
  problems: Array<{ path: string; message: string }>;
}

/**
 * Expands the command-line paths: files as given, directories searched for files, sorted. Which of
 * the files found are posts (their extension, `ignores`) is for each file's config to say.
 * A link to a file counts as the file; links to directories are not followed (no loops).
 */
export async function collectPosts(paths: readonly string[]): Promise<CollectedPosts> {
  const files: Candidate[] = [];
  const seen = new Set<string>();
  const problems: CollectedPosts['problems'] = [];
  const add = (path: string, searched: boolean) => {
    if (!seen.has(path)) files.push({ path, searched });
    seen.add(path);
  };
  for (const path of paths) {
    const stat = await fs.stat(path).catch(() => null);
    if (!stat) problems.push({ path, message: 'no such file or directory' });
    else if (stat.isDirectory()) await walk(path, add, problems);
    else add(path, false);
  }
  return { files, problems };
}

async function walk(directory: string, add: (path: string, searched: boolean) => void, problems: CollectedPosts['problems']): Promise<void> {
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
      if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(path, add, problems);
    } else if (entry.name.includes('.', 1) && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path))))) {
      add(path, true);
    }
  }
}

const isFile = (path: string) => fs.stat(path).then((stat) => stat.isFile(), () => false);
