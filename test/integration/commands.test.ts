import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, fixture, openPost, openUntitled, SEED_000 } from './helpers';

describe('commands', () => {
  before(activate);
  afterEach(closeAll);

  it('inserts front matter with title, date, tags, categories and lang into a post without any', async () => {
    const editor = await openUntitled('# 初めての投稿\n\nこれは日本語で書かれた本文です。ひらがなとカタカナと漢字があります。\n');
    await vscode.commands.executeCommand('frontlint.insertFrontMatter');
    const text = editor.document.getText();
    assert.match(text, /^---\ntitle: "初めての投稿"\ndate: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [+-]\d{4}\ntags: \[\]\ncategories: \[\]\nlang: ja\n---\n/);
    assert.ok(text.endsWith('# 初めての投稿\n\nこれは日本語で書かれた本文です。ひらがなとカタカナと漢字があります。\n'));
  });

  it('adds only the missing required fields to existing front matter, without reformatting it', async () => {
    const editor = await openUntitled('---\ndate:   2025-01-01\ntags: [a,  b]\n---\n\n# Hello world\n\nBody text.\n');
    await vscode.commands.executeCommand('frontlint.insertFrontMatter');
    assert.strictEqual(editor.document.getText(), '---\ndate:   2025-01-01\ntags: [a,  b]\ntitle: "Hello world"\n---\n\n# Hello world\n\nBody text.\n');
  });

  it('returns the reading time breakdown', async () => {
    await openPost(SEED_000);
    const details = await vscode.commands.executeCommand<{ minutes: number; minutesWithoutDuplicates: number; declared?: number; cjkChars: number }>('frontlint.showReadingTime');
    assert.ok(details);
    assert.strictEqual(details.minutes, 34);
    assert.strictEqual(details.declared, 8);
    assert.ok(details.minutesWithoutDuplicates < 34);
    assert.ok(details.cjkChars > 15000);
  });

  it('updates reading_time in the front matter', async () => {
    const editor = await openPost(SEED_000);
    assert.ok(await vscode.commands.executeCommand('frontlint.updateReadingTime'));
    assert.strictEqual(editor.document.lineAt(8).text, 'reading_time: 34');
  });

  it('contributes the fm snippets for Markdown', async () => {
    const editor = await openUntitled('');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Translated post front matter' });
    const text = editor.document.getText();
    assert.match(text, /^---\ntitle: ".*"\ndate: \d{4}-\d{2}-\d{2} [\d:]+ [+-]\d{2}:?\d{2}\ntags: \[\]\ntranslated: true\nlang: ja\nmodel: x-ai\/grok-4-fast\n---\n/);
  });
});

describe('scan workspace posts', () => {
  before(activate);

  it('lints Markdown files that are not open and fills the Problems panel', async () => {
    const uri = fixture('hugo-post.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the post is not open');
    const scanned = await vscode.commands.executeCommand<number>('frontlint.scanWorkspace');
    assert.ok(scanned >= 1, `scanned ${scanned}`);
    const rules = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'frontlint').map((d) => (typeof d.code === 'object' ? d.code.value : d.code));
    assert.deepStrictEqual(rules.sort(), ['duplicate-tag', 'field-type']);
  });
});
