// End-to-end check of the blog features in the real workbench (code-server + headless Chromium),
// on the Jekyll fixture site: the background index raises duplicate-title, completion in front
// matter offers the blog's tags with counts, the hover on `reading_time` shows the breakdown, and a
// broken link's quick-fix menu starts with the closest permalink.
// Then Scan Workspace Posts fills the Problems panel with the posts that are not open (their lint
// runs in a background process), leaving out related locations in the post itself until it is
// opened. Saves completion.png, hover.png, broken-link.png and scan.png (docs/images by default).
// Part of `npm test`.
//   node scripts/e2e-blog.mjs [images-dir]
// Needs `npm run build` first. The last line printed is `N passed, N failed`; exit code 1 on failure.
import { join, resolve } from 'node:path';
import { printResults, runScenario } from './e2e-editor.mjs';
import { openFile, openWorkbench, runCommand, screenshot } from './e2e-screenshot.mjs';
import { repo } from './start.mjs';

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

export function run({ imagesDir = join(repo, 'docs/images'), timeoutMs = 4 * 60_000, log = (m) => process.stderr.write(`[e2e-blog] ${m}\n`) } = {}) {
  return runScenario('e2e-blog', timeoutMs, async ({ check, step, setWorkbench }) => {
    log('starting code-server and the workbench');
    const wb = await openWorkbench({ workspace: join(repo, 'test/fixtures/sites/jekyll'), viewport: { width: 1200, height: 700 } });
    setWorkbench(wb);
    const { page } = wb;
    await openFile(page, '2024-01-13-hello-again.md');
    // The blog is indexed in the background: its duplicate-title squiggle says it is done.
    const squiggled = await page.locator('.view-overlays .cdr[class*="squiggly-"]').first().waitFor({ timeout: 30_000 }).then(() => true, () => false);
    check('the blog index raised duplicate-title on the post', squiggled);

    await step('completion', async () => {
      await goTo(page, 4, 14); // after `tags: [jekyll`
      await page.keyboard.type(', ');
      const widget = page.locator('.suggest-widget.visible');
      // Typing `, ` triggers it; on a loaded machine the trigger can pass before the editor has the
      // keystrokes' text, so it is asked for once more as a writer would (Ctrl+Space).
      if (!(await widget.waitFor({ timeout: 5_000 }).then(() => true, () => false))) await page.keyboard.press('Control+Space');
      await widget.waitFor({ timeout: 15_000 });
      await page.waitForTimeout(500);
      const rows = await widget.locator('.monaco-list-row').allInnerTexts();
      check("completion offers the blog's tags with counts, most used first", /ai[\s\S]*3 posts/.test(rows[0] ?? ''), rows.join(' | '));
      await screenshot(page, join(imagesDir, 'completion.png'), { settleMs: 300 });
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
      await page.screenshot({ path: join(imagesDir, 'hover.png'), type: 'png' });
    });

    await step('broken-link quick fix', async () => {
      await openFile(page, '2024-01-10-hello-world.md');
      await page.locator('.view-overlays .cdr[class*="squiggly-"]').first().waitFor({ timeout: 30_000 });
      await goTo(page, 14, 50); // in `/2024/01/11/second-post-follow-up/`
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget');
      await menu.waitFor({ timeout: 15_000 });
      await page.waitForTimeout(500);
      const rows = (await menu.locator('.monaco-list-row').allInnerTexts()).map((r) => r.trim()).filter((r) => r && r !== 'Quick Fix');
      // VS Code lists the newer provider's actions first among equals: the blog's must come last.
      check('the closest permalink heads the quick-fix menu, above disabling the rule', rows[0] === 'Change the link to /2024/01/11/second-post/', rows.join(' | '));
      await screenshot(page, join(imagesDir, 'broken-link.png'), { settleMs: 300 });
      await page.keyboard.press('Escape');
    });

    await step('scan workspace posts', async () => {
      await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
      const panel = page.locator('.markers-panel');
      const rows = async () => (await panel.locator('.monaco-list-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
      // conflicting-link is a rule of the post's own lint (the blog index publishes only the blog
      // rules), and second-post was never opened: only the scan can put it in the panel.
      const conflict = (all) => all.filter((r) => /frontlint\s*\(?conflicting-link/.test(r));
      // A related location is a row of its own: `file [Ln l, Col c] : message`.
      const firstLink = (all) => all.filter((r) => /^2024-01-11-second-post\.md \[Ln 17, Col 17\] : "Hello World" links to \/2024\/01\/10\/hello-world\/ here$/.test(r));
      check('before the scan, the panel has no conflicting-link of the unopened post', conflict(await rows()).length === 0, (await rows()).join(' | '));
      await runCommand(page, 'Frontlint: Scan Workspace Posts');
      const listed = await panel.locator('.monaco-list-row', { hasText: 'conflicting-link' }).first().waitFor({ timeout: 30_000 }).then(() => true, () => false);
      check('after it, the unopened post has its conflicting-link, with its rule link', listed);
      const done = await page.locator('.notification-toast', { hasText: 'scanning posts' }).waitFor({ state: 'detached', timeout: 30_000 }).then(() => true, () => false);
      check('the scan finishes, and its progress notification goes', done);
      const scanned = await rows();
      check("a scanned problem leaves out the location in its own post (its message names the line)", conflict(scanned).length === 1 && firstLink(scanned).length === 0, scanned.join(' | '));
      await screenshot(page, join(imagesDir, 'scan.png'), { settleMs: 500 });
      await openFile(page, '2024-01-11-second-post.md');
      await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
      const related = await panel.locator('.monaco-list-row', { hasText: 'links to /2024/01/10/hello-world/ here' }).first().waitFor({ timeout: 30_000 }).then(() => true, () => false);
      check('opened, the post lints in the editor and the problem names that location', related && firstLink(await rows()).length === 1, (await rows()).join(' | '));
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await run(process.argv[2] ? { imagesDir: resolve(process.argv[2]) } : {});
  printResults(`e2e-blog (${(result.ms / 1000).toFixed(1)} s)`, result);
  process.exitCode = result.failed > 0 ? 1 : 0;
}
