// `npm test` after the build: unit tests (node's test runner), then the integration suite in a real
// VS Code extension host. Ends with one line of totals, `N passed, N failed`.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as runBlogE2E } from './e2e-blog.mjs';
import { run as runEditorE2E } from './e2e-editor.mjs';
import { run as runPreviewE2E } from './e2e-preview.mjs';
import { run as runSchemaE2E } from './e2e-schema.mjs';
import { run as runWalkthroughE2E } from './e2e-walkthrough.mjs';
import { printResults, runIntegrationSafely } from './run-integration.mjs';

/** Runs node's test runner, streaming its TAP output, and reads its pass/fail counts. */
function runUnitTests() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--test', '--test-reporter=tap', 'out/test/unit/'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => {
      const count = (name) => Number(/^# (?:pass|fail) (\d+)$/m.exec(output.split('\n').filter((l) => l.startsWith(`# ${name} `)).join('\n'))?.[1] ?? 0);
      const passed = count('pass');
      // A runner that died before reporting counts as one failure.
      const failed = count('fail') || (code !== 0 ? 1 : 0);
      resolve({ passed, failed });
    });
  });
}

const unit = await runUnitTests();
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed\n`);
const integration = await runIntegrationSafely();
printResults(integration);
console.log(`\nintegration: ${integration.passed} passed, ${integration.failed} failed\n`);

// End to end, through the real workbench: the editor (squiggles, Problems, status bar), the
// preview (card, highlights, scroll sync, and XSS payloads that must never run), the first run
// (the URL `npm start` prints, and the walkthrough), a Front Matter CMS post's schema quick fixes
// (fix all schema problems, one Ctrl+Z), and the blog (completion with tag counts, the
// reading-time hover). Screenshots go to a temporary folder; `node scripts/e2e-*.mjs` refreshes
// the ones in docs/images.
const shots = mkdtempSync(join(tmpdir(), 'frontlint-e2e-'));
const e2e = [
  await runEditorE2E({ out: join(shots, 'editor.png') }),
  await runPreviewE2E({ imagesDir: shots }),
  await runWalkthroughE2E({ out: join(shots, 'walkthrough.png') }),
  await runSchemaE2E({ out: join(shots, 'schema-fmcms.png') }),
  await runBlogE2E({ imagesDir: shots }),
];
for (const result of e2e) for (const f of result.failures) console.log(`  ✘ e2e: ${f.name ?? f.title ?? ''} ${f.detail ?? f.message ?? ''}`);
const e2ePassed = e2e.reduce((n, r) => n + r.passed, 0);
const e2eFailed = e2e.reduce((n, r) => n + r.failed, 0);
console.log(`e2e: ${e2ePassed} passed, ${e2eFailed} failed (screenshots in ${shots})`);

const passed = unit.passed + integration.passed + e2ePassed;
const failed = unit.failed + integration.failed + e2eFailed;
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
