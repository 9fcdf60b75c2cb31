import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { SCHEMA_SITE_FINDINGS } from '../expected/schemaSites';
import { activate, closeAll, frontlintDiagnostics, ROOT, ruleOf, waitFor } from './helpers';

const SITES = path.join(ROOT, 'test', 'fixtures', 'sites');
const siteFile = (site: string, file: string) => vscode.Uri.file(path.join(SITES, site, file));

/** The code actions at a range; `resolve` of them get their lazily computed edit. */
async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, resolve = 0): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, undefined, resolve)) ?? [];
}

/** Findings as the CLI prints them, for the three rules a schema feeds and the others. */
const asLines = (file: string, diagnostics: readonly vscode.Diagnostic[]) =>
  diagnostics.map((d) => `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${ruleOf(d)} ${d.message}`);

/** Every post of a site, linted in the editor, with its findings once they carry the schema's source (or none are due). */
async function editorFindings(site: string): Promise<string[]> {
  const files = await vscode.workspace.findFiles(new vscode.RelativePattern(path.join(SITES, site), '**/*.md'));
  const lines: string[] = [];
  for (const uri of files) {
    const file = path.relative(path.join(SITES, site), uri.fsPath).split(path.sep).join('/');
    const expected = SCHEMA_SITE_FINDINGS[site].filter((l) => l.startsWith(`${file}:`)).length;
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const found = await waitFor(`${expected} findings in ${file}`, () => {
      const diagnostics = frontlintDiagnostics(uri);
      return diagnostics.length === expected ? diagnostics : undefined;
    }).catch((error: Error) => {
      throw new Error(`${error.message}; found: ${asLines(file, frontlintDiagnostics(uri)).join(' | ')}`);
    });
    // A little longer: nothing more arrives (a later lint with another schema would change them).
    await new Promise((r) => setTimeout(r, 100));
    assert.strictEqual(frontlintDiagnostics(uri).length, found.length);
    lines.push(...asLines(file, found));
  }
  return lines.sort();
}

describe('front matter schemas in the editor', () => {
  before(activate);
  afterEach(closeAll);

  for (const site of Object.keys(SCHEMA_SITE_FINDINGS)) {
    it(`${site}: the same findings as the CLI`, async () => {
      assert.deepStrictEqual(await editorFindings(site), [...SCHEMA_SITE_FINDINGS[site]].sort());
    });
  }

  it('a Front Matter CMS post: the missing required field and the wrong choice, each with its quick fix, both applied by one action that one undo reverts', async () => {
    const uri = siteFile('fmcms', 'content/blog/broken.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const original = document.getText();
    const [missing, choice] = await waitFor('the schema findings', () => {
      const diagnostics = frontlintDiagnostics(uri);
      const required = diagnostics.find((d) => ruleOf(d) === 'required-field');
      const format = diagnostics.find((d) => ruleOf(d) === 'field-format');
      return required && format ? [required, format] : undefined;
    });
    assert.strictEqual(missing.message, 'Required field "series" is missing. (Front Matter CMS content type "blog")');
    assert.deepStrictEqual([missing.range.start.line, missing.range.end.line], [0, 5], 'the whole front matter');
    assert.strictEqual(document.getText(choice.range), 'tutorails');
    const fixed = original.replace('category: tutorails', 'category: tutorial').replace('tags: [cms]\n', 'tags: [cms]\nseries: none\n');

    // Each finding keeps its own quick fix; "tutorial" is the one close choice, so it is preferred.
    const choiceActions = await codeActionsAt(uri, choice.range);
    const pick = choiceActions.find((a) => a.title === 'Change to "tutorial"');
    assert.ok(pick, `offered: ${choiceActions.map((a) => a.title).join(', ')}`);
    assert.strictEqual(pick.isPreferred, true, 'the only close choice');
    const addActions = await codeActionsAt(uri, missing.range);
    const add = addActions.find((a) => a.title === 'Add "series: none"');
    assert.ok(add, `offered: ${addActions.map((a) => a.title).join(', ')}`);
    assert.strictEqual(add.isPreferred, true);

    // Next to each, the schema's fix-all: both fixes in one edit.
    for (const actions of [choiceActions, addActions]) {
      assert.ok(actions.some((a) => a.title === 'Fix all schema problems in this post'), `offered: ${actions.map((a) => a.title).join(', ')}`);
    }
    const resolved = await codeActionsAt(uri, choice.range, 100);
    const fixAll = resolved.find((a) => a.title === 'Fix all schema problems in this post');
    assert.ok(fixAll?.edit, 'resolved with its edit');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.strictEqual(document.getText(), fixed);
    await waitFor('no schema finding left', () => frontlintDiagnostics(uri).length === 0 || undefined);

    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), original, 'one undo restores the post');

    // `source.fixAll` (editor.codeActionsOnSave) applies the same two fixes.
    await waitFor('the findings back', () => frontlintDiagnostics(uri).length === 2 || undefined);
    const onSave = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing.range, vscode.CodeActionKind.SourceFixAll.value)) ?? [];
    const frontlintFixAll = onSave.find((a) => a.kind?.value === 'source.fixAll.frontlint');
    assert.ok(frontlintFixAll?.edit, `offered: ${onSave.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(frontlintFixAll.edit));
    assert.strictEqual(document.getText(), fixed);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), original);
  });

  it('a broken frontmatter.json gets one diagnostic on itself; fixing it re-lints the open post with its content type', async () => {
    const site = path.join(SITES, `.tmp-broken-${process.pid}`);
    const config = vscode.Uri.file(path.join(site, 'frontmatter.json'));
    const post = vscode.Uri.file(path.join(site, 'content', 'a.md'));
    const good = JSON.stringify({ 'frontMatter.taxonomy.contentTypes': [{ name: 'default', fields: [{ name: 'title', type: 'string', required: true }, { name: 'venue', type: 'string', required: true }] }] });
    await vscode.workspace.fs.writeFile(config, Buffer.from(good.slice(0, -5)));
    await vscode.workspace.fs.writeFile(post, Buffer.from('---\ndate: 2025-11-07\n---\n\nText.\n'));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(post));
      const problem = await waitFor('a diagnostic on frontmatter.json', () => vscode.languages.getDiagnostics(config)[0]);
      assert.match(problem.message, /^not valid JSON: .* at line 1, column \d+$/);
      await waitFor('the built-in title check', () => frontlintDiagnostics(post).some((d) => d.message === 'Required field "title" is missing.') || undefined);
      await vscode.workspace.fs.writeFile(config, Buffer.from(good));
      await waitFor('the content type\'s findings', () => {
        const messages = frontlintDiagnostics(post).map((d) => d.message).sort();
        return messages.join('|') === 'Required field "title" is missing. (Front Matter CMS content type "default")|Required field "venue" is missing. (Front Matter CMS content type "default")' || undefined;
      });
      assert.deepStrictEqual(vscode.languages.getDiagnostics(config), []);
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(vscode.Uri.file(site), { recursive: true });
    }
  });

  it('Front Matter CMS split settings: the URL it extends is a warning on frontmatter.json; changing a split content type re-lints the open post', async () => {
    const config = siteFile('fmcms-split', 'frontmatter.json');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(siteFile('fmcms-split', 'content/pages/about.md')));
    const warning = await waitFor('a warning on frontmatter.json', () => vscode.languages.getDiagnostics(config)[0]);
    assert.strictEqual(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(warning.message, 'frontMatter.extends: "https://frontmatter.example/team/frontmatter.json" is a URL, which Frontlint does not fetch; its settings are not used.');
    await closeAll();

    // The fixture's own split content type, changed and put back: a folder that exists when the
    // workspace opens is watched from the start (a folder made during the test is covered only
    // after a while, which made this test fail in some runs).
    const split = siteFile('fmcms-split', '.frontmatter/config/taxonomy/contenttypes/article.json');
    const post = siteFile('fmcms-split', 'content/articles/broken.md');
    const original = fs.readFileSync(split.fsPath, 'utf8');
    const requiringVenue = original.replace('"fields": [', '"fields": [\n    { "title": "Venue", "name": "venue", "type": "string", "required": true },');
    assert.notStrictEqual(requiringVenue, original);
    const venue = () => frontlintDiagnostics(post).some((d) => d.message === 'Required field "venue" is missing. (Front Matter CMS content type "article")');
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(post));
      // Linted under the content type as it is (its findings are there), and so without `venue`.
      await waitFor('the post linted under its content type', () => frontlintDiagnostics(post).some((d) => d.message.startsWith('Required field "date"')) || undefined);
      assert.ok(!venue());
      fs.writeFileSync(split.fsPath, requiringVenue);
      await waitFor('the changed content type\'s finding', () => venue() || undefined);
    } finally {
      fs.writeFileSync(split.fsPath, original);
    }
    await waitFor('the finding to go when the content type is put back', () => !venue() || undefined);
    await closeAll();
  });
});
