import * as assert from 'assert';
import * as vscode from 'vscode';
import { fixAll, ARTIFACT_RULES } from '../../src/core';
import { activate, closeAll, frontlintDiagnostics, openPost, openUntitled, ruleOf, SEED_000, waitFor } from './helpers';

async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

describe('quick fixes', () => {
  before(activate);
  afterEach(closeAll);

  it('deletes one ---END--- marker with a preferred quick fix, and undo restores it', async () => {
    const editor = await openPost(SEED_000);
    const { document } = editor;
    const original = document.getText();
    const marker = frontlintDiagnostics(document.uri).find((d) => ruleOf(d) === 'end-marker')!;
    const actions = await codeActionsAt(document.uri, marker.range);
    const fix = actions.find((a) => a.title === 'Delete the ---END--- line');
    assert.ok(fix, `offered: ${actions.map((a) => a.title).join(', ')}`);
    assert.strictEqual(fix.isPreferred, true);
    assert.ok(actions.some((a) => a.title === 'Fix all Frontlint problems'));
    assert.ok(actions.some((a) => a.title === 'Remove all AI-draft artifacts'));

    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.notStrictEqual(document.lineAt(53).text, '---END---');
    assert.strictEqual(document.getText().split('---END---').length, original.split('---END---').length - 1);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), original);
  });

  it('checks TOML front matter (Hugo) and fixes it in TOML: "false" becomes false, a string of tags a list; one undo each', async () => {
    const editor = await openUntitled('+++\ntitle = "Hugo"\ndraft = "false"\ntags = "go, hugo" # topics\n+++\n\nHugo writes TOML front matter by default.\n');
    const { document } = editor;
    const original = document.getText();
    const found = await waitFor('the TOML field findings', () => {
      const diagnostics = frontlintDiagnostics(document.uri).filter((d) => ruleOf(d) === 'field-type');
      return diagnostics.length === 2 ? diagnostics : undefined;
    });
    assert.deepEqual(found.map((d) => document.getText(d.range)), ['"false"', '"go, hugo"']);
    assert.match(found[0].message, /must be a TOML boolean/);
    for (const diagnostic of found) {
      const fix = (await codeActionsAt(document.uri, diagnostic.range)).find((a) => a.isPreferred);
      assert.ok(fix?.edit, `a preferred fix for ${diagnostic.message}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
    }
    assert.equal(document.getText(), '+++\ntitle = "Hugo"\ndraft = false\ntags = ["go", "hugo"] # topics\n+++\n\nHugo writes TOML front matter by default.\n');
    await waitFor('no field finding left', () => !frontlintDiagnostics(document.uri).some((d) => ruleOf(d) === 'field-type') || undefined);
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original);
  });

  it('deletes the JSON an AI answer came in, left after the last paragraph (wrapper-debris), down to the last sentence; undo restores it', async () => {
    const body = '## まとめ\n\n高度な自動化機能を持つシステムを作成できます。\n';
    const editor = await openUntitled(`---\ntitle: Gemini と n8n\n---\n\n${body}"\n}\n\`\`\`\n`);
    const { document } = editor;
    const original = document.getText();
    const debris = await waitFor('the wrapper-debris finding', () => frontlintDiagnostics(document.uri).find((d) => ruleOf(d) === 'wrapper-debris'));
    assert.equal(debris.range.start.line, 7);
    const fix = (await codeActionsAt(document.uri, debris.range)).find((a) => a.isPreferred);
    assert.equal(fix?.title, 'Delete the leftover " } ```');
    assert.ok(await vscode.workspace.applyEdit(fix!.edit!));
    assert.equal(document.getText(), `---\ntitle: Gemini と n8n\n---\n\n${body}`);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original);
  });

  it('offers a blank line under a paragraph that a --- made a heading (accidental-heading), never as part of fixing all; undo restores it', async () => {
    const closing = 'AIを怖れるより、AIを監視・制御・活用する側に立つ。それが今この瞬間に取れる最善の一手だ。';
    const editor = await openUntitled(`---\ntitle: AI時代のキャリア\n---\n\n${closing}\n---\n\n関連記事はこちら。\n`);
    const { document } = editor;
    const original = document.getText();
    const heading = await waitFor('the accidental-heading finding', () => frontlintDiagnostics(document.uri).find((d) => ruleOf(d) === 'accidental-heading'));
    assert.deepEqual([heading.range.start.line, heading.range.end.line], [4, 5]);
    const actions = await codeActionsAt(document.uri, heading.range);
    const blank = actions.find((a) => a.title === 'Insert a blank line before "---"');
    assert.ok(blank?.edit, `offered: ${actions.map((a) => a.title).join(', ')}`);
    assert.notStrictEqual(blank.isPreferred, true, 'a heading goes: not the preferred fix');
    // (Resolved, as the editor does on save: with nothing else to fix here, fixing all offers nothing.)
    const all = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, document.lineCount, 0), 'source.fixAll.frontlint', 10)) ?? [];
    assert.ok(all.every((a) => !a.edit || !a.edit.entries().some(([, edits]) => edits.some((e) => e.newText === '\n'))), 'fix-all leaves it');
    assert.ok(await vscode.workspace.applyEdit(blank.edit));
    assert.equal(document.getText(), `---\ntitle: AI時代のキャリア\n---\n\n${closing}\n\n---\n\n関連記事はこちら。\n`);
    await waitFor('the finding gone', () => !frontlintDiagnostics(document.uri).some((d) => ruleOf(d) === 'accidental-heading') || undefined);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original);
  });

  it('sets reading_time to the computed value', async () => {
    const editor = await openPost(SEED_000);
    const diagnostic = frontlintDiagnostics(editor.document.uri).find((d) => ruleOf(d) === 'reading-time-mismatch')!;
    const fix = (await codeActionsAt(editor.document.uri, diagnostic.range)).find((a) => a.isPreferred)!;
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.strictEqual(editor.document.lineAt(8).text, 'reading_time: 34');
  });

  it('fixes everything in one edit that a single undo reverts', async () => {
    const editor = await openPost(SEED_000);
    const { document } = editor;
    const original = document.getText();
    assert.ok(await vscode.commands.executeCommand('frontlint.fixAll'));
    assert.strictEqual(document.getText(), fixAll(original).text);
    await waitFor('fixable diagnostics to disappear', () => !frontlintDiagnostics(document.uri).some((d) => ['end-marker', 'duplicate-passage'].includes(ruleOf(d))));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), original);
  });

  it('removes only AI-draft artifacts, leaving the front matter alone', async () => {
    const editor = await openPost(SEED_000);
    const { document } = editor;
    const original = document.getText();
    assert.ok(await vscode.commands.executeCommand('frontlint.removeArtifacts'));
    assert.strictEqual(document.getText(), fixAll(original, {}, ARTIFACT_RULES).text);
    assert.ok(document.getText().includes('reading_time: 8'));
  });

  it('computes the fix-all quick fixes when they are resolved, as one edit', async () => {
    const editor = await openPost(SEED_000);
    const { document } = editor;
    const original = document.getText();
    // Reopened right after an earlier test fixed it, the post may still show that version's
    // diagnostics for a moment: wait for this version's markers.
    const marker = await waitFor('the markers of the reopened post', () => frontlintDiagnostics(document.uri).find((d) => ruleOf(d) === 'end-marker'));
    const resolved = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, marker.range, undefined, 10)) ?? [];
    const removeAll = resolved.find((a) => a.title === 'Remove all AI-draft artifacts');
    assert.ok(removeAll?.edit, 'resolved with an edit');
    assert.strictEqual(removeAll.edit.size, 1);
    assert.ok(await vscode.workspace.applyEdit(removeAll.edit));
    assert.strictEqual(document.getText(), fixAll(original, {}, ARTIFACT_RULES).text);
  });

  it('offers source.fixAll.frontlint for editor.codeActionsOnSave', async () => {
    const editor = await openPost(SEED_000);
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await codeActionsAt(editor.document.uri, whole, 'source.fixAll.frontlint');
    assert.strictEqual(actions.length, 1);
    assert.strictEqual(actions[0].kind?.value, 'source.fixAll.frontlint');
  });
});
