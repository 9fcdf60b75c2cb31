// Bundles the extension, the CLI, the webview script and the compiled tests with esbuild.
// Types are checked separately (`npm run typecheck`); esbuild only strips them.
import { build } from 'esbuild';
import { copyFileSync, readdirSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** Where the build writes the config validator that src/config/parse.ts imports. */
export const VALIDATOR = 'out/generated/validate-config.js';
const configValidator = {
  name: 'config-validator',
  setup(b) {
    b.onResolve({ filter: /^frontlint-config-validator$/ }, () => ({ path: join(root, VALIDATOR) }));
  },
};

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
  // jsonc-parser's UMD build requires its modules at run time, which a bundle cannot: take its ES modules.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  plugins: [configValidator],
};

/**
 * The extension host layer reaches the engine (and config resolution) only through
 * `require('../engine')` in src/vscode/engine.ts; in the bundle that becomes dist/engine.js,
 * loaded on first use. The CLI and its lint threads (src/pool, also started by the editor's
 * workspace scan) require the same file for the engine and config resolution, so the package
 * holds them once.
 */
const engineAsSibling = {
  name: 'engine-as-sibling',
  setup(b) {
    const usesSibling = (importer) => importer.endsWith('src/vscode/engine.ts') || importer.includes('/src/cli/') || importer.includes('/src/pool/');
    b.onResolve({ filter: /^\.\.\/(?:core|config|engine)$/ }, (args) => (usesSibling(args.importer) ? { path: './engine', external: true } : undefined));
  },
};

/**
 * The schema validator (ajv) is reached only through `require('./validator')` in
 * src/schema/load.ts; in the bundles that becomes dist/schema.js, required when a schema applies.
 */
const validatorAsSibling = {
  name: 'validator-as-sibling',
  setup(b) {
    b.onResolve({ filter: /^\.\/validator$/ }, (args) => (args.importer.endsWith('src/schema/load.ts') ? { path: './schema', external: true } : undefined));
  },
};

/**
 * dist/schema.js takes the yaml library from dist/engine.js (`require('./engine').yaml`), which
 * every bundle that loads the validator has loaded already, instead of carrying a copy of its own.
 */
const yamlFromEngine = {
  name: 'yaml-from-engine',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: 'yaml', namespace: 'engine-yaml' }));
    b.onLoad({ filter: /.*/, namespace: 'engine-yaml' }, () => ({ contents: "module.exports = require('./engine').yaml;", loader: 'js', resolveDir: root }));
    b.onResolve({ filter: /^\.\/engine$/, namespace: 'engine-yaml' }, () => ({ path: './engine', external: true }));
  },
};

/** Output name → [entry, extra options]. Entries that do not exist yet are skipped. */
const dist = {
  // The extension host entry. `vscode` is provided by the host. The preview host (with
  // markdown-it) is a separate file, required on first use, so that activation stays cheap.
  extension: ['src/vscode/extension.ts', { external: ['vscode', './preview-host'], plugins: [engineAsSibling, configValidator, validatorAsSibling] }],
  engine: ['src/engine.ts', {}],
  schema: ['src/schema/validator.ts', { plugins: [yamlFromEngine] }],
  'preview-host': ['src/vscode/preview-host.ts', { external: ['vscode'], plugins: [configValidator, validatorAsSibling] }],
  cli: ['src/cli/main.ts', { banner: { js: '#!/usr/bin/env node' }, plugins: [engineAsSibling, configValidator, validatorAsSibling] }],
  'lint-worker': ['src/pool/worker.ts', { plugins: [engineAsSibling, configValidator, validatorAsSibling] }],
  'lint-process': ['src/pool/lintProcess.ts', {}],
  preview: ['src/preview/main.ts', { platform: 'browser', format: 'iife', target: 'es2022' }],
};

rmSync(join(root, 'out'), { recursive: true, force: true });

// The config file's JSON Schema is made from the engine's rule list. Its validator is compiled
// here, ahead of time (ajv standalone), so reading a config file costs no schema compilation
// (100-200 ms) and the bundles carry no ajv. Bundles import it as `frontlint-config-validator`.
const require = createRequire(import.meta.url);
await build({ ...node, entryPoints: { 'config-schema': 'src/config/schema.ts' }, outdir: 'out/generated', sourcemap: false, minify: false });
const schema = require(join(root, 'out/generated/config-schema.js')).configSchema();
{
  const Ajv = require('ajv').default;
  const standaloneCode = require('ajv/dist/standalone').default;
  const ajv = new Ajv({ code: { source: true, esm: false }, strict: false, allErrors: false });
  writeFileSync(join(root, VALIDATOR), standaloneCode(ajv, ajv.compile(schema)));
}
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

// The schema itself, for editors (contributes.jsonValidation and yamlValidation point here), and
// the same under package.json's "frontlint" key. Minified: editors read them, people read the source.
writeFileSync(join(root, 'dist/frontlint.schema.json'), JSON.stringify(schema) + '\n');
const { $schema, title, ...frontlint } = schema;
writeFileSync(join(root, 'dist/package-frontlint.schema.json'), JSON.stringify({ $schema, title: 'package.json with a "frontlint" key', type: 'object', properties: { frontlint } }) + '\n');
