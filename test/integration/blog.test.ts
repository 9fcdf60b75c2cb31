import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { FrontlintApi } from '../../src/vscode/extension';
import { activate, closeAll, frontlintDiagnostics, recordMetrics, ROOT, ruleOf, waitFor, watchTimerLag } from './helpers';

const api = () => vscode.extensions.getExtension<FrontlintApi>('frontlint.frontlint')!.exports;
const site = (...parts: string[]) => vscode.Uri.file(path.join(ROOT, 'test', 'fixtures', 'sites', ...parts));
const ofRule = (uri: vscode.Uri, rule: string) => frontlintDiagnostics(uri).filter((d) => ruleOf(d) === rule);

/** The code actions at a broken link, asked again for a moment while a re-check of the blog (started by opening the post) lands. */
async function linkFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] = [];
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
    if (actions.some((a) => a.title.startsWith('Change the link to'))) break;
  }
  return actions;
}

describe('the blog', function () {
  this.timeout(30_000);
  before(async () => {
    await activate();
    await api().blogs.ready;
  });
  afterEach(closeAll);

  it('indexes the workspace in the background: a broken link gets its squiggle, and a quick fix to the right permalink', async () => {
    const uri = site('jekyll', '_posts', '2024-01-10-hello-world.md');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const [broken] = await waitFor('the broken-link diagnostic', () => ofRule(uri, 'broken-link').filter((d) => d.range.start.line === 13).length === 1 && ofRule(uri, 'broken-link'));
    assert.equal(editor.document.getText(broken.range), '/2024/01/11/second-post-follow-up/');
    assert.equal(broken.severity, vscode.DiagnosticSeverity.Warning);
    const actions = await linkFixes(uri, broken.range);
    const fix = actions.find((a) => a.title === 'Change the link to /2024/01/11/second-post/');
    assert.ok(fix?.edit, `offered: ${actions.map((a) => a.title).join(' | ')}; blog findings: ${JSON.stringify(api().blogs.findingsOf(uri).map((f) => [f.rule, f.range.start, api().blogs.brokenLinkFixes(uri, f).length]))}; blog ${api().blogs.blogOf(uri)?.index.site.root}`);
    assert.equal(fix.isPreferred, undefined, 'a guess is never preferred');
    await vscode.workspace.applyEdit(fix.edit);
    assert.match(editor.document.lineAt(13).text, /\[the follow-up\]\(\/2024\/01\/11\/second-post\/\)/);
    // The unsaved text wins: the link now resolves, and the squiggle goes.
    await waitFor('the squiggle to go', () => ofRule(uri, 'broken-link').every((d) => d.range.start.line !== 13) || undefined);
  });

  it('a Hexo blog: links to its posts\' URLs, slugs and titles and to its pages are fine, a link to no post gets its squiggle (a misspelt slug its fix), and its slash date is a date', async () => {
    const uri = site('hexo', 'source', '_posts', 'hello-hexo.md');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the broken-link diagnostics', () => ofRule(uri, 'broken-link').length === 2 || undefined);
    assert.deepEqual(ofRule(uri, 'broken-link').map((d) => editor.document.getText(d.range)), ['/2019/07/19/missing/', 'secnd-post']);
    const slug = ofRule(uri, 'broken-link')[1];
    assert.equal(slug.message, 'No post has the slug or title secnd-post.');
    const actions = await linkFixes(uri, slug.range);
    const fix = actions.find((a) => a.title === 'Change the link to second-post');
    assert.ok(fix?.edit, `offered: ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.workspace.applyEdit(fix.edit);
    assert.match(editor.document.lineAt(11).text, /\{% post_link second-post 第二篇 %\}/);
    await waitFor('the fixed slug\'s squiggle to go', () => ofRule(uri, 'broken-link').length === 1 || undefined);
    // Every link the index resolves opens its post with Ctrl+click: URLs, slugs, titles, the fixed slug too.
    let opened: string[] = [];
    for (const deadline = Date.now() + 10_000; opened.length < 6 && Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
      const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', uri, 100);
      opened = links.filter((l) => l.target?.path.includes('/_posts/')).map((l) => `${editor.document.getText(l.range)} → ${path.basename(l.target!.path)}`);
    }
    for (const expected of ['/2019/07/18/second-post/ → second-post.md', '/2019/07/16/old-style/ → old-style.md', 'second-post → second-post.md', '旧式的文章 → old-style.md']) assert.ok(opened.includes(expected), `${expected} in ${opened.join(' | ')}`);
    assert.deepEqual(ofRule(uri, 'field-format'), [], '2019/07/17 10:00:00 is a date to Hexo');
    assert.equal(api().blogs.blogOf(uri)?.index.site.generator, 'hexo');
    // Hexo reads front matter without its opening `---`: the post linked to above has some.
    const oldStyle = site('hexo', 'source', '_posts', 'old-style.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(oldStyle));
    await waitFor('the open post in the index, with its title', () => api().blogs.indexOf(oldStyle)?.get(oldStyle.path)?.title === '旧式的文章');
    await new Promise((r) => setTimeout(r, 1000)); // its own lint, which has nothing to say
    assert.deepEqual(frontlintDiagnostics(oldStyle).map((d) => ruleOf(d)), []);
  });

  it('editing a title to match another post raises duplicate-title in both, live, and undoing it clears them', async () => {
    const second = site('hugo', 'content', 'posts', 'second', 'index.md');
    const third = site('hugo', 'content', 'posts', 'third.md');
    const first = site('hugo', 'content', 'posts', 'first.md');
    await waitFor('first.md and third.md share a title', () => ofRule(third, 'duplicate-title').length === 1 || undefined);
    assert.equal(ofRule(second, 'duplicate-title').length, 0);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(second));
    const title = editor.document.lineAt(1).range;
    await editor.edit((b) => b.replace(title, 'title: "First  post"'));
    const [raised] = await waitFor('duplicate-title on the edited post', () => ofRule(second, 'duplicate-title').length === 1 && ofRule(second, 'duplicate-title'));
    assert.match(raised.message, /have the same title|has the same title/);
    assert.deepEqual(
      raised.relatedInformation?.map((r) => path.basename(r.location.uri.fsPath)).sort(),
      ['first.md', 'third.md'],
    );
    await waitFor('the other posts to name the edited one', () => ofRule(first, 'duplicate-title')[0]?.relatedInformation?.some((r) => r.location.uri.fsPath === second.fsPath) || undefined);
    await vscode.commands.executeCommand('undo');
    await waitFor('duplicate-title to clear on the edited post', () => ofRule(second, 'duplicate-title').length === 0 || undefined);
    assert.ok(ofRule(first, 'duplicate-title')[0].relatedInformation?.every((r) => r.location.uri.fsPath !== second.fsPath));
  });

  it('completion in front matter offers the blog\'s tags, most used first, with their counts', async () => {
    const uri = site('jekyll', '_posts', '2024-01-13-hello-again.md');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const line = editor.document.lineAt(3);
    assert.equal(line.text, 'tags: [jekyll]');
    await editor.edit((b) => b.insert(new vscode.Position(3, 'tags: [jekyll'.length), ', '));
    const position = new vscode.Position(3, 'tags: [jekyll, '.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
    const tags = list.items
      .filter((i) => i.kind === vscode.CompletionItemKind.Value)
      .sort((a, b) => String(a.sortText).localeCompare(String(b.sortText)))
      .map((i) => (typeof i.label === 'string' ? i.label : `${i.label.label} (${i.label.description})`));
    assert.deepEqual(tags, ['ai (3 posts)', 'writing (1 post)', '日本語 (1 post)']);
  });

  it('completion in TOML front matter (Hugo) writes TOML: `key = `, and the blog\'s tags as TOML strings', async () => {
    const uri = site('hugo', 'content', 'posts', 'third.md');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the Hugo blog\'s tags', () => api().blogs.blogOf(uri)?.index.taxonomy('tags').some((t) => t.name === 'hugo') || undefined);
    const line = editor.document.lineAt(4);
    assert.equal(line.text, 'tags = ["go"]');
    await editor.edit((b) => b.replace(line.range, 'tags = ["go", '));
    try {
      // Asked until the post is linted (its config and schema are found in the background when it opens).
      const complete = async (position: vscode.Position, kind: vscode.CompletionItemKind, label: string) => {
        for (const deadline = Date.now() + 10_000; ; await new Promise((r) => setTimeout(r, 100))) {
          const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
          const item = list.items.find((i) => i.kind === kind && (typeof i.label === 'string' ? i.label : i.label.label) === label);
          if (item || Date.now() > deadline) return item;
        }
      };
      assert.equal((await complete(new vscode.Position(4, 'tags = ["go", '.length), vscode.CompletionItemKind.Value, 'hugo'))?.insertText, '"hugo"');
      await editor.edit((b) => b.insert(new vscode.Position(5, 0), 'dr\n'));
      assert.equal((await complete(new vscode.Position(5, 2), vscode.CompletionItemKind.Property, 'draft'))?.insertText, 'draft = ');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('completion follows the post\'s front matter schema: a Front Matter CMS choice field offers its choices', async () => {
    const uri = site('fmcms', 'content', 'blog', 'good.md');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.equal(editor.document.lineAt(3).text, 'category: tutorial');
    await editor.edit((b) => b.replace(editor.document.lineAt(3).range, 'category: '));
    // Asked until the post is linted with its schema (found in the background when it opened).
    let values: string[] = [];
    for (const deadline = Date.now() + 10_000; Date.now() < deadline && values.length === 0; await new Promise((r) => setTimeout(r, 100))) {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(3, 'category: '.length));
      values = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Value).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    }
    assert.deepEqual(values, ['news', 'tutorial', 'review']);
    await vscode.commands.executeCommand('undo');
  });

  it('hover on reading_time shows the computed breakdown; on a tag, its post count', async () => {
    const uri = site('jekyll', '_posts', '2024-01-13-hello-again.md');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the post to be linted', () => frontlintDiagnostics(uri).length > 0 || undefined);
    const hoverText = async (position: vscode.Position) =>
      (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position))
        .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)))
        .join('\n');
    assert.equal(editor.document.lineAt(4).text, 'reading_time: 1');
    const readingTime = await hoverText(new vscode.Position(4, 3));
    assert.match(readingTime, /Reading time: 1 min/);
    assert.match(readingTime, /Latin-script words: \d+/);
    assert.match(readingTime, /Declared reading_time: 1 min/);
    assert.match(await hoverText(new vscode.Position(3, 9)), /\*\*jekyll\*\*: used by 2 posts in this blog/);
  });

  it('Rename Tag changes every post\'s front matter in one edit, and one undo restores them all', async () => {
    const posts = ['2024-01-10-hello-world.md', '2024-01-11-second-post.md', '2024-01-12-日本語のスラッグ.md'].map((name) => site('jekyll', '_posts', name));
    const before = await Promise.all(posts.map(async (uri) => (await vscode.workspace.openTextDocument(uri)).getText()));
    assert.ok(before.every((text) => /\bai\b/.test(text)), `the fixtures list "ai": ${JSON.stringify(before)}`);
    await vscode.window.showTextDocument(posts[0]);
    const changed = await vscode.commands.executeCommand<number>('frontlint.renameTag', { from: 'ai', to: 'machine learning', preview: false });
    assert.equal(changed, 3);
    const after = await Promise.all(posts.map(async (uri) => (await vscode.workspace.openTextDocument(uri)).getText()));
    assert.match(after[0], /^tags: \[machine learning, jekyll\]$/m);
    assert.match(after[1], /^tags:\n {2}- machine learning\n {2}- writing$/m);
    assert.match(after[2], /^tags: \[machine learning, 日本語\]$/m);
    // Only the front matter changed: the bodies are as they were.
    after.forEach((text, i) => assert.equal(text.split(/^---$/m).slice(2).join('---'), before[i].split(/^---$/m).slice(2).join('---')));
    await vscode.commands.executeCommand('undo');
    const undone = await Promise.all(posts.map(async (uri) => (await vscode.workspace.openTextDocument(uri)).getText()));
    assert.deepEqual(undone, before);
  });

  it('Rename Tag reaches TOML front matter too (Hugo), renaming the item in its list', async () => {
    const [first, third] = [site('hugo', 'content', 'posts', 'first.md'), site('hugo', 'content', 'posts', 'third.md')];
    await waitFor('the TOML post\'s tag in the taxonomy', () => api().blogs.blogOf(third)?.index.taxonomy('tags').find((t) => t.name === 'go')?.count === 2 || undefined);
    await vscode.window.showTextDocument(first);
    const changed = await vscode.commands.executeCommand<number>('frontlint.renameTag', { from: 'go', to: 'golang', preview: false });
    assert.equal(changed, 2);
    assert.match((await vscode.workspace.openTextDocument(first)).getText(), /^tags: \[hugo, golang\]$/m);
    assert.match((await vscode.workspace.openTextDocument(third)).getText(), /^tags = \["golang"\]$/m);
  });

  it('blog rules take each post\'s severity from its own config files, as its other rules do, and skip the posts it ignores', async () => {
    const inPosts = site('jekyll', '_posts', '2024-01-10-hello-world.md');
    const outside = site('jekyll', 'about.md');
    const config = path.join(site('jekyll', '_posts').fsPath, '.frontlint.jsonc');
    const severity = (uri: vscode.Uri) => ofRule(uri, 'broken-link')[0]?.severity;
    await waitFor('the default severity', () => severity(inPosts) === vscode.DiagnosticSeverity.Warning || undefined);
    const ignoredPost = site('jekyll', '_posts', '2024-01-12-日本語のスラッグ.md');
    await waitFor('the blog findings of the post about to be ignored', () => ofRule(ignoredPost, 'broken-link').length > 0 || undefined);
    fs.writeFileSync(config, '{ "rules": { "broken-link": "error" }, "ignores": ["2024-01-12-*.md"] }\n');
    try {
      await waitFor('broken-link as an error in _posts', () => severity(inPosts) === vscode.DiagnosticSeverity.Error || undefined, 15_000);
      assert.equal(severity(outside), vscode.DiagnosticSeverity.Warning, 'about.md is outside _posts: the config does not apply');
      await waitFor(`no blog finding on the post the config ignores (has ${frontlintDiagnostics(ignoredPost).map((d) => `${ruleOf(d)}:${d.severity}`).join(', ')})`, () => frontlintDiagnostics(ignoredPost).length === 0 || undefined, 5000);
    } finally {
      fs.rmSync(config, { force: true });
    }
    await waitFor('the default severity again', () => severity(inPosts) === vscode.DiagnosticSeverity.Warning || undefined, 15_000);
  });

  it('reads a blog of 64 posts and more on a lint thread (the fixtures folder itself, opened for the first time: the thread starts while its posts are stamped)', async () => {
    await api().blogs.ready;
    const stats = api().blogs.buildStats.find((build) => build.posts >= 64);
    assert.ok(stats, `a build of 64 posts or more: ${JSON.stringify(api().blogs.buildStats)}`);
    // A thread that failed would leave its posts to the host (threads: 0), unnoticed otherwise.
    assert.ok((stats.threads ?? 0) >= 1, JSON.stringify(stats));
  });

  it('keeps each blog\'s index entries between builds (in the workspace\'s storage): a rebuild reads no post that has not changed, and finds the same', async () => {
    await api().blogs.cacheSaved;
    const posts = [site('jekyll', '_posts', '2024-01-10-hello-world.md'), site('hexo', 'source', '_posts', 'hello-hexo.md')];
    const findings = () => JSON.stringify(posts.map((uri) => api().blogs.findingsOf(uri).map((f) => [f.rule, f.range, f.message])));
    const before = findings();
    assert.ok(posts.every((uri) => api().blogs.findingsOf(uri).length > 0), before);
    const root = api().blogs.blogOf(posts[0])!.index.site.root;
    const builds = api().blogs.buildStats.length;
    // A config saved in the blog rebuilds the index; it changes no rule.
    const config = site('jekyll', '.frontlint.json');
    fs.writeFileSync(config.fsPath, '{}\n');
    try {
      const rebuilt = await waitFor('the rebuilt index', () => api().blogs.buildStats.slice(builds).find((stats) => stats.root === root), 15_000);
      assert.ok(rebuilt.posts >= 4, JSON.stringify(rebuilt));
      assert.equal(rebuilt.cached, rebuilt.posts, `every post from the cache: ${JSON.stringify(rebuilt)}`);
      await waitFor(`the same findings (now ${findings()}, before ${before})`, () => api().blogs.blogOf(posts[0])?.index !== undefined && findings() === before, 10_000);
    } finally {
      fs.rmSync(config.fsPath, { force: true });
    }
    const settled = api().blogs.buildStats.length;
    await waitFor('the index rebuilt without the config', () => api().blogs.buildStats.slice(settled).some((stats) => stats.root === root) || undefined, 15_000);
  });
});

// `node scripts/bench-blog-host.mjs` opens a generated Jekyll blog of 2,500 posts as the workspace and runs only this.
(process.env.FRONTLINT_BLOG_BENCH ? describe : describe.skip)('blog index benchmark', () => {
  it('indexes the blog in the background after activation, recording the time and the worst timer lag', async function () {
    this.timeout(600_000);
    await activate();
    const lag = watchTimerLag();
    await api().blogs.ready;
    const blog = api().blogs.largest();
    const stats = api().blogs.buildStats[0];
    const maxLagMs = lag.stop();
    // The same again once the host has settled: a config saved in the workspace rebuilds the index.
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const config = vscode.Uri.joinPath(folder, '.frontlint.json');
    await vscode.workspace.fs.writeFile(config, Buffer.from('{}'));
    const again = await waitFor('the rebuilt index', () => api().blogs.buildStats[1], 60_000);
    await vscode.workspace.fs.delete(config);
    recordMetrics({ benchBlogRebuildMs: Math.round(again.ms), benchBlogRebuildThreadsMs: Math.round(again.threadsMs ?? NaN), benchBlogRebuildThreadStartMs: Math.round(again.threadStartMs ?? NaN), benchBlogRebuildThreadCpuMs: again.threadCpuMs ?? NaN, benchBlogRebuildCached: again.cached ?? 0, benchBlogRebuildCacheMs: Math.round(again.cacheMs ?? NaN), benchBlogRebuildStampMs: Math.round(again.stampMs ?? NaN), benchBlogRebuildWalkMs: Math.round(again.walkMs ?? NaN) });
    recordMetrics({ benchBlogIndexMs: Math.round(stats.ms), benchBlogReadMs: Math.round(stats.readMs ?? NaN), benchBlogParseMs: Math.round(stats.parseMs ?? NaN), benchBlogWalkMs: Math.round(stats.walkMs ?? NaN), benchBlogThreadsMs: Math.round(stats.threadsMs ?? NaN), benchBlogThreadStartMs: Math.round(stats.threadStartMs ?? NaN), benchBlogThreads: stats.threads ?? 0, benchBlogThreadCpuMs: stats.threadCpuMs ?? NaN, benchBlogPosts: blog?.index.size ?? 0, benchBlogMaxLagMs: maxLagMs, benchBlogCacheMs: Math.round(stats.cacheMs ?? NaN), benchBlogStampMs: Math.round(stats.stampMs ?? NaN), benchBlogCached: stats.cached ?? 0, activationMs: api().activationMs });
    assert.ok((blog?.index.size ?? 0) > 0);
  });
});
