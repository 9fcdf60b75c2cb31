// End-to-end check of the editor side in the real workbench (code-server + headless Chromium):
// the AI-draft sample gets Frontlint squiggles, the Problems panel lists them, the status bar shows
// the reading time, and docs/images/editor.png is saved.
//   node scripts/e2e-editor.mjs [out.png]
// Needs `npm run build` first. The last line printed is `N passed, N failed`; exit code 1 on failure.
// Also exports the small check recorder that scripts/e2e-preview.mjs uses.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { openFile, openWorkbench, runCommand, screenshot } from './e2e-screenshot.mjs';
import { repo } from './start.mjs';

/** Collects named checks; `check` never throws, so one failure does not hide the rest. */
export function createChecks() {
  const results = [];
  const check = (name, ok, detail = '') => {
    results.push({ name, ok: !!ok, detail: String(detail ?? '') });
    return !!ok;
  };
  /** Runs `fn`; a thrown error becomes a failed check named `name`. */
  const step = async (name, fn) => {
    try {
      return await fn();
    } catch (err) {
      check(name, false, firstLines(err?.message ?? err, 6));
      return undefined;
    }
  };
  const summary = () => ({
    passed: results.filter((r) => r.ok).length,
    failed: results.filter((r) => !r.ok).length,
    failures: results.filter((r) => !r.ok).map(({ name, detail }) => ({ name, detail })),
    results,
  });
  return { results, check, step, summary };
}

export const firstLines = (text, n = 3) => String(text).split('\n').slice(0, n).join('\n');

/** Rejects after `ms` (with `what` in the message); the caller's finally still cleans up. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

export function printResults(title, { results, passed, failed }, out = console.log) {
  out(`\n${title}`);
  for (const r of results) out(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${r.detail ? `  — ${r.detail.replace(/\n/g, '\n        ')}` : ''}`);
  out(`\n${passed} passed, ${failed} failed`);
}

/**
 * Runs one end-to-end scenario: `body({ check, step, setWorkbench })` within `timeoutMs`; a thrown
 * error becomes a failed "harness" check with the code-server log, and the workbench given to
 * `setWorkbench` is always closed. Resolves to { passed, failed, failures, results, ms }.
 */
export async function runScenario(name, timeoutMs, body) {
  const started = Date.now();
  const { check, step, summary } = createChecks();
  let wb;
  try {
    preflight();
    await withTimeout(body({ check, step, setWorkbench: (w) => (wb = w) }), timeoutMs, name);
  } catch (err) {
    check('harness', false, firstLines(`${err.message}${wb ? `\n--- code-server log ---\n${wb.server.logTail(20)}` : ''}`, 30));
  } finally {
    await wb?.close().catch(() => {});
  }
  return { ...summary(), ms: Date.now() - started };
}

/** `node scripts/e2e-NAME.mjs [out.png]`: runs the scenario, prints the checks, sets the exit code. */
export async function runAsScript(name, run) {
  const out = process.argv[2] ? resolve(process.argv[2]) : undefined;
  const result = await run(out ? { out } : {});
  printResults(`${name} (${(result.ms / 1000).toFixed(1)} s)`, result);
  process.exitCode = result.failed > 0 ? 1 : 0;
}

/** Warnings that explain most failures before anything starts. */
export function preflight() {
  if (!existsSync(join(repo, 'dist/extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
}

const STATUS_TEXT = '34 min';

/**
 * Opens examples/ai-draft-alibaba.md, checks diagnostics, the Problems panel and the status bar
 * item, and saves a 1400×900 screenshot. Resolves to { passed, failed, failures, results, ms }.
 */
export function run({ out = join(repo, 'docs/images/editor.png'), timeoutMs = 4 * 60_000, log = (m) => process.stderr.write(`[e2e-editor] ${m}\n`) } = {}) {
  return runScenario('e2e-editor', timeoutMs, async ({ check, step, setWorkbench }) => {
    log('starting code-server and the workbench');
    const wb = setWorkbench(await openWorkbench({ workspace: join(repo, 'examples'), viewport: { width: 1400, height: 900 } }));
    const { page } = wb;
    log('opening ai-draft-alibaba.md');
    await openFile(page, 'ai-draft-alibaba.md');

    // Squiggles: Frontlint's first lint of the file (the visible lines only carry warnings).
    const squiggle = page.locator('.editor-instance .monaco-editor .view-overlays .cdr[class*="squiggly-"]').first();
    const squiggled = await squiggle.waitFor({ timeout: 30_000 }).then(() => true, () => false);
    check('squiggles appear in the editor', squiggled, squiggled ? '' : 'no .squiggly-* decoration within 30 s');

    // The status bar problem counts match the CLI (7 errors, 12 warnings).
    const problems = page.locator('.part.statusbar .statusbar-item[id="status.problems"]');
    const counts = await step('status bar problem counts', async () => {
      await page.waitForFunction(() => /\b7\b/.test(document.getElementById('status.problems')?.textContent ?? ''), null, { timeout: 15_000 }).catch(() => {});
      return (await problems.innerText()).replace(/\s+/g, ' ').trim();
    });
    if (counts !== undefined) check('status bar counts 7 errors and 12 warnings', /^7 12\b/.test(counts), `problems item reads "${counts}"`);

    // Reading time: `$(book) 34 min` renders as a codicon + text.
    await step('status bar reading time', async () => {
      const item = page.locator('.part.statusbar .statusbar-item', { hasText: STATUS_TEXT }).first();
      const visible = await item.waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false);
      const all = (await page.locator('.part.statusbar').innerText()).replace(/\s+/g, ' ');
      check(`status bar shows "${STATUS_TEXT}"`, visible, visible ? '' : `status bar reads "${all}"`);
      if (visible) {
        const icon = (await item.locator('.codicon-book').count()) > 0;
        check('reading time item has the book icon', icon, icon ? '' : `item HTML: ${(await item.innerHTML()).slice(0, 200)}`);
      }
    });

    // Problems panel.
    await step('open the Problems panel', async () => {
      await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
      const panel = page.locator('.markers-panel');
      await panel.locator('.monaco-list-row').first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(500); // rows render in batches
      const text = await panel.innerText();
      const listed = /end-marker/.test(text) && /---END---/.test(text);
      check('Problems panel lists end-marker problems', listed, listed ? `${(text.match(/end-marker/g) ?? []).length} end-marker rows visible` : firstLines(text, 6));
      check('Problems panel attributes them to frontlint', /frontlint/.test(text));
      // Reveal the first error (an ---END--- line) in the editor, so the screenshot shows a red squiggle.
      await panel.locator('.monaco-list-row', { hasText: '---END---' }).first().click();
      const error = page.locator('.editor-instance .monaco-editor .view-overlays .cdr.squiggly-error').first();
      check('an error squiggle is visible on the ---END--- line', await error.waitFor({ timeout: 10_000 }).then(() => true, () => false));
    });

    // The click moved the focus to the editor; the status bar item still belongs to this post.
    const stillThere = await page.locator('.part.statusbar .statusbar-item', { hasText: STATUS_TEXT }).first().isVisible();
    check(`status bar still shows "${STATUS_TEXT}" with the Problems panel open`, stillThere);
    await step('screenshot', async () => {
      await screenshot(page, out, { settleMs: 1500 });
      log(`saved ${relative(process.cwd(), out)}`);
      check('editor screenshot saved', existsSync(out), out);
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await runAsScript('e2e-editor', run);
