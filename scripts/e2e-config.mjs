// Screenshots of config files, MDX and the disable quick fix in the real workbench:
//   node scripts/e2e-config.mjs <siteDir> <outDir>
// (the site is a copy of test/fixtures/sites/configured, optionally with a broken config file).
import { join, resolve } from 'node:path';
import { openFile, openWorkbench, runCommand, screenshot } from './e2e-screenshot.mjs';

const [siteArg, outArg] = process.argv.slice(2);
const wb = await openWorkbench({ workspace: resolve(siteArg) });
try {
  const { page } = wb;
  await openFile(page, 'src/content/astro-mdx.mdx');
  await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
  console.log(await screenshot(page, join(outArg, 'mdx-problems.png'), { settleMs: 2500 }));
  await openFile(page, 'src/.frontlint.yaml');
  console.log(await screenshot(page, join(outArg, 'broken-config.png'), { settleMs: 2500 }));
  await openFile(page, '_posts/2024-05-01-remote.md');
  await page.waitForTimeout(1500);
  await page.keyboard.press('Control+G');
  await page.keyboard.type('9');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+.');
  await page.locator('.action-widget').waitFor({ timeout: 10_000 });
  console.log(await screenshot(page, join(outArg, 'disable-quick-fix.png'), { settleMs: 800 }));
} catch (err) {
  console.error(`${err.message}\n--- code-server log ---\n${wb.server.logTail(40)}`);
  process.exitCode = 1;
} finally {
  await wb.close();
}
