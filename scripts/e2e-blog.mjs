// End-to-end check of the blog features in the real workbench (code-server + headless Chromium),
// on the Jekyll fixture site: completion in front matter offers the blog's tags with counts, and
// the hover on `reading_time` shows the breakdown. Saves docs/images/completion.png and
// docs/images/hover.png.
//   node scripts/e2e-blog.mjs
// Needs `npm run build` first. The last line printed is `N passed, N failed`; exit code 1 on failure.
import { join } from 'node:path';
import { createChecks, preflight, printResults, withTimeout } from './e2e-editor.mjs';
import { openFile, openWorkbench, screenshot } from './e2e-screenshot.mjs';
import { repo } from './start.mjs';

const log = (m) => process.stderr.write(`[e2e-blog] ${m}\n`);

/** Moves the cursor to a 1-based line and column with Go to Line (`:line:column` in Quick Open). */
async function goTo(page, line, column) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

const { check, step, summary } = createChecks();
let wb;
try {
  preflight();
  await withTimeout((async () => {
    log('starting code-server and the workbench');
    wb = await openWorkbench({ workspace: join(repo, 'test/fixtures/sites/jekyll'), viewport: { width: 1200, height: 700 } });
    const { page } = wb;
    await openFile(page, '2024-01-13-hello-again.md');
    // The blog is indexed in the background: its duplicate-title squiggle says it is done.
    const squiggled = await page.locator('.view-overlays .cdr[class*="squiggly-"]').first().waitFor({ timeout: 30_000 }).then(() => true, () => false);
    check('the blog index raised duplicate-title on the post', squiggled);

    await step('completion', async () => {
      await goTo(page, 4, 14); // after `tags: [jekyll`
      await page.keyboard.type(', ');
      if (process.env.E2E_DEBUG) await page.screenshot({ path: '/tmp/e2e-blog-typed.png' });
      const widget = page.locator('.suggest-widget.visible');
      await widget.waitFor({ timeout: 15_000 });
      await page.waitForTimeout(500);
      const rows = await widget.locator('.monaco-list-row').allInnerTexts();
      check('completion offers the blog\'s tags with counts, most used first', /ai[\s\S]*3 posts/.test(rows[0] ?? ''), rows.join(' | '));
      await screenshot(page, join(repo, 'docs/images/completion.png'), { settleMs: 300 });
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Z');
      await page.keyboard.press('Control+Z');
    });

    await step('hover', async () => {
      await goTo(page, 5, 3); // on `reading_time`
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      const hover = page.locator('.monaco-hover:not(.hidden)').first();
      await hover.waitFor({ timeout: 15_000 });
      const text = await hover.innerText();
      check('the hover on reading_time shows the breakdown', /Reading time: 1 min/.test(text) && /Latin-script words/.test(text), text);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(repo, 'docs/images/hover.png'), type: 'png' });
    });
  })(), 4 * 60_000, 'the blog e2e run');
} catch (err) {
  check('the run', false, err.message);
} finally {
  await wb?.close();
}
const result = summary();
printResults('e2e-blog', result);
process.exitCode = result.failed > 0 ? 1 : 0;
