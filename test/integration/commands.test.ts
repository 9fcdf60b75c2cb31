import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { lint } from '../../src/core';
import type { ScanResult } from '../../src/vscode/scan';
import { activate, closeAll, fixture, frontlintDiagnostics, openPost, openUntitled, recordMetrics, ROOT, ruleOf, SEED_000, waitFor, watchTimerLag } from './helpers';

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
  // Posts nobody opens, enough of them that the scan runs on the lint threads for a while.
  const LOAD = path.join(ROOT, 'test', 'fixtures', `scan-load-${process.pid}`);
  const POSTS = 400;
  const seed = fs.readFileSync(fixture(SEED_000).fsPath, 'utf8');
  const loadPost = (i: number) => vscode.Uri.file(path.join(LOAD, `post-${String(i).padStart(3, '0')}.md`));
  const scan = (options?: { token?: vscode.CancellationToken }) => vscode.commands.executeCommand<ScanResult>('frontlint.scanWorkspace', options);
  const withDiagnostics = () => Array.from({ length: POSTS }, (_, i) => loadPost(i)).filter((uri) => frontlintDiagnostics(uri).length > 0).length;

  before(async () => {
    await activate();
    fs.mkdirSync(LOAD, { recursive: true });
    for (let i = 0; i < POSTS; i++) fs.writeFileSync(loadPost(i).fsPath, seed.replace('title: "', `title: "${i} `));
  });
  after(async () => {
    await closeAll();
    fs.rmSync(LOAD, { recursive: true, force: true });
  });

  it('is cancellable: the lint threads stop and nothing is published after the cancel', async () => {
    const cancel = new vscode.CancellationTokenSource();
    const scanning = scan({ token: cancel.token });
    await waitFor('the first results of the scan', () => withDiagnostics() > 0 || undefined, 30_000);
    cancel.cancel();
    const result = await scanning;
    assert.ok(result.cancelled, 'the scan says it was cancelled');
    assert.ok(result.linted < result.files, `linted ${result.linted} of ${result.files}`);
    const published = withDiagnostics();
    assert.ok(published < POSTS, `${published} of ${POSTS} posts have diagnostics`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.strictEqual(withDiagnostics(), published, 'no results arrive after the cancel');
  });

  it('says why when its lint process cannot run, and still finishes (a broken install: dist/lint-process.js missing)', async () => {
    const script = path.join(ROOT, 'dist', 'lint-process.js');
    fs.renameSync(script, `${script}.moved`);
    let result: ScanResult;
    try {
      result = await scan();
    } finally {
      fs.renameSync(`${script}.moved`, script);
    }
    assert.match(result.error ?? '', /^lint process exited \(code 1\): Error: Cannot find module '.*lint-process\.js'$/);
    assert.deepStrictEqual([result.cancelled, result.onThreads], [false, 0]);
  });

  it('lints unopened posts on the lint threads, with the same findings as the engine and the blog\'s schema, and keeps the editor responsive', async () => {
    await closeAll();
    // The same timer with nothing to do, for comparison: on a busy machine it is late too.
    const idle = watchTimerLag();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idleLag = idle.stop();
    const lag = watchTimerLag();
    let result: ScanResult;
    let maxLag: number;
    try {
      result = await scan();
    } finally {
      maxLag = lag.stop();
    }
    assert.ok(!result.cancelled);
    assert.ok(result.onThreads >= POSTS + 1, `${result.onThreads} posts linted on the lint threads`);
    assert.strictEqual(withDiagnostics(), POSTS);
    const rules = frontlintDiagnostics(fixture('hugo-post.md')).map(ruleOf).sort();
    assert.deepStrictEqual(rules, ['duplicate-tag', 'field-type']);
    // An unopened post of a Front Matter CMS blog is checked against its content type, as the CLI does.
    const cmsPost = vscode.Uri.file(path.join(ROOT, 'test', 'fixtures', 'sites', 'fmcms', 'content', 'blog', 'broken.md'));
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === cmsPost.toString()), 'the Front Matter CMS post is not open');
    assert.deepStrictEqual(
      frontlintDiagnostics(cmsPost).filter((d) => ruleOf(d) === 'required-field').map((d) => d.message),
      ['Required field "series" is missing. (Front Matter CMS content type "blog")'],
    );
    const expected = lint(fs.readFileSync(loadPost(7).fsPath, 'utf8'), { t: vscode.l10n.t }).findings.map((f) => `${f.rule} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.message}`);
    const actual = frontlintDiagnostics(loadPost(7)).map((d) => `${ruleOf(d)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
    assert.deepStrictEqual(actual, expected);
    const bytes = fs.readdirSync(LOAD).reduce((n, f) => n + fs.statSync(path.join(LOAD, f)).size, 0);
    recordMetrics({ scanPosts: result.files, scanMB: Math.round(bytes / 1e5) / 10, scanMs: result.ms, scanHostThreadMs: result.hostMs, scanDiagnosticsSetMs: result.setMs, scanLongestBlockMs: result.longestBlockMs, scanPrepareMs: result.prepareMs, scanFindMs: result.findMs, scanTimerMaxLagMs: maxLag, idleTimerMaxLagMs: idleLag });
    assert.ok(maxLag < 1000, `an extension-host timer was ${Math.round(maxLag)} ms late`);
    // A scan leaves out locations in the post itself (a repeat's first copies); opening the post brings them.
    const repeat = () => frontlintDiagnostics(loadPost(7)).find((d) => ruleOf(d) === 'duplicate-passage');
    assert.ok(repeat(), 'the post has a repeated passage');
    assert.deepStrictEqual(repeat()!.relatedInformation ?? [], []);
    await vscode.window.showTextDocument(loadPost(7));
    await waitFor("the opened post's repeat to name its first copy", () => repeat()?.relatedInformation?.length || undefined);
  });

  it('keeps the results of the text in the editor for open posts, saved or not', async () => {
    const document = await vscode.workspace.openTextDocument(loadPost(3));
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((b) => b.insert(new vscode.Position(document.lineCount, 0), '\n---END---\n'));
    const markerLine = document.lineCount - 2;
    const result = await scan();
    assert.ok(result.inEditor >= 1, `${result.inEditor} posts linted from the editor`);
    assert.ok(document.isDirty, 'the edit is not saved');
    const markers = frontlintDiagnostics(document.uri).filter((d) => ruleOf(d) === 'end-marker' && d.range.start.line === markerLine);
    assert.strictEqual(markers.length, 1, 'the unsaved marker is reported');
  });
});

// `node scripts/bench-scan.mjs` opens a generated blog as the workspace and runs only this.
(process.env.FRONTLINT_SCAN_BENCH ? describe : describe.skip)('scan benchmark', () => {
  before(activate);

  it('scans the workspace three times, recording the median time and the worst timer lag', async function () {
    this.timeout(600_000);
    const runs: Array<ScanResult & { lag: number; lagAt: number; gcInWorstLag: number; longestGc: number; lagRunning: number; lagWaiting: number }> = [];
    // Garbage collection on this thread: how much of the worst lag it was.
    const { PerformanceObserver } = await import('node:perf_hooks');
    let gcs: Array<{ start: number; end: number; kind: number }> = [];
    const observer = new PerformanceObserver((list) => gcs.push(...list.getEntries().map((e) => ({ start: e.startTime, end: e.startTime + e.duration, kind: (e as unknown as { detail: { kind: number } }).detail.kind }))));
    observer.observe({ entryTypes: ['gc'] });
    for (let i = 0; i < 3; i++) {
      gcs = [];
      const lag = watchTimerLag();
      // FRONTLINT_SCAN_PROFILE=file.cpuprofile: the extension host's thread during the second scan.
      const scanStart = performance.now();
      const profile = i === 1 && process.env.FRONTLINT_SCAN_PROFILE ? await profileHost() : undefined;
      const result = await vscode.commands.executeCommand<ScanResult>('frontlint.scanWorkspace');
      const worst = lag.stop();
      const from = lag.worstAt() - worst - 10;
      const gcInWorstLag = gcs.reduce((sum, gc) => sum + Math.max(0, Math.min(gc.end, lag.worstAt()) - Math.max(gc.start, from)), 0);
      const longest = gcs.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a), { start: 0, end: 0, kind: 0 });
      const longestGc = longest.end - longest.start;
      // perf_hooks.constants: 1 minor (scavenge), 4 major, 8 incremental marking, 16 weak callbacks.
      console.log(`scan ${i + 1}: longest collection ${Math.round(longestGc)} ms, kind ${longest.kind}; collections ${gcs.length}, ${Math.round(gcs.reduce((n, gc) => n + gc.end - gc.start, 0))} ms in all`);
      const schedule = lag.worstSchedule();
      runs.push({ ...result, lag: worst, lagAt: Math.round(from - scanStart), gcInWorstLag: Math.round(gcInWorstLag), longestGc: Math.round(longestGc), lagRunning: Math.round(schedule?.runningMs ?? NaN), lagWaiting: Math.round(schedule?.waitingMs ?? NaN) });
      if (profile) fs.writeFileSync(process.env.FRONTLINT_SCAN_PROFILE!, JSON.stringify(await profile()));
    }
    const median = [...runs].sort((a, b) => a.ms - b.ms)[1];
    recordMetrics({ benchScanLongestBlockMs: Math.max(...runs.map((r) => r.longestBlockMs)), benchScanPosts: median.files, benchScanMs: median.ms, benchScanRunsMs: runs.map((r) => r.ms) as unknown as number, benchScanHostThreadMs: median.hostMs, benchScanSetMs: median.setMs, benchScanMaxLagMs: Math.max(...runs.map((r) => r.lag)), benchScanLagsMs: runs.map((r) => r.lag) as unknown as number, benchScanLagStartsMs: runs.map((r) => r.lagAt) as unknown as number, benchScanLagRunningMs: runs.map((r) => r.lagRunning) as unknown as number, benchScanLagWaitingMs: runs.map((r) => r.lagWaiting) as unknown as number, benchScanGcInWorstLagMs: runs.map((r) => r.gcInWorstLag) as unknown as number, benchScanLongestGcMs: runs.map((r) => r.longestGc) as unknown as number, benchScanPrepareMs: median.prepareMs, benchScanFindMs: median.findMs, benchScanThreadsDoneMs: runs.map((r) => r.threadsDoneMs ?? NaN) as unknown as number });
    observer.disconnect();
    assert.ok(runs.every((r) => r.onThreads === r.files && !r.cancelled));
  });
});

/** Starts V8's CPU profiler on this thread; the function returned stops it and gives the profile. */
async function profileHost(): Promise<() => Promise<object>> {
  const inspector = await import('node:inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) => new Promise<any>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  return async () => {
    const { profile } = await post('Profiler.stop');
    session.disconnect();
    return profile;
  };
}
