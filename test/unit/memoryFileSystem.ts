import type { DirectoryEntry, FileSystem } from '../../src/fs/fileSystem';

/** An in-memory FileSystem for tests: absolute paths → text; folders are implied by the paths. */
export function memoryFileSystem(files: Record<string, string>): FileSystem & { reads: string[] } {
  const encoder = new TextEncoder();
  const reads: string[] = [];
  const isDir = (path: string) => Object.keys(files).some((f) => f.startsWith(path.endsWith('/') ? path : `${path}/`));
  return {
    reads,
    async readFile(path) {
      reads.push(path);
      return path in files ? encoder.encode(files[path]) : undefined;
    },
    async readDirectory(path) {
      if (!isDir(path)) return undefined;
      const prefix = path.endsWith('/') ? path : `${path}/`;
      const names = new Map<string, DirectoryEntry>();
      for (const file of Object.keys(files)) {
        if (!file.startsWith(prefix)) continue;
        const [name, ...rest] = file.slice(prefix.length).split('/');
        names.set(name, { name, kind: rest.length > 0 ? 'directory' : 'file' });
      }
      return [...names.values()];
    },
    async stat(path) {
      if (path in files) return { kind: 'file', size: files[path].length, mtime: 0 };
      return isDir(path) ? { kind: 'directory', size: 0, mtime: 0 } : undefined;
    },
  };
}
