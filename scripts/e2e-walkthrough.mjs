// End-to-end check of the first run in the real workbench (code-server + headless Chromium):
// the URL that `npm start` prints opens the sample post, git does not ask about the repository in
// a parent folder, and the "Get Started with Frontlint" walkthrough shows its five steps with their
// media. Saves docs/images/walkthrough.png.
//   node scripts/e2e-walkthrough.mjs [out.png]
// Needs `npm run build` first. The last line printed is `N passed, N failed`; exit code 1 on failure.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { firstLines, runAsScript, runScenario } from './e2e-editor.mjs';
import { openWorkbench, runCommand, screenshot } from './e2e-screenshot.mjs';
import { repo, SAMPLE_POST, START_SETTINGS, urlOpeningFile } from './start.mjs';

const STEPS = ['Open a post', 'See the problems', 'Fix the AI-draft artifacts', 'Open the preview', 'Configure your blog'];

export function run({ out = join(repo, 'docs/images/walkthrough.png'), timeoutMs = 4 * 60_000, log = (m) => process.stderr.write(`[e2e-walkthrough] ${m}\n`) } = {}) {
  const folder = join(repo, 'examples');
  return runScenario('e2e-walkthrough', timeoutMs, async ({ check, step, setWorkbench }) => {
    log('starting code-server with the settings of npm start (git on)');
    const wb = setWorkbench(await openWorkbench({ workspace: folder, settings: { ...START_SETTINGS, 'git.enabled': true } }));
    const { page } = wb;

    await step('the start URL opens the sample post', async () => {
      await page.goto(urlOpeningFile(wb.server.url, folder, join(folder, SAMPLE_POST)));
      const tab = page.locator('.tabs-container .tab.active', { hasText: SAMPLE_POST });
      const opened = await tab.waitFor({ timeout: 60_000 }).then(() => true, () => false);
      check(`the start URL opens ${SAMPLE_POST} in the editor`, opened);
      const squiggled = await page.locator('.editor-instance .monaco-editor .view-overlays .cdr[class*="squiggly-"]').first().waitFor({ timeout: 30_000 }).then(() => true, () => false);
      check('the sample post is linted', squiggled);
    });

    await step('no git prompt about parent folders', async () => {
      await page.waitForTimeout(3000); // git scans the folder shortly after start
      const toasts = await page.locator('.notifications-toasts').innerText().catch(() => '');
      check('git does not ask to open the repository in a parent folder', !/parent folder/i.test(toasts), firstLines(toasts, 4));
    });

    await step('the walkthrough', async () => {
      await runCommand(page, 'Welcome: Open Walkthrough...');
      const input = page.locator('.quick-input-widget input');
      await input.fill('Frontlint');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with Frontlint' }).first().click({ timeout: 15_000 });
      const slide = page.locator('.gettingStartedSlideDetails');
      await slide.waitFor({ timeout: 30_000 });
      await page.locator('.gettingStartedSlideDetails .getting-started-step', { hasText: STEPS[0] }).first().waitFor({ timeout: 15_000 });
      const text = await slide.innerText();
      check('the walkthrough is titled "Get Started with Frontlint"', text.includes('Get Started with Frontlint'), firstLines(text, 3));
      const missing = STEPS.filter((s) => !text.includes(s));
      check('it shows the five steps', missing.length === 0, missing.length ? `missing: ${missing.join(', ')}` : '');
      // The first step is expanded: its button, and its SVG media (rendered in a webview).
      check('the first step has its "Open a Post" button', await page.locator('.getting-started-step.expanded .button-link, .getting-started-step.expanded a', { hasText: 'Open a Post' }).first().isVisible().catch(() => false));
      const media = page.locator('.gettingStartedSlideDetails .getting-started-media iframe, .gettingStartedSlideDetails .getting-started-media .webview').first();
      check('the step media is shown', await media.waitFor({ timeout: 15_000 }).then(() => true, () => false));
      // Open the step that fixes the artifacts, for the screenshot.
      await page.locator('.getting-started-step', { hasText: STEPS[2] }).first().click();
      await page.waitForTimeout(1500);
      await screenshot(page, out, { settleMs: 1500 });
      log(`saved ${relative(process.cwd(), out)}`);
      check('walkthrough screenshot saved', existsSync(out), out);
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await runAsScript('e2e-walkthrough', run);
