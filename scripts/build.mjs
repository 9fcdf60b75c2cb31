// Bundles the extension, the CLI, the webview script and the compiled tests with esbuild.
// Types are checked separately (`npm run typecheck`); esbuild only strips them.
import { build } from 'esbuild';
import { copyFileSync, readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const root = new URL('..', import.meta.url).pathname;

const tsFilesUnder = (dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir), { recursive: true })
        .filter((f) => String(f).endsWith('.ts'))
        .map((f) => join(dir, String(f)))
    : [];

/**
 * The first paragraph of each rule's page, by rule id: the CLI's SARIF output carries it as the
 * rule's full description (the pages themselves are not in the package).
 */
function ruleSummaries() {
  const dir = join(root, 'docs/rules');
  const summaries = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const paragraphs = readFileSync(join(dir, file), 'utf8').split(/\r?\n\s*\r?\n/);
    const first = paragraphs.find((p) => !/^(#|Tags:|Default severity:|Fixable:)/.test(p.trim()));
    if (first) summaries[file.slice(0, -3)] = first.trim().replace(/\s*\r?\n\s*/g, ' ');
  }
  return summaries;
}

const node = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // A string literal, inlined where it is used (an object here would be injected into every module).
  define: { FRONTLINT_RULE_SUMMARIES_JSON: JSON.stringify(JSON.stringify(ruleSummaries())) },
};

/**
 * The extension host layer reaches the engine only through `require('../core')` in
 * src/vscode/engine.ts; in the bundle that becomes dist/engine.js, loaded on first use. The CLI
 * and its lint threads (src/pool, also started by the editor's workspace scan) require the same
 * file, so the package holds the engine once.
 */
const engineAsSibling = {
  name: 'engine-as-sibling',
  setup(b) {
    const usesSibling = (importer) => importer.endsWith('src/vscode/engine.ts') || importer.includes('/src/cli/') || importer.includes('/src/pool/');
    b.onResolve({ filter: /^\.\.\/core$/ }, (args) => (usesSibling(args.importer) ? { path: './engine', external: true } : undefined));
  },
};

/** Output name → [entry, extra options]. Entries that do not exist yet are skipped. */
const dist = {
  // The extension host entry. `vscode` is provided by the host. The preview host (with
  // markdown-it) is a separate file, required on first use, so that activation stays cheap.
  extension: ['src/vscode/extension.ts', { external: ['vscode', './preview-host'], plugins: [engineAsSibling] }],
  engine: ['src/core/index.ts', {}],
  'preview-host': ['src/vscode/preview-host.ts', { external: ['vscode'] }],
  cli: ['src/cli/main.ts', { banner: { js: '#!/usr/bin/env node' }, plugins: [engineAsSibling] }],
  'lint-worker': ['src/pool/worker.ts', { plugins: [engineAsSibling] }],
  preview: ['src/preview/main.ts', { platform: 'browser', format: 'iife', target: 'es2022' }],
};

rmSync(join(root, 'out'), { recursive: true, force: true });
const builds = Object.entries(dist)
  .filter(([, [entry]]) => existsSync(join(root, entry)))
  .map(([name, [entry, extra]]) => build({ ...node, entryPoints: { [name]: entry }, outdir: 'dist', ...extra }));
const tests = { unit: [], integration: ['vscode', 'mocha'] };
for (const [kind, external] of Object.entries(tests)) {
  const entryPoints = tsFilesUnder(`test/${kind}`);
  if (entryPoints.length === 0) continue;
  builds.push(build({ ...node, entryPoints, outdir: `out/test/${kind}`, external, sourcemap: true, minify: false }));
}
await Promise.all(builds);
// The preview's stylesheet ships as is, next to its script.
copyFileSync(join(root, 'src/preview/preview.css'), join(root, 'dist/preview.css'));
