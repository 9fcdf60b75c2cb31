import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FrontlintApi } from '../../src/vscode/extension';
import { activate, closeAll, frontlintDiagnostics, openPost, recordMetrics, ruleOf, SEED_000, waitFor } from './helpers';

const api = () => vscode.extensions.getExtension<FrontlintApi>('frontlint.frontlint')!.exports;

function previewTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('frontlint.preview'));
}

/** Figures for the README, measured in the real extension host (reported, never asserted). */
const metrics: Record<string, number> = {};

describe('preview', () => {
  before(activate);
  after(() => recordMetrics({ ...metrics, activationMs: api().activationMs }));
  afterEach(closeAll);

  it('opens beside the post, follows edits, and restores the title on lock', async () => {
    const editor = await openPost(SEED_000);
    const renders: Array<{ version: number; at: number }> = [];
    const subscription = api().preview().onDidRender((e) => renders.push({ version: e.version, at: Date.now() }));
    try {
      await vscode.commands.executeCommand('frontlint.openPreview');
      const tab = await waitFor('the preview tab', () => previewTab());
      assert.strictEqual(tab.label, `Preview ${SEED_000}`);
      await waitFor('the first render', () => renders.length > 0);
      assert.strictEqual(api().preview().currentUri, editor.document.uri.toString());

      // Typing re-renders, throttled; the time from the keystroke to the render is a README figure.
      // Timed from when the extension host hears of the keystroke, as for diagnostics below.
      await vscode.window.showTextDocument(editor.document);
      let typedAt = 0;
      const heard = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === editor.document && !typedAt) typedAt = Date.now();
      });
      await editor.edit((b) => b.insert(new vscode.Position(11, 0), 'x'));
      heard.dispose();
      const version = editor.document.version;
      const render = await waitFor('a render of the edited version', () => renders.find((r) => r.version === version));
      metrics.keystrokeToPreviewMs = render.at - typedAt;

      await vscode.commands.executeCommand('frontlint.togglePreviewLock');
      await waitFor('the locked title', () => previewTab()?.label.startsWith('[Locked]'));
    } finally {
      subscription.dispose();
    }
  });

  it('re-lints once the debounce delay has passed after a keystroke', async () => {
    const editor = await openPost(SEED_000);
    const uri = editor.document.uri;
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = frontlintDiagnostics(uri).filter((d) => ruleOf(d) === 'end-marker').length;
      // Polled rather than awaited through onDidChangeDiagnostics, which VS Code debounces by 50 ms.
      const changed = (async () => {
        while (frontlintDiagnostics(uri).filter((d) => ruleOf(d) === 'end-marker').length === before) await new Promise((r) => setTimeout(r, 2));
        return Date.now();
      })();
      // The keystroke counts from when the extension host hears of it, not from the browser round trip.
      const typed = new Promise<number>((resolve) => {
        const sub = vscode.workspace.onDidChangeTextDocument((e) => {
          if (e.document === editor.document) {
            sub.dispose();
            resolve(Date.now());
          }
        });
      });
      await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), '\n---END---\n'));
      samples.push((await changed) - (await typed));
    }
    samples.sort((a, b) => a - b);
    metrics.keystrokeToDiagnosticsMedianMs = samples[Math.floor(samples.length / 2)];
    metrics.lintDelayMs = vscode.workspace.getConfiguration('frontlint').get<number>('lintDelay', 300);
  });
});

describe("VS Code's built-in Markdown preview", () => {
  before(activate);

  it('shows the front matter card instead of raw YAML (markdown.markdownItPlugins)', async () => {
    const text = '---\ntitle: "カードの<b>題名</b>"\ntags: [AI]\nreading_time: 1\n---\n\n本文です。\n';
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', text);
    assert.match(html, /<div class="frontlint-card-host" data-line="0"><header class="fl-card"/);
    assert.match(html, /<h1 class="fl-title">カードの&lt;b&gt;題名&lt;\/b&gt;<\/h1>/);
    assert.match(html, /<span class="fl-chip fl-tag">AI<\/span>/);
    assert.doesNotMatch(html, /reading_time: 1/, 'no raw YAML');
    assert.match(html, /本文です。/);
  });
});
