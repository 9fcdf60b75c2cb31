// False alarms on the clean corpus (issue 12, section 6): posts that no model restarted, so every
// artifact finding on them is false. Prints the rate per 100 posts by family, then every finding
// with its file, line and rule, then how many posts hold each shape. Run `npm run bench:false-alarms`
// (it builds dist/engine.js first); `--json` prints one JSON document instead.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { census, cleanPosts, measure, rates } from './clean-corpus-measure.mjs';

const { lint, ARTIFACT_RULES } = createRequire(import.meta.url)('../dist/engine.js');
// `--dir <folder>`: any folder of Markdown written by people instead (each distinct text once), e.g.
// the READMEs under node_modules, which no one tuned the rules on.
const dirAt = process.argv.indexOf('--dir');
const folder = dirAt > 0 ? process.argv[dirAt + 1] : new URL('../test/fixtures/clean', import.meta.url).pathname;
if (!folder || !statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`false-alarms: --dir needs a folder of Markdown posts${folder ? `; ${folder} is not one` : ''}`);
  process.exit(2);
}
const seen = new Set();
const posts = cleanPosts(folder).filter((post) => !seen.has(post.text) && seen.add(post.text));
const results = measure(posts, lint, ARTIFACT_RULES);
const byFamily = rates(results);
const shapes = census(posts);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ rates: byFamily, byOrigin: rates(results, (r) => `${r.family}, ${r.origin}`), findings: results.filter((r) => r.findings.length), shapes }, null, 2));
} else {
  console.log(`False alarms on ${dirAt > 0 ? folder : 'the clean corpus (test/fixtures/clean)'}, artifact rules only\n`);
  console.log('| Family | Posts | Findings | Posts with a finding | Per 100 posts |');
  console.log('| --- | --- | --- | --- | --- |');
  const row = (name, f) => console.log(`| ${name} | ${f.posts} | ${f.findings} | ${f.postsWithFindings} | ${f.per100.toFixed(1)} |`);
  for (const [family, f] of Object.entries(byFamily)) row(`**${family}**`, f);
  for (const [key, f] of Object.entries(rates(results, (r) => `${r.family}, ${r.origin}`)).sort()) row(key, f);
  console.log('\nFindings:');
  for (const { file, findings } of results) for (const f of findings) console.log(`  ${dirAt > 0 ? folder : 'test/fixtures/clean'}/${file}:${f.line} ${f.rule}: ${f.message}\n      ${f.text.length > 100 ? `${f.text.slice(0, 100)}…` : f.text}`);
  if (!results.some((r) => r.findings.length)) console.log('  none');
  console.log('\nShapes (posts holding each, human / translated):');
  for (const [shape, n] of Object.entries(shapes)) console.log(`  ${shape}: ${n.human} / ${n.translated}`);
}
