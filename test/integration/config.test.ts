import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activate, closeAll, frontlintDiagnostics, openUntitled, ROOT, ruleOf, waitFor } from './helpers';

const SITE = path.join(ROOT, 'test', 'fixtures', 'sites', 'configured');
const SEVERITY = ['error', 'warning', 'information', 'hint'];

/** `line:rule:severity` of a document's diagnostics, 1-based lines. */
const summary = (uri: vscode.Uri) =>
  frontlintDiagnostics(uri)
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character}:${ruleOf(d)}:${SEVERITY[d.severity]}`)
    .sort();

async function open(file: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Lets the linter finish what it started (config resolution, then the lint) for a post that may have no findings. */
const settle = () => new Promise((r) => setTimeout(r, 750));

/** A folder inside the workspace (so the file watcher sees it), removed after the test. */
let scratchCount = 0;
function scratchSite(): string {
  const dir = path.join(ROOT, 'test', 'fixtures', `.scratch-config-${process.pid}-${Date.now()}-${scratchCount++}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

describe('config files', () => {
  before(activate);
  afterEach(closeAll);

  it('a config file changes the diagnostics: severities, required fields, overrides and ignores', async () => {
    const post = await open(path.join(SITE, '_posts', '2024-05-01-remote.md'));
    await waitFor('diagnostics', () => frontlintDiagnostics(post.uri).length > 0);
    assert.deepEqual(summary(post.uri), ['4:21:duplicate-tag:error', '9:0:end-marker:warning'], 'end-marker is a warning, duplicate-tag an error, the disabled marker silent');

    const noDate = await open(path.join(SITE, '_posts', 'no-date.md'));
    await waitFor('required-field', () => summary(noDate.uri).includes('1:0:required-field:error'));

    const note = await open(path.join(SITE, '_notes', 'idea.md'));
    await settle();
    assert.deepEqual(summary(note.uri), [], 'the _notes override turns end-marker off and requires only the title');

    const draft = await open(path.join(SITE, 'drafts', 'wip.md'));
    await settle();
    assert.deepEqual(summary(draft.uri), [], 'drafts/** is ignored');
  });

  it('gives an .mdx post diagnostics, leaving imports, exports and JSX alone', async () => {
    const post = await open(path.join(SITE, 'src', 'content', 'astro-mdx.mdx'));
    assert.strictEqual(post.languageId, 'mdx');
    await waitFor('diagnostics', () => frontlintDiagnostics(post.uri).length > 0);
    assert.deepEqual(summary(post.uri), ['20:0:duplicate-passage:warning', '22:0:end-marker:warning']);
  });

  it('gives the same findings as the CLI on the same site', async () => {
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--format', 'json', SITE], {
      encoding: 'utf8',
      cwd: ROOT,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    const reports = JSON.parse(cli.stdout) as Array<{ file: string; findings: Array<{ rule: string; severity: string; range: vscode.Range }> }>;
    const files = listPosts(SITE);
    assert.ok(files.length >= 5, 'the site has posts');
    for (const file of files) {
      const document = await open(file);
      const report = reports.find((r) => path.resolve(ROOT, r.file) === file);
      const expected = (report?.findings ?? []).map((f) => `${f.range.start.line + 1}:${f.range.start.character}:${f.rule}:${f.severity}`).sort();
      if (expected.length > 0) await waitFor(`diagnostics of ${file}`, () => frontlintDiagnostics(document.uri).length > 0);
      else await settle();
      assert.deepEqual(summary(document.uri), expected, path.relative(SITE, file));
    }
  });

  it('re-lints open posts when a config file is created, edited or deleted, and keeps the last good settings while it is broken', async () => {
    const dir = scratchSite();
    try {
      fs.writeFileSync(path.join(dir, 'post.md'), '---\ntitle: "T"\n---\n\nText.\n\n---END---\n');
      const post = await open(path.join(dir, 'post.md'));
      await waitFor('the default severity', () => summary(post.uri).includes('7:0:end-marker:error'));

      const config = path.join(dir, '.frontlint.json');
      fs.writeFileSync(config, '{ "rules": { "end-marker": "hint" } }');
      await waitFor('the new config file to apply', () => summary(post.uri).includes('7:0:end-marker:hint'), 5000);

      const edited = Date.now();
      fs.writeFileSync(config, '{ "rules": { "end-marker": "information" } }');
      await waitFor('the edited config to apply', () => summary(post.uri).includes('7:0:end-marker:information'), 5000);
      const relintMs = Date.now() - edited;

      fs.writeFileSync(config, '{\n  "rules": { "end-marker": "off" }\n  "oops": 1\n}');
      const configUri = vscode.Uri.file(config);
      const problem = await waitFor('a diagnostic on the broken config', () => vscode.languages.getDiagnostics(configUri).find((d) => d.source === 'frontlint'), 5000);
      assert.strictEqual(problem.range.start.line, 2);
      assert.match(problem.message, /Syntax error/);
      assert.strictEqual(vscode.languages.getDiagnostics(configUri).filter((d) => d.source === 'frontlint').length, 1, 'one diagnostic');
      await settle();
      assert.deepEqual(summary(post.uri), ['7:0:end-marker:information'], 'the last good settings still apply');

      fs.writeFileSync(config, '{ "rules": { "end-marker": "warning" } }');
      await waitFor('the fixed config to apply', () => summary(post.uri).includes('7:0:end-marker:warning'), 5000);
      await waitFor('the config diagnostic to clear', () => vscode.languages.getDiagnostics(configUri).length === 0, 5000);

      fs.unlinkSync(config);
      await waitFor('the defaults after deletion', () => summary(post.uri).includes('7:0:end-marker:error'), 5000);
      // A figure, not an assertion (the machine is shared): written beside the other in-host metrics.
      fs.mkdirSync(path.join(ROOT, '.test-results'), { recursive: true });
      fs.writeFileSync(path.join(ROOT, '.test-results', 'config-metrics.json'), JSON.stringify({ configEditToRelintMs: relintMs }, null, 2));
    } finally {
      await closeAll();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a date with slashes as the blog\'s generator does: fine under a Jekyll `_config.yml`, reported under Hugo (as the CLI does)', async () => {
    // Each site is a scratch folder of its own, its generator's config at the top, where the file
    // watcher sees it go (as it sees a .frontlint.json above); in a folder made in the same burst
    // as the files, code-server's watcher may miss it.
    const jekyllSite = scratchSite();
    const hugoSite = scratchSite();
    try {
      const slashed = '---\ntitle: "T"\ndate: 2019/07/17\n---\n\nText.\n\n---END---\n';
      fs.mkdirSync(path.join(jekyllSite, '_posts'));
      fs.mkdirSync(path.join(hugoSite, 'content', 'posts'), { recursive: true });
      fs.writeFileSync(path.join(jekyllSite, '_config.yml'), 'title: J\n');
      fs.writeFileSync(path.join(jekyllSite, '_posts', '2019-07-17-a.md'), slashed);
      fs.writeFileSync(path.join(hugoSite, 'hugo.toml'), '');
      fs.writeFileSync(path.join(hugoSite, 'content', 'posts', 'b.md'), slashed);
      const hugo = await open(path.join(hugoSite, 'content', 'posts', 'b.md'));
      await waitFor('the Hugo post\'s diagnostics', () => summary(hugo.uri).includes('8:0:end-marker:error'));
      assert.deepEqual(summary(hugo.uri), ['3:6:field-format:warning', '8:0:end-marker:error']);
      const jekyll = await open(path.join(jekyllSite, '_posts', '2019-07-17-a.md'));
      await waitFor('the Jekyll post\'s diagnostics', () => summary(jekyll.uri).includes('8:0:end-marker:error'));
      assert.deepEqual(summary(jekyll.uri), ['8:0:end-marker:error']);
      // Without its `_config.yml` the post has no known generator, and hears of the slashes.
      fs.unlinkSync(path.join(jekyllSite, '_config.yml'));
      await waitFor('field-format once _config.yml is gone', () => summary(jekyll.uri).includes('3:6:field-format:warning'));
    } finally {
      await closeAll();
      fs.rmSync(jekyllSite, { recursive: true, force: true });
      fs.rmSync(hugoSite, { recursive: true, force: true });
    }
  });

  it('requires no front matter or title on a site that needs none (Quartz, VitePress), `Title` on a Hatena Blog (blogsync), and a title once the marker is gone', async () => {
    const garden = scratchSite();
    const vitepress = scratchSite();
    const hatena = scratchSite();
    try {
      fs.writeFileSync(path.join(hatena, 'blogsync.yaml'), 'default:\n  local_root: .\n');
      fs.mkdirSync(path.join(hatena, 'entry'));
      fs.writeFileSync(path.join(hatena, 'entry', '123456.md'), '---\nTitle: Goのテストを書く\nDate: 2023-01-01T12:34:56+09:00\n---\n\n本文です。\n\n---END---\n');
      const entry = await open(path.join(hatena, 'entry', '123456.md'));
      await waitFor('the Hatena entry\'s diagnostics', () => summary(entry.uri).includes('8:0:end-marker:error'));
      assert.deepEqual(summary(entry.uri), ['8:0:end-marker:error'], 'its Title is the title');
      fs.mkdirSync(path.join(garden, 'content'));
      fs.writeFileSync(path.join(garden, 'quartz.config.ts'), 'export default {}\n');
      fs.writeFileSync(path.join(garden, 'content', 'Decision Trees.md'), '---\ntags:\n  - ds/ml\n---\n\n### Definition\n\nText.\n\n---END---\n');
      fs.mkdirSync(path.join(vitepress, '.vitepress'));
      fs.writeFileSync(path.join(vitepress, '.vitepress', 'config.mts'), 'export default {}\n');
      fs.writeFileSync(path.join(vitepress, 'gradient.md'), '## 线性渐变\n\nText.\n\n---END---\n');
      const note = await open(path.join(garden, 'content', 'Decision Trees.md'));
      await waitFor('the note\'s diagnostics', () => summary(note.uri).includes('10:0:end-marker:error'));
      assert.deepEqual(summary(note.uri), ['10:0:end-marker:error']);
      const page = await open(path.join(vitepress, 'gradient.md'));
      await waitFor('the page\'s diagnostics', () => summary(page.uri).includes('5:0:end-marker:error'));
      assert.deepEqual(summary(page.uri), ['5:0:end-marker:error'], 'no note that the page has no front matter');
      fs.unlinkSync(path.join(garden, 'quartz.config.ts'));
      await waitFor('required-field once quartz.config.ts is gone', () => summary(note.uri).includes('1:0:required-field:error'));
    } finally {
      await closeAll();
      fs.rmSync(garden, { recursive: true, force: true });
      fs.rmSync(vitepress, { recursive: true, force: true });
      fs.rmSync(hatena, { recursive: true, force: true });
    }
  });

  it('asks no title of an Astro collection whose content config schema names none, and asks again once the config adds one (the watcher re-reads it)', async () => {
    const site = scratchSite();
    try {
      fs.writeFileSync(path.join(site, 'astro.config.mjs'), 'export default {};\n');
      fs.mkdirSync(path.join(site, 'src', 'content', 'pages'), { recursive: true });
      const config = (field: string) => `import { defineCollection, z } from 'astro:content';\nconst pages = defineCollection({ schema: z.object({ ${field}: z.string() }) });\nexport const collections = { pages };\n`;
      fs.writeFileSync(path.join(site, 'src', 'content', 'config.ts'), config('path'));
      fs.writeFileSync(path.join(site, 'src', 'content', 'pages', 'imprint.md'), '---\npath: imprint\n---\n\nText.\n\n---END---\n');
      const page = await open(path.join(site, 'src', 'content', 'pages', 'imprint.md'));
      await waitFor('the page\'s diagnostics', () => summary(page.uri).includes('7:0:end-marker:error'));
      assert.deepEqual(summary(page.uri), ['7:0:end-marker:error'], 'no title asked of the pages collection');
      // The writer adds a title to the schema in the editor and saves.
      const configDocument = await vscode.workspace.openTextDocument(path.join(site, 'src', 'content', 'config.ts'));
      const edit = new vscode.WorkspaceEdit();
      edit.replace(configDocument.uri, new vscode.Range(0, 0, configDocument.lineCount, 0), config('title: z.string(), path'));
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(await configDocument.save());
      await waitFor('required-field once the schema has a title', () => summary(page.uri).includes('1:0:required-field:error'));
    } finally {
      await closeAll();
      fs.rmSync(site, { recursive: true, force: true });
    }
  });

  it('lints the extensions a config file names, and only those', async () => {
    const dir = scratchSite();
    try {
      const post = '---\ntitle: "T"\n---\n\nText.\n\n---END---\n';
      fs.writeFileSync(path.join(dir, '.frontlint.json'), '{ "extensions": [".txt"] }');
      fs.writeFileSync(path.join(dir, 'post.txt'), post);
      fs.writeFileSync(path.join(dir, 'readme.md'), post);
      const text = await open(path.join(dir, 'post.txt'));
      assert.strictEqual(text.languageId, 'plaintext');
      await waitFor('a .txt post to be linted', () => summary(text.uri).includes('7:0:end-marker:error'));
      const markdown = await open(path.join(dir, 'readme.md'));
      await settle();
      assert.deepEqual(summary(markdown.uri), [], 'a .md file is not a post under this config');
    } finally {
      await closeAll();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('offers "Disable rule for this line", not preferred, and the comment silences the finding', async () => {
    const editor = await openUntitled('---\ntitle: "T"\n---\n\nText.\n\n---END---\n');
    const uri = editor.document.uri;
    const marker = await waitFor('end-marker', () => frontlintDiagnostics(uri).find((d) => ruleOf(d) === 'end-marker'));
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, marker.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const disable = actions.find((a) => a.title === 'Disable end-marker for this line');
    assert.ok(disable?.edit, `offered among ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(!disable.isPreferred, 'not preferred');
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.strictEqual(editor.document.getText(), '---\ntitle: "T"\n---\n\nText.\n\n<!-- frontlint-disable-next-line end-marker -->\n---END---\n');
    await waitFor('end-marker to be silenced', () => !frontlintDiagnostics(uri).some((d) => ruleOf(d) === 'end-marker'));

    // Fix-all never writes disable comments.
    const fixAll = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.frontlint')) ?? [];
    for (const action of fixAll) assert.ok(!JSON.stringify(action.edit?.entries() ?? []).includes('frontlint-disable'), action.title);
  });

  it('completes .frontlint.jsonc from the contributed schema', async function () {
    this.timeout(60_000);
    const dir = scratchSite();
    try {
      const file = path.join(dir, '.frontlint.jsonc');
      fs.writeFileSync(file, '{\n  "rules": {\n    \n  }\n}\n');
      const document = await open(file);
      assert.strictEqual(document.languageId, 'jsonc');
      // The JSON language server starts on the first JSON file: ask until it answers with the schema's keys.
      let labels: string[] = [];
      for (const deadline = Date.now() + 45_000; !labels.includes('end-marker'); ) {
        if (Date.now() > deadline) assert.fail(`no rule ids offered; got ${labels.join(', ')}`);
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(2, 4));
        labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
        if (!labels.includes('end-marker')) await new Promise((r) => setTimeout(r, 250));
      }
      assert.ok(labels.includes('inline-config') && labels.includes('duplicate-passage'), labels.join(', '));
    } finally {
      await closeAll();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

function listPosts(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(md|mdx)$/.test(e.name))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}
