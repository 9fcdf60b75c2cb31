// `npm run test:integration`: runs out/test/integration/*.test.js inside a real VS Code extension host.
// Default: code-server's remote extension host, driven by headless Chromium (desktop VS Code
// cannot be downloaded here). With VSCODE_EXECUTABLE or FRONTLINT_USE_ELECTRON=1: @vscode/test-electron.
// The last line printed is always `N passed, N failed`; a harness error counts as one failure.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cacheDir, launchChromium, startCodeServer } from './code-server.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Settings that keep the workbench quiet and deterministic while tests run.
export const TEST_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
};

/** Writes <userDataDir>/User/settings.json, merging `settings` over what is there. */
export function writeUserSettings(userDataDir, settings = TEST_SETTINGS) {
  const file = join(userDataDir, 'User', 'settings.json');
  mkdirSync(dirname(file), { recursive: true });
  let current = {};
  try { current = JSON.parse(readFileSync(file, 'utf8')); } catch { /* missing or JSONC: start over */ }
  writeFileSync(file, JSON.stringify({ ...current, ...settings }, null, 2));
  return file;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const readJson = (f) => { try { return JSON.parse(readFileSync(f, 'utf8')); } catch { return undefined; } };

/**
 * Runs the tests of `testsPath` (an index.js exporting run()) with the extension at `extensionPath`
 * loaded in development mode and `workspace` open. Resolves to { passed, failed, failures };
 * throws (with err.logTail when known) if the harness itself fails.
 */
export async function runIntegration({
  extensionPath = repo,
  testsPath = join(repo, 'out/test/integration/index.js'),
  workspace = join(repo, 'test/fixtures'),
  timeoutMs = 10 * 60_000,
  useElectron = !!process.env.VSCODE_EXECUTABLE || process.env.FRONTLINT_USE_ELECTRON === '1',
  verbose = !!process.env.FRONTLINT_VERBOSE,
  env = {},
  // A folder for the editor's user data and extensions that outlives the run (a benchmark opening
  // the workspace again, with what the first run kept); a fresh one, deleted after, otherwise.
  stateDir = undefined,
  // The window's port: VS Code names a web workspace's storage after its address, so opening it
  // again on the same port finds what the first run kept.
  port = undefined,
} = {}) {
  const main = resolve(extensionPath, readJson(join(extensionPath, 'package.json'))?.main ?? 'extension.js');
  for (const f of [testsPath, main]) {
    if (!existsSync(f) && !existsSync(`${f}.js`)) throw new Error(`${f} does not exist: run \`npm run build\` first`);
  }
  const tmp = stateDir ?? mkdtempSync(join(tmpdir(), 'frontlint-it-'));
  const resultsFile = join(tmp, 'results.json');
  rmSync(resultsFile, { force: true }); // a kept folder's last run's
  // index.ts falls back to this path if FRONTLINT_TEST_RESULTS does not reach the extension host.
  const fallbackFile = resolve(dirname(testsPath), '../../../.test-results/integration.json');
  rmSync(fallbackFile, { force: true }); // never read a stale result
  const results = () => readJson(resultsFile) ?? readJson(fallbackFile);
  try {
    if (useElectron) return await viaElectron({ extensionPath, testsPath, workspace, resultsFile, results, tmp, env });
    return await viaCodeServer({ extensionPath, testsPath, workspace, resultsFile, results, tmp, timeoutMs, verbose, env, port });
  } finally {
    if (!stateDir) rmSync(tmp, { recursive: true, force: true });
  }
}

async function viaElectron({ extensionPath, testsPath, workspace, resultsFile, results, tmp, env }) {
  const { runTests } = await import('@vscode/test-electron');
  const userDataDir = join(tmp, 'ud');
  writeUserSettings(userDataDir);
  try {
    await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: testsPath,
      extensionTestsEnv: { ...env, FRONTLINT_TEST_RESULTS: resultsFile },
      launchArgs: [workspace, '--disable-extensions', '--user-data-dir', userDataDir, `--extensions-dir=${join(tmp, 'ext')}`],
      cachePath: join(cacheDir(), 'vscode-test'), // downloads (where possible) stay out of the repo
    });
  } catch (err) {
    // run() rejects when tests fail, which makes runTests reject: the results file says more.
    if (!results()) throw err;
  }
  const r = results();
  if (!r) throw new Error('VS Code exited without writing test results');
  return r;
}

async function viaCodeServer({ extensionPath, testsPath, workspace, resultsFile, results, tmp, timeoutMs, verbose, env, port }) {
  const userDataDir = join(tmp, 'ud');
  writeUserSettings(userDataDir);
  const started = Date.now();
  // The extension host inherits code-server's environment (verified), so this reaches index.ts.
  const server = await startCodeServer({ port, userDataDir, extensionsDir: join(tmp, 'ext'), env: { ...env, FRONTLINT_TEST_RESULTS: resultsFile } });
  let browser;
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    await server.stop();
  };
  const onSignal = () => { cleanup().finally(() => process.exit(130)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    if (verbose) page.on('console', (m) => process.stderr.write(`[browser] ${m.text()}\n`));
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(extensionPath)], ['extensionTestsPath', remote(testsPath)]];
    // FRONTLINT_WINDOW_PROFILE=file.cpuprofile: a CPU profile of the window's main thread for the whole run;
    // FRONTLINT_WINDOW_TRACE=file.json: a Chrome trace of the window (style, layout, paint, scripts).
    const windowProfile = process.env.FRONTLINT_WINDOW_PROFILE;
    const windowTrace = process.env.FRONTLINT_WINDOW_TRACE;
    const cdp = windowProfile ? await page.context().newCDPSession(page) : undefined;
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    if (windowTrace) await browser.startTracing(page, { path: windowTrace, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    if (cdp) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.setSamplingInterval', { interval: 500 })).then(() => cdp.send('Profiler.start'));

    const deadline = Date.now() + timeoutMs;
    let hostGoneAt = 0;
    for (;;) {
      const r = results();
      if (r) {
        if (cdp) writeFileSync(windowProfile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
        if (windowTrace) await browser.stopTracing();
        if (verbose) process.stderr.write(`--- code-server log ---\n${server.logTail(100)}\n`);
        if (verbose) process.stderr.write(`[harness] results after ${Math.round((Date.now() - started) / 1000)} s\n`);
        return r;
      }
      if (server.exited()) throw withLog(new Error('code-server exited before the tests finished'), server);
      // The extension host logs its exit; it writes results before exiting, so allow only a short grace.
      if (!hostGoneAt && /Extension host .*exited|extension host.*(terminated|crashed)/i.test(server.logTail(400))) hostGoneAt = Date.now();
      if (hostGoneAt && Date.now() - hostGoneAt > 3000) throw withLog(new Error('the extension host exited without writing test results'), server);
      if (Date.now() > deadline) throw withLog(new Error(`no test results after ${timeoutMs / 1000} s`), server);
      await sleep(250);
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}

const withLog = (err, server) => Object.assign(err, { logTail: server.logTail(80) });

/** Runs the suite, turning a harness error into one failure so a summary can always be printed. */
export async function runIntegrationSafely(options = {}) {
  try {
    return await runIntegration(options);
  } catch (err) {
    if (err.logTail) console.error(`--- code-server log (tail) ---\n${err.logTail}\n---`);
    return { passed: 0, failed: 1, failures: [{ title: 'integration harness', message: err.message }] };
  }
}

/** Prints each test, then each failure with its stack (without mocha's and Node's own frames). */
export function printResults(r) {
  for (const t of r.tests ?? []) console.log(`${t.state === 'passed' ? '  ✔' : '  ✘'} ${t.title}`);
  for (const [i, f] of r.failures.entries()) {
    const detail = (f.stack || f.message).split('\n').filter((l) => !/node_modules[\\/]mocha|node:internal|integration[\\/]index\.js/.test(l));
    console.log(`\n${i + 1}) ${f.title}\n${detail.map((l) => `   ${l}`).join('\n')}`);
  }
  if (r.passed + r.failed === 0) console.log('\nwarning: no integration tests ran (no *.test.js next to the tests index)');
}

// CLI: print failures, then the summary line; exit 1 on any failure or harness error.
if (import.meta.url === `file://${process.argv[1]}`) {
  // Flags exist to check the harness against a throwaway extension: --extension, --tests, --workspace.
  const { values } = parseArgs({ options: { extension: { type: 'string' }, tests: { type: 'string' }, workspace: { type: 'string' } } });
  const r = await runIntegrationSafely({
    extensionPath: values.extension && resolve(values.extension),
    testsPath: values.tests && resolve(values.tests),
    workspace: values.workspace && resolve(values.workspace),
  });
  printResults(r);
  console.log(`\n${r.passed} passed, ${r.failed} failed`);
  process.exitCode = r.failed > 0 ? 1 : 0;
}
