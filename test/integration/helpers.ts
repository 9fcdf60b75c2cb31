import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

/** out/test/integration → repository root. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const fixture = (name: string) => vscode.Uri.file(path.join(ROOT, 'test', 'fixtures', name));
export const SEED_000 = '000_b773296d3b563b01.txt';
export const SEED_003 = '003_90677ba6db7355f9.txt';

export async function activate(): Promise<void> {
  const extension = vscode.extensions.getExtension('frontlint.frontlint');
  assert.ok(extension, 'the extension is installed');
  await extension.activate();
}

/** Resolves when `predicate` holds, polling; fails with `what` after `ms`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const frontlintDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'frontlint');

export const ruleOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** Opens a fixture as Markdown in an editor (the seeds keep their original .txt names). */
export async function openPost(name: string): Promise<vscode.TextEditor> {
  let document = await vscode.workspace.openTextDocument(fixture(name));
  if (document.languageId !== 'markdown') document = await vscode.languages.setTextDocumentLanguage(document, 'markdown');
  const editor = await vscode.window.showTextDocument(document);
  await waitFor(`diagnostics for ${name}`, () => frontlintDiagnostics(document.uri).length > 0 || name === SEED_003 || undefined);
  return editor;
}

export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(document);
}

/** Closes every editor without saving, so no test changes a fixture on disk. */
export async function closeAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty && !document.isUntitled) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
