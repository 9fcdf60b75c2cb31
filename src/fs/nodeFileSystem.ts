import { promises as fs } from 'node:fs';
import type { DirectoryEntry, EntryKind, FileStat, FileSystem } from './fileSystem';

/** The CLI's file system: `node:fs`, with symbolic links followed. */
export const nodeFileSystem: FileSystem = {
  async readFile(path) {
    return fs.readFile(path).catch(() => undefined);
  },
  async readDirectory(path) {
    const entries = await fs.readdir(path, { withFileTypes: true }).catch(() => undefined);
    if (!entries) return undefined;
    const out: DirectoryEntry[] = [];
    for (const entry of entries) {
      let kind: EntryKind = entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other';
      if (entry.isSymbolicLink()) kind = (await nodeFileSystem.stat(`${path}/${entry.name}`))?.kind ?? 'other';
      out.push({ name: entry.name, kind });
    }
    return out;
  },
  async stat(path): Promise<FileStat | undefined> {
    const stat = await fs.stat(path).catch(() => undefined);
    if (!stat) return undefined;
    return { kind: stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other', size: stat.size, mtime: stat.mtimeMs };
  },
};
