// `npm run fuzz [-- first count]`: the fix-safety and engine properties (test/unit/fixSafety.test.ts,
// properties.test.ts) with other seeds than the fixed ones `npm test` uses, about 3,000 generated
// posts per seed and file. Prints each failing property's shrunk counterexample; re-run one with
// FRONTLINT_FUZZ_SEED=<seed> node --test out/test/unit/<file>. Expects `npm run build` first.
import { spawnSync } from 'node:child_process';

const [first = 1, count = 8] = process.argv.slice(2).map(Number);
const FILES = ['out/test/unit/fixSafety.test.js', 'out/test/unit/properties.test.js'];
let failures = 0;
for (let seed = first; seed < first + count; seed++) {
  for (const file of FILES) {
    const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', file], { env: { ...process.env, FRONTLINT_FUZZ_SEED: String(seed) }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    // Each failing property: its name, then fast-check's report with the counterexample.
    const found = [...run.stdout.matchAll(/not ok \d+ - (.*)\n(?:.*\n){0,12}?\s+Counterexample: (\[.*\])\n/g)];
    for (const [, property, counterexample] of found) {
      failures++;
      console.log(`seed ${seed} ${file.split('/').pop()}: ${property}\n  ${counterexample}`);
    }
    if (run.status !== 0 && found.length === 0) {
      failures++;
      console.log(`seed ${seed} ${file.split('/').pop()}: failed (exit ${run.status}) with no counterexample\n${run.stdout.slice(-2000)}${run.stderr.slice(-2000)}`);
    }
  }
}
console.log(`${count} seeds from ${first}: ${failures} failing propert${failures === 1 ? 'y' : 'ies'}`);
process.exitCode = failures > 0 ? 1 : 0;
