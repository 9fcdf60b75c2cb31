// title-mismatch on real translated posts (issue 11): runs the CLI on a folder of posts as one blog
// and prints how many of its translated or generated posts get a finding, with each finding, for
// reading by hand. Real posts are others' writing, so they are not kept in this repository: give
// the folder. `node scripts/title-mismatch-rate.mjs <folder>` (after `npm run build`).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/title-mismatch-rate.mjs <folder of posts>');
  process.exit(2);
}
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
// The CLI exits 1 when a post has an error; its report is whole either way.
const run = spawnSync(process.execPath, [cli, '--format', 'json', '--no-config', folder], { maxBuffer: 1 << 30, encoding: 'utf8' });
if (run.status !== 0 && run.status !== 1) throw new Error(run.stderr);
const report = JSON.parse(run.stdout);
const eligible = readdirSync(folder, { recursive: true })
  .filter((name) => /\.mdx?$/.test(name))
  .filter((name) => /^(translated|generated): true\s*$/m.test(readFileSync(join(folder, name), 'utf8').split(/^---\s*$/m)[1] ?? ''));
const flagged = new Map();
for (const file of report) {
  const findings = file.findings.filter((f) => f.rule === 'title-mismatch');
  if (findings.length) flagged.set(file.file, findings);
}
console.log(`${eligible.length} translated or generated posts; ${flagged.size} with a title-mismatch finding (${((flagged.size / eligible.length) * 20).toFixed(2)} per 20 posts)`);
for (const [file, findings] of flagged) for (const f of findings) console.log(`  ${file}: ${f.message}`);
