import * as vscode from 'vscode';
import type { EntryKind, FileSystem } from '../fs/fileSystem';

const kindOf = (type: vscode.FileType): EntryKind =>
  type & vscode.FileType.Directory ? 'directory' : type & vscode.FileType.File ? 'file' : 'other';

/**
 * The editor's file system for config discovery: `vscode.workspace.fs`, so that remote and
 * virtual workspaces work too. Paths are URI paths under `base`'s scheme and authority.
 */
export function workspaceFileSystem(base: vscode.Uri): FileSystem {
  const at = (path: string) => base.with({ path, query: '', fragment: '' });
  return {
    async readFile(path) {
      try {
        return await vscode.workspace.fs.readFile(at(path));
      } catch {
        return undefined;
      }
    },
    async readDirectory(path) {
      try {
        return (await vscode.workspace.fs.readDirectory(at(path))).map(([name, type]) => ({ name, kind: kindOf(type) }));
      } catch {
        return undefined;
      }
    },
    async stat(path) {
      try {
        const stat = await vscode.workspace.fs.stat(at(path));
        return { kind: kindOf(stat.type), size: stat.size, mtime: stat.mtime };
      } catch {
        return undefined;
      }
    },
  };
}
