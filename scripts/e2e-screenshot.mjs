// Building blocks for end-to-end checks in the real workbench (code-server + headless Chromium),
// with Frontlint installed as in `npm start`, and a script that saves one screenshot:
//   node scripts/e2e-screenshot.mjs <workspaceDir> <file> <out.png>
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { launchChromium } from './code-server.mjs';
import { TEST_SETTINGS } from './run-integration.mjs';
import { repo, startWithExtension } from './start.mjs';

/**
 * Starts code-server (free port, fresh user data) with the extension installed, opens `workspace`
 * in Chromium and waits until the workbench is up. Returns { page, server, close }.
 */
export async function openWorkbench({ workspace, extensionPath = repo, viewport = { width: 1400, height: 900 }, settings = {} }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'frontlint-e2e-'));
  let server, browser;
  // Ctrl-C must not leave code-server (its own process group) running.
  const onSignal = () => { close().finally(() => process.exit(130)); };
  const close = async () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await browser?.close().catch(() => {});
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    server = await startWithExtension({ dataDir, folder: workspace, extensionPath, settings: { ...TEST_SETTINGS, ...settings } });
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    // The status bar and the explorer tree are among the last parts to render.
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    return { page, server, browser, close };
  } catch (err) {
    if (server) err.message += `\n--- code-server log ---\n${server.logTail(40)}`;
    await close();
    throw err;
  }
}

/** Types `text` into the quick input (already open) and picks the first row that shows `label`. */
async function pick(page, text, label) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(text);
  // Rows arrive asynchronously; clicking the matching row avoids accepting a stale first row.
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.click({ timeout: 15_000 }).catch(async (err) => {
    await page.keyboard.press('Escape'); // leave the UI usable for the caller
    throw new Error(`nothing matching "${label}" in the quick input after typing "${text}"\n${err.message}`);
  });
}

/** Opens a file by its path relative to the workspace through Quick Open (Ctrl+P); waits for its editor. */
export async function openFile(page, file) {
  const name = file.split(/[\\/]/).pop();
  await page.keyboard.press('Control+P');
  await pick(page, file, name);
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/** Runs a command by its palette title (e.g. "View: Toggle Problems") through F1. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await pick(page, `>${title}`, title);
}

/** Saves a PNG of the whole page after letting rendering settle. */
export async function screenshot(page, path, { settleMs = 1000 } = {}) {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  await page.mouse.move(0, 0); // park the pointer where it raises no hover or tooltip
  await page.waitForTimeout(settleMs);
  await page.screenshot({ path, type: 'png' });
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [workspaceArg, fileArg, out] = process.argv.slice(2);
  if (!out) {
    console.error('usage: node scripts/e2e-screenshot.mjs <workspaceDir> <file> <out.png>');
    process.exit(2);
  }
  // Without a CJK font, Japanese text renders as boxes (Debian: apt-get install fonts-noto-cjk).
  try { if (!execFileSync('fc-list', [':lang=ja'], { encoding: 'utf8' }).trim()) console.error('warning: no Japanese font installed (fonts-noto-cjk)'); } catch { /* no fontconfig */ }
  if (!existsSync(join(repo, 'dist/extension.js'))) console.error('warning: dist/extension.js is missing (npm run build); Frontlint will not activate');
  const workspace = resolve(workspaceArg);
  const abs = isAbsolute(fileArg) ? fileArg : resolve(workspace, fileArg);
  const wb = await openWorkbench({ workspace });
  try {
    await openFile(wb.page, relative(workspace, abs));
    console.log(await screenshot(wb.page, out));
  } catch (err) {
    console.error(`${err.message}\n--- code-server log ---\n${wb.server.logTail(40)}`);
    process.exitCode = 1;
  } finally {
    await wb.close();
  }
}
