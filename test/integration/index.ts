// Entry point that VS Code's extension host loads from `extensionTestsPath` and calls `run()` on.
// It runs every *.test.js beside it (bundled from test/integration/*.test.ts) with mocha.
//
// Under code-server nothing reports back through the browser, so the results also go to a JSON
// file that scripts/run-integration.mjs waits for. code-server passes its environment on to the
// extension host, so the harness names the file in FRONTLINT_TEST_RESULTS; the fallback is a
// fixed path in the repo (this file is out/test/integration/index.js).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export interface TestResults {
  passed: number;
  failed: number;
  tests: { title: string; state: 'passed' | 'failed' }[]; // so the harness can list them
  failures: { title: string; message: string; stack?: string }[];
  durationMs: number;
}

export const resultsFile = (): string =>
  process.env.FRONTLINT_TEST_RESULTS || path.resolve(__dirname, '../../../.test-results/integration.json');

function writeResults(results: TestResults): void {
  const file = resultsFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename, so the harness never reads a half-written file.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(results, null, 2));
  fs.renameSync(`${file}.tmp`, file);
}

export function run(): Promise<void> {
  const started = Date.now();
  const results: TestResults = { passed: 0, failed: 0, tests: [], failures: [], durationMs: 0 };
  const finish = (): TestResults => {
    results.durationMs = Date.now() - started;
    writeResults(results);
    return results;
  };
  // The spec reporter prints each test result to the console (the extension host's log).
  // FRONTLINT_TEST_GREP runs only the matching tests (while working on one part; scripts/bench-scan.mjs runs one).
  const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: false, reporter: 'spec', grep: process.env.FRONTLINT_TEST_GREP || undefined });

  return new Promise<void>((resolve, reject) => {
    try {
      for (const f of fs.readdirSync(__dirname).sort()) {
        if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
      }
      mocha
        .run()
        .on('pass', (test: Mocha.Test) => {
          results.passed++;
          results.tests.push({ title: test.fullTitle(), state: 'passed' });
        })
        .on('fail', (test: Mocha.Runnable, err: Error) => {
          results.failed++; // hooks count too: a failing before() must not look like a pass
          results.tests.push({ title: test.fullTitle(), state: 'failed' });
          results.failures.push({ title: test.fullTitle(), message: String(err?.message ?? err), stack: err?.stack });
        })
        .on('end', () => {
          finish();
          if (results.failed > 0) reject(new Error(`${results.failed} integration test(s) failed`));
          else resolve();
        });
    } catch (err) {
      // e.g. a suite file that throws while loading
      const e = err as Error;
      results.failed++;
      results.failures.push({ title: 'loading the integration test files', message: String(e?.message ?? e), stack: e?.stack });
      finish();
      reject(e);
    }
  });
}
