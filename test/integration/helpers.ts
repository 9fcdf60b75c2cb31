import * as assert from 'assert';
import * as fs from 'fs';
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

let untitledCount = 0;

/**
 * A new unsaved Markdown post. Each gets its own name: a reused `Untitled-1` could still be the
 * previous test's document, not yet disposed.
 */
export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.file(path.join(ROOT, 'test', 'fixtures', `untitled-${process.pid}-${++untitledCount}.md`)).with({ scheme: 'untitled' });
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  if (content) await editor.edit((b) => b.insert(new vscode.Position(0, 0), content));
  // Commands act on the active editor: make sure it is this one before the test goes on.
  await waitFor('the new editor to be active', () => vscode.window.activeTextEditor?.document === document);
  return editor;
}

/**
 * Closes every editor without saving, so no test changes a fixture on disk. Dirty editors are
 * reverted first: closing one would otherwise ask to save, and stay open behind the dialog.
 */
export async function closeAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await waitFor('every editor to close', () => vscode.window.visibleTextEditors.length === 0 || undefined);
}

/**
 * Figures for the README, measured in the real extension host (reported, never asserted): merged
 * into .test-results/metrics.json, so that each suite adds its own.
 */
export function recordMetrics(figures: Record<string, number>): void {
  const file = path.join(ROOT, '.test-results', 'metrics.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let current: Record<string, number> = {};
  try {
    current = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    // first figures of this run
  }
  fs.writeFileSync(file, JSON.stringify({ ...current, ...figures }, null, 2));
}

/** Watches an extension-host timer: `stop()` says how late (ms) a 10 ms interval fired at worst meanwhile. */
export function watchTimerLag(): { stop: () => number; worstAt: () => number; worstSchedule: () => Schedule | undefined } {
  let last = performance.now();
  let lastSchedule = threadSchedule();
  let lag = 0;
  let worstAt = 0;
  let worstSchedule: Schedule | undefined;
  const timer = setInterval(() => {
    const now = performance.now();
    const schedule = threadSchedule();
    if (now - last - 10 > lag) {
      lag = now - last - 10;
      worstAt = now;
      worstSchedule = schedule && lastSchedule && { runningMs: schedule.runningMs - lastSchedule.runningMs, waitingMs: schedule.waitingMs - lastSchedule.waitingMs };
    }
    last = now;
    lastSchedule = schedule;
  }, 10);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.round(lag);
    },
    /** When (performance.now()) the worst lag ended. */
    worstAt: () => worstAt,
    /** During the worst lag, how long this thread ran and how long it waited for a core (Linux). */
    worstSchedule: () => worstSchedule,
  };
}

interface Schedule {
  runningMs: number;
  waitingMs: number;
}

/** This thread's time on a core and waiting for one, from the kernel's scheduler statistics (Linux only). */
function threadSchedule(): Schedule | undefined {
  try {
    const [running, waiting] = fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return { runningMs: running / 1e6, waitingMs: waiting / 1e6 };
  } catch {
    return undefined;
  }
}
