// `npm test` after the build: unit tests (node's test runner), then the integration suite in a real
// VS Code extension host. Ends with one line of totals, `N passed, N failed`.
import { spawn } from 'node:child_process';
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
console.log(`\nintegration: ${integration.passed} passed, ${integration.failed} failed`);
const passed = unit.passed + integration.passed;
const failed = unit.failed + integration.failed;
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
