import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activate, closeAll, fixture, frontlintDiagnostics, openPost, openUntitled, ruleOf, SEED_000, SEED_003, waitFor } from './helpers';

describe('diagnostics', () => {
  before(activate);
  afterEach(closeAll);

  it('reports the artifacts of seed 000 with rule ids, ranges, links and related information', async () => {
    const editor = await openPost(SEED_000);
    const diagnostics = frontlintDiagnostics(editor.document.uri);
    const lines = (rule: string) => diagnostics.filter((d) => ruleOf(d) === rule).map((d) => d.range.start.line + 1);

    assert.deepStrictEqual(lines('end-marker'), [54, 64, 66, 90, 112, 116, 138]);
    assert.deepStrictEqual(lines('empty-section'), [64]);
    assert.deepStrictEqual(diagnostics.filter((d) => ruleOf(d) === 'truncated-text').map((d) => d.range.end.line + 1), [62, 114, 136]);
    assert.deepStrictEqual(lines('reading-time-mismatch'), [9]);
    assert.ok(lines('duplicate-passage').length >= 5);

    const marker = diagnostics.find((d) => ruleOf(d) === 'end-marker')!;
    assert.strictEqual(marker.source, 'frontlint');
    assert.strictEqual(marker.severity, vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual([marker.range.start.character, marker.range.end.character], [0, 9]);
    const code = marker.code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /docs\/rules\/end-marker\.md$/);

    const repeat = diagnostics.find((d) => ruleOf(d) === 'duplicate-passage' && d.range.start.line === 117)!;
    assert.ok(repeat.relatedInformation && repeat.relatedInformation.length > 0);
    assert.strictEqual(repeat.relatedInformation[0].location.range.start.line, 11);
    assert.strictEqual(repeat.relatedInformation[0].location.uri.toString(), editor.document.uri.toString());
  });

  it('reports an unresolved merge conflict once, on its first marker, and offers no fix that edits between its markers', async () => {
    const p1 = 'アリババは2028年までにAIクラウドインフラに巨額を投じると発表しました。';
    const editor = await openUntitled(`---\n<<<<<<< HEAD\ntitle: "サーバコンポーネント"\n---\n\n${p1}\n\n---END---\n=======\ntitle: "Server Components"\n---\n\n${p1}\n>>>>>>> upstream/main\n\n本文の続きです。\n\n---END---\n\n最後の段落です。\n`);
    const uri = editor.document.uri;
    const [conflict] = await waitFor('the merge-conflict diagnostic', () => frontlintDiagnostics(uri).filter((d) => ruleOf(d) === 'merge-conflict').length === 1 && frontlintDiagnostics(uri).filter((d) => ruleOf(d) === 'merge-conflict'));
    assert.strictEqual(conflict.range.start.line, 1);
    assert.strictEqual(conflict.severity, vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(conflict.relatedInformation?.map((r) => r.location.range.start.line), [8, 13]);
    // The marker below the conflict is reported (and fixed); the one inside it, a YAML error and a repeat between the sides are not.
    await waitFor('the marker below the conflict', () => frontlintDiagnostics(uri).some((d) => ruleOf(d) === 'end-marker') || undefined);
    assert.deepStrictEqual(frontlintDiagnostics(uri).map((d) => `${ruleOf(d)}:${d.range.start.line}`), ['merge-conflict:1', 'end-marker:17']);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, editor.document.lineCount, 0));
    // Frontlint's fixes (its disable comments aside, which go where the file's first line of body is).
    const fixes = actions.filter((a) => a.edit && a.kind?.value === vscode.CodeActionKind.QuickFix.value && !a.title.startsWith('Disable '));
    const edits = fixes.flatMap((a) => a.edit!.get(uri));
    assert.ok(edits.length > 0 && edits.every((e) => e.range.end.line < 1 || e.range.start.line > 13), actions.map((a) => `${a.title} (${a.kind?.value})`).join(' | '));
  });

  it('gives seed 003 no error or warning', async () => {
    const editor = await openPost(SEED_003);
    await new Promise((r) => setTimeout(r, 300));
    const serious = frontlintDiagnostics(editor.document.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual(serious.map((d) => d.message), []);
  });

  it('re-lints after an edit (debounced) and clears diagnostics when the post closes', async () => {
    const editor = await openPost(SEED_003);
    const uri = editor.document.uri;
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), '\n---END---\n'));
    await waitFor('the new marker to be reported', () => frontlintDiagnostics(uri).some((d) => ruleOf(d) === 'end-marker'));
    await closeAll();
    await waitFor('diagnostics to clear', () => frontlintDiagnostics(uri).length === 0);
  });

  it('follows frontlint.rules severities, including off', async () => {
    const config = vscode.workspace.getConfiguration('frontlint');
    await config.update('rules', { 'end-marker': 'off', 'duplicate-passage': 'error' }, vscode.ConfigurationTarget.Global);
    try {
      const editor = await openPost(SEED_000);
      const uri = editor.document.uri;
      await waitFor('end-marker to be switched off', () => !frontlintDiagnostics(uri).some((d) => ruleOf(d) === 'end-marker'));
      const repeat = frontlintDiagnostics(uri).find((d) => ruleOf(d) === 'duplicate-passage')!;
      assert.strictEqual(repeat.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('does not lint a post above frontlint.maxFileSize, and lints it again once the limit allows', async () => {
    const config = vscode.workspace.getConfiguration('frontlint');
    await config.update('maxFileSize', 10_000, vscode.ConfigurationTarget.Global);
    try {
      const document = await vscode.workspace.openTextDocument(fixture(SEED_000));
      const post = await vscode.languages.setTextDocumentLanguage(document, 'markdown');
      await vscode.window.showTextDocument(post);
      await new Promise((r) => setTimeout(r, 500));
      assert.deepStrictEqual(frontlintDiagnostics(post.uri), [], 'a 52 KB post is over the 10 KB limit');
      assert.strictEqual(await vscode.commands.executeCommand('frontlint.showReadingTime'), undefined);
    } finally {
      await config.update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('diagnostics once the limit is back to 5 MB', () => frontlintDiagnostics(vscode.window.activeTextEditor!.document.uri).length > 0);
  });

  it('opens a 20 MB post without linting it (default limit 5 MB), and the editor stays responsive', async () => {
    const seed = fs.readFileSync(fixture(SEED_000).fsPath, 'utf8');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontlint-huge-'));
    try {
      const file = path.join(dir, 'huge.md');
      fs.writeFileSync(file, seed.repeat(Math.ceil(20e6 / Buffer.byteLength(seed))));
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(file)));
      assert.ok(editor.document.getText().length > 6e6, 'the whole post reached the extension host');
      await new Promise((r) => setTimeout(r, 1000));
      assert.deepStrictEqual(frontlintDiagnostics(editor.document.uri), []);
      assert.strictEqual(await vscode.commands.executeCommand('frontlint.showReadingTime'), undefined);
      // The next post is linted as usual (openPost waits for its diagnostics): the big one blocked nothing.
      await openPost(SEED_000);
    } finally {
      await closeAll();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

