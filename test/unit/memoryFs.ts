import type { DirectoryEntry, FileSystem } from '../../src/fs/fileSystem';

/** An in-memory `FileSystem` for tests: paths are absolute with `/`; folders exist where files are. */
export function memoryFs(files: Record<string, string | Uint8Array>): FileSystem & { files: Map<string, Uint8Array> } {
  const encoder = new TextEncoder();
  const map = new Map(Object.entries(files).map(([path, content]) => [path, typeof content === 'string' ? encoder.encode(content) : content]));
  const isDir = (path: string) => [...map.keys()].some((f) => f.startsWith(path === '/' ? '/' : `${path}/`));
  return {
    files: map,
    async readFile(path) {
      return map.get(path);
    },
    async readDirectory(path) {
      if (!isDir(path)) return undefined;
      const prefix = path === '/' ? '/' : `${path}/`;
      const names = new Map<string, DirectoryEntry>();
      for (const file of map.keys()) {
        if (!file.startsWith(prefix)) continue;
        const [name, ...rest] = file.slice(prefix.length).split('/');
        names.set(name, { name, kind: rest.length > 0 ? 'directory' : 'file' });
      }
      return [...names.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
    },
    async stat(path) {
      const file = map.get(path);
      if (file) return { kind: 'file', size: file.length, mtime: 0 };
      return isDir(path) ? { kind: 'directory', size: 0, mtime: 0 } : undefined;
    },
  };
}
