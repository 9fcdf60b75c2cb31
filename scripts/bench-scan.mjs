// `node scripts/bench-scan.mjs` (after `npm run build -- --production`): Scan Workspace Posts in a
// real VS Code extension host (code-server), with a generated blog (scripts/corpus.mjs; 2,500 posts,
// ~100 MB, or SCAN_POSTS posts of the same mean size) open as the workspace, three scans; then the
// CLI three times on the same posts. Prints the medians and the ratio; the host figures are also
// in .test-results/metrics.json (benchScan*). FRONTLINT_SCAN_PROFILE=file.cpuprofile writes a CPU
// profile of the extension host's thread during the second scan; FRONTLINT_WINDOW_PROFILE=file.cpuprofile
// one of the window's main thread (the browser's) for the whole run, FRONTLINT_WINDOW_TRACE=file.json
// a Chrome trace of the window (every thread of the page: the web-worker extension host's too).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateBlog } from './corpus.mjs';
import { printResults, runIntegrationSafely } from './run-integration.mjs';

const root = new URL('..', import.meta.url).pathname;
const posts = Number(process.env.SCAN_POSTS ?? 2500);
const dir = mkdtempSync(join(tmpdir(), 'frontlint-scan-'));
let total = 0;
for (const { name, text } of generateBlog(posts, posts * 40_000)) {
  writeFileSync(join(dir, name), text);
  total += Buffer.byteLength(text);
}
console.log(`workspace: ${posts} posts, ${(total / 1e6).toFixed(1)} MB in ${dir}`);

const results = await runIntegrationSafely({ workspace: dir, env: { FRONTLINT_SCAN_BENCH: '1', FRONTLINT_TEST_GREP: 'scan benchmark', ...(process.env.FRONTLINT_SCAN_PROFILE ? { FRONTLINT_SCAN_PROFILE: process.env.FRONTLINT_SCAN_PROFILE } : {}) } });
printResults(results);
if (results.failed > 0 || results.passed === 0) process.exit(1);
const metrics = JSON.parse(readFileSync(join(root, '.test-results/metrics.json'), 'utf8'));

const cli = Array.from({ length: 3 }, () => {
  const started = process.hrtime.bigint();
  spawnSync(process.execPath, [join(root, 'dist/cli.js'), '--format', 'json', dir], { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - started) / 1e6;
}).sort((a, b) => a - b);
const cliMs = cli[1];
console.log(
  `Scan Workspace Posts: ${(metrics.benchScanMs / 1000).toFixed(2)} s (runs ${metrics.benchScanRunsMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s; ` +
    `the lint threads' last result ${metrics.benchScanThreadsDoneMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s into each; finding posts ${metrics.benchScanFindMs} ms and resolving their config files, together ${metrics.benchScanPrepareMs} ms; host thread ${metrics.benchScanHostThreadMs} ms, of which diagnostics.set ${metrics.benchScanSetMs} ms; worst timer lag ${metrics.benchScanMaxLagMs} ms; per scan ${metrics.benchScanLagsMs.join(', ')} ms (starting ${metrics.benchScanLagStartsMs.join(', ')} ms into the scan), of which garbage collection ${metrics.benchScanGcInWorstLagMs.join(', ')} ms, the thread on a core ${metrics.benchScanLagRunningMs.join(', ')} ms and waiting for one ${metrics.benchScanLagWaitingMs.join(', ')} ms; longest collection ${metrics.benchScanLongestGcMs.join(', ')} ms)\n` +
    `CLI on the same posts: ${(cliMs / 1000).toFixed(2)} s (runs ${cli.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s)\n` +
    `the scan takes ${(metrics.benchScanMs / cliMs).toFixed(2)}× the CLI's time`,
);
rmSync(dir, { recursive: true, force: true });
