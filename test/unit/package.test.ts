import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT, SEED_000, scratchDir } from './helpers';

/**
 * The npm package is what CI installs (`npx frontlint`), and the .vsix holds the same files (vsce
 * reads .vscodeignore, npm .npmignore: one list, written in both): everything the CLI and the
 * extension load, and nothing else.
 */

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const runNpm = (args: string[], options: SpawnSyncOptions) => {
  const result = spawnSync(npm, args, { encoding: 'utf8', ...options, env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  assert.equal(result.status, 0, `npm ${args.join(' ')}: ${result.stderr}`);
  return String(result.stdout);
};

interface PackResult {
  filename: string;
  entryCount: number;
  size: number;
  files: Array<{ path: string; size: number }>;
}

describe('npm package', () => {
  let packed: PackResult;
  let tarball: string;
  before(() => {
    const out = scratchDir('pack');
    // --ignore-scripts: pack the dist/ that `npm test` just built, not a second (production) build.
    [packed] = JSON.parse(runNpm(['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: ROOT })) as PackResult[];
    tarball = join(out, packed.filename);
  });

  it('holds only what the CLI and the extension need: bundles, manifest, translations, grammars, snippets', () => {
    const paths = packed.files.map((f) => f.path).sort();
    const allowed = /^(package\.json|package\.nls(\.ja)?\.json|README\.md|LICENSE|dist\/[\w.-]+\.(js|css|json)|l10n\/[\w.]+\.json|syntaxes\/[\w.-]+\.json|snippets\/[\w.-]+|images\/icon\.png|media\/walkthrough\/[\w.-]+\.(md|svg|png))$/;
    assert.deepEqual(paths.filter((p) => !allowed.test(p)), [], 'no tests, sources, scripts or source maps');
    assert.ok(packed.entryCount < 40, `${packed.entryCount} files`);
    assert.ok(packed.size < 1_000_000, `${packed.size} bytes packed`);
  });

  it('the .vsix holds the same files: .vscodeignore and .npmignore are one list', () => {
    assert.equal(readFileSync(join(ROOT, '.npmignore'), 'utf8'), readFileSync(join(ROOT, '.vscodeignore'), 'utf8'));
    // What `vsce package` would put in the .vsix, one path a line (vsce reads .vscodeignore).
    const vsce = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(vsce.status, 0, vsce.stderr);
    const inVsix = vsce.stdout.split('\n').filter(Boolean).sort();
    assert.deepEqual(inVsix, packed.files.map((f) => f.path).sort());
  });

  it('contains every file that package.json points to', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const paths = new Set(packed.files.map((f) => f.path));
    const referenced = [
      manifest.main,
      ...Object.values(manifest.bin as Record<string, string>),
      manifest.icon,
      'dist/engine.js', // required by dist/extension.js, dist/cli.js and dist/lint-worker.js
      'dist/lint-worker.js',
      'dist/preview-host.js',
      'dist/preview.js',
      'l10n/bundle.l10n.ja.json',
      ...manifest.contributes.snippets.map((s: { path: string }) => s.path),
      ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
      ...manifest.contributes['markdown.previewStyles'],
      // Schemas for settings files (the config file's), when the manifest has them.
      ...[...(manifest.contributes.jsonValidation ?? []), ...(manifest.contributes.yamlValidation ?? [])].map((v: { url: string }) => v.url).filter((url: string) => !/^https?:/.test(url)),
      // Walkthrough media: an svg or markdown path, or an image path per theme.
      ...(manifest.contributes.walkthroughs ?? []).flatMap((w: { steps: Array<{ media: { svg?: string; markdown?: string; image?: string | Record<string, string> } }> }) =>
        w.steps.flatMap(({ media }) => [media.svg, media.markdown, ...(typeof media.image === 'object' ? Object.values(media.image) : [media.image])].filter((m) => m !== undefined)),
      ),
    ].map((p: string) => p.replace(/^\.\//, ''));
    for (const path of referenced) assert.ok(paths.has(path), `${path} is in the package`);
  });

  it('installs into an empty folder and `npx frontlint` lints a post there, in lint threads too', () => {
    const project = scratchDir('install');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-blog', private: true }));
    // The package has no dependencies (everything is bundled), so this needs no network.
    runNpm(['install', '--prefer-offline', '--no-package-lock', tarball], { cwd: project });
    mkdirSync(join(project, '_posts'));
    copyFileSync(SEED_000, join(project, '_posts', 'ai.md'));
    const npx = (...args: string[]) => spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--no', '--', 'frontlint', ...args], { cwd: project, encoding: 'utf8' });
    const one = npx('--format', 'json', '_posts/ai.md');
    assert.equal(one.status, 1, one.stderr);
    const [report] = JSON.parse(one.stdout);
    assert.equal(report.findings.filter((f: { rule: string }) => f.rule === 'end-marker').length, 7);
    assert.equal(npx('--version').stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    // Enough posts for the CLI to start lint threads (dist/lint-worker.js, which requires dist/engine.js).
    for (let i = 0; i < 20; i++) copyFileSync(SEED_000, join(project, '_posts', `copy-${i}.md`));
    const many = npx('--format', 'sarif', '_posts');
    assert.equal(many.status, 1, many.stderr);
    const results = JSON.parse(many.stdout).runs[0].results as Array<{ ruleId: string }>;
    assert.equal(results.filter((r) => r.ruleId === 'end-marker').length, 7 * 21);
    // A blog with its own schema: dist/schema.js (ajv), with the yaml library of dist/engine.js, in the main thread and in lint threads.
    const site = join(project, 'cms');
    cpSync(join(FIXTURES, 'sites', 'fmcms'), site, { recursive: true });
    for (let i = 0; i < 20; i++) copyFileSync(join(site, 'content/blog/broken.md'), join(site, 'content/blog', `broken-${i}.md`));
    for (const files of [['content/blog/broken.md'], ['.']]) {
      const cms = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--no', '--', 'frontlint', '--format', 'json', ...files], { cwd: site, encoding: 'utf8' });
      assert.equal(cms.status, 1, cms.stderr);
      const messages = (JSON.parse(cms.stdout) as Array<{ findings: Array<{ message: string }> }>).flatMap((f) => f.findings.map((x) => x.message));
      assert.equal(messages.filter((m) => m === 'Required field "series" is missing. (Front Matter CMS content type "blog")').length, files[0] === '.' ? 21 : 1);
    }
  });
});

describe('bundles', () => {
  const bundle = (name: string) => readFileSync(join(ROOT, 'dist', name), 'utf8');
  it('dist/schema.js carries ajv but not a copy of the yaml library: it takes the one in dist/engine.js', () => {
    // A message only the yaml library's parser has.
    const yamlOnly = 'Nested mappings are not allowed in compact mappings';
    assert.ok(bundle('engine.js').includes(yamlOnly));
    assert.ok(!bundle('schema.js').includes(yamlOnly));
    assert.match(bundle('schema.js'), /require\("\.\/engine"\)\.yaml/);
    assert.ok(bundle('schema.js').includes('unevaluatedProperties'), 'ajv is in it');
  });
  it('dist/extension.js carries neither ajv nor the engine: both are required on first use', () => {
    const extension = bundle('extension.js');
    assert.ok(!extension.includes('unevaluatedProperties'));
    assert.ok(!extension.includes('Nested mappings are not allowed in compact mappings'));
    assert.match(extension, /require\("\.\/schema"\)/);
  });
});

describe('package.json manifest', () => {
  const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const nls = ['package.nls.json', 'package.nls.ja.json'].map((f) => JSON.parse(readFileSync(join(ROOT, f), 'utf8')) as Record<string, string>);

  it('every %placeholder% (commands, settings, the walkthrough) has an English and a Japanese text', () => {
    const keys = [...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.includes('walkthrough.configure.description'));
    for (const key of keys) for (const [i, texts] of nls.entries()) assert.ok(texts[key]?.trim(), `${key} in ${i === 0 ? 'package.nls.json' : 'package.nls.ja.json'}`);
    assert.deepEqual(Object.keys(nls[1]).sort(), Object.keys(nls[0]).sort(), 'both languages have the same keys');
  });

  it('the walkthrough has the five steps, each with media in the package and a way to complete it', () => {
    const [walkthrough] = JSON.parse(manifest).contributes.walkthroughs;
    assert.deepEqual(
      walkthrough.steps.map((s: { id: string }) => s.id),
      ['openPost', 'seeProblems', 'fixArtifacts', 'openPreview', 'configure'],
    );
    for (const step of walkthrough.steps) {
      assert.ok(step.completionEvents.length > 0, step.id);
      const svg = readFileSync(join(ROOT, step.media.svg), 'utf8');
      assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/, step.media.svg);
      assert.match(svg, /var\(--vscode-/, `${step.media.svg} follows the colour theme`);
    }
    // The configure step links to the README's configuration section.
    assert.match(nls[0]['walkthrough.configure.description'], /\(https:\/\/github\.com\/frontlint\/frontlint#configuration\)/);
  });
});
