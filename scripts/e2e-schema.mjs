// End-to-end look at a Front Matter CMS post in the real workbench (code-server + headless
// Chromium): the content type's findings are squiggled, the quick fix menu on the misspelt
// choice offers the close choice and "Fix all schema problems in this post", which fixes both
// findings, and one Ctrl+Z brings both back. Saves docs/images/schema-fmcms.png (the open menu).
//   node scripts/e2e-schema.mjs [out.png]
// Needs `npm run build` first. The last line printed is `N passed, N failed`; exit code 1 on failure.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createChecks, firstLines, preflight, printResults, withTimeout } from './e2e-editor.mjs';
import { openFile, openWorkbench, screenshot } from './e2e-screenshot.mjs';
import { repo } from './start.mjs';

export async function run({ out = join(repo, 'docs/images/schema-fmcms.png'), timeoutMs = 4 * 60_000, log = (m) => process.stderr.write(`[e2e-schema] ${m}\n`) } = {}) {
  const started = Date.now();
  const { check, step, summary } = createChecks();
  let wb;
  try {
    preflight();
    await withTimeout((async () => {
      log('starting code-server and the workbench');
      wb = await openWorkbench({ workspace: join(repo, 'test/fixtures/sites/fmcms'), viewport: { width: 1400, height: 700 } });
      const { page } = wb;
      await openFile(page, 'content/blog/broken.md');
      const error = page.locator('.editor-instance .monaco-editor .view-overlays .cdr.squiggly-error').first();
      check('the missing required field is squiggled', await error.waitFor({ timeout: 30_000 }).then(() => true, () => false));
      const warning = page.locator('.editor-instance .monaco-editor .view-overlays .cdr.squiggly-warning').first();
      check('the wrong choice is squiggled', await warning.waitFor({ timeout: 10_000 }).then(() => true, () => false));
      await step('quick fix menu on the choice', async () => {
        // Line 4 is `category: tutorails`: put the cursor on the value and ask for quick fixes.
        await page.keyboard.press('Control+G');
        await page.keyboard.type('4:14');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Control+.');
        const menu = page.locator('.action-widget');
        await menu.waitFor({ timeout: 10_000 });
        const text = await menu.innerText();
        check('the menu offers Change to "tutorial"', /Change to "tutorial"/.test(text), firstLines(text, 8));
        check('the menu offers Fix all schema problems in this post', /Fix all schema problems in this post/.test(text), firstLines(text, 8));
      });
      await step('screenshot', async () => {
        await screenshot(page, out, { settleMs: 1000 });
        log(`saved ${relative(process.cwd(), out)}`);
        check('screenshot saved', existsSync(out), out);
      });
      const squiggles = () => page.locator('.editor-instance .monaco-editor .view-overlays .cdr.squiggly-error, .editor-instance .monaco-editor .view-overlays .cdr.squiggly-warning').count();
      await step('fix all schema problems, then one undo', async () => {
        await page.locator('.action-widget .monaco-list-row', { hasText: 'Fix all schema problems in this post' }).first().click();
        const fixed = await waitUntil(async () => (await squiggles()) === 0);
        check('both findings are fixed by the one action', fixed, `${await squiggles()} squiggles left`);
        // The editor renders spaces as no-break spaces, and its lines in any order.
        const text = async () => (await page.locator('.editor-instance .monaco-editor .view-lines').innerText()).replace(/\u00a0/g, ' ');
        const lines = await text();
        check('the text has the choice and the field', /category: tutorial\b/.test(lines) && /series: none/.test(lines), firstLines(lines, 8));
        await page.keyboard.press('Control+Z');
        const back = await waitUntil(async () => (await squiggles()) >= 2);
        const after = await text();
        check('one Ctrl+Z restores the post, with both findings', back && /category: tutorails/.test(after) && !/series: none/.test(after), firstLines(after, 8));
      });
    })(), timeoutMs, 'e2e-schema');
  } catch (err) {
    check('harness', false, firstLines(`${err.message}${wb ? `\n--- code-server log ---\n${wb.server.logTail(20)}` : ''}`, 30));
  } finally {
    await wb?.close().catch(() => {});
  }
  return { ...summary(), ms: Date.now() - started };
}

/** Polls `probe` for up to `ms`; whether it came true. */
async function waitUntil(probe, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await probe()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ? resolve(process.argv[2]) : undefined;
  const result = await run(out ? { out } : {});
  printResults(`e2e-schema (${(result.ms / 1000).toFixed(1)} s)`, result);
  process.exitCode = result.failed > 0 ? 1 : 0;
}
