import { promises as fs } from 'node:fs';
import { extname, join } from 'node:path';

const POST_EXTENSIONS = new Set(['.md', '.markdown']);
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/** Expands the command-line paths: files as given, directories searched for Markdown posts, sorted. */
export async function collectPosts(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    const stat = await fs.stat(path).catch(() => null);
    if (!stat) missing.push(path);
    else if (stat.isDirectory()) await walk(path, files);
    else files.push(path);
  }
  return { files: [...new Set(files)], missing };
}

async function walk(directory: string, into: string[]): Promise<void> {
  const entries = await fs.readdir(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(path, into);
    } else if (entry.isFile() && POST_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      into.push(path);
    }
  }
}
