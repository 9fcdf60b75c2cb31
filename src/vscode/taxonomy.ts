import * as vscode from 'vscode';
import type { TaxonomyField } from '../site';
import type { Blog, BlogService } from './blog';
import { engine } from './engine';

/** What the taxonomy commands take when called with arguments (tests, keybindings) instead of asking. */
interface RetagArgs {
  from?: string | string[];
  to?: string;
  field?: TaxonomyField;
  /** Show VS Code's refactor preview before applying (the default when the command asks). */
  preview?: boolean;
}

/** Rename Tag, Merge Tags and Show Posts with Tag, over the blog of the active post. */
export function registerTaxonomyCommands(blogs: BlogService): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('frontlint.renameTag', (args?: RetagArgs) => retag(blogs, 'rename', args)),
    vscode.commands.registerCommand('frontlint.mergeTags', (args?: RetagArgs) => retag(blogs, 'merge', args)),
    vscode.commands.registerCommand('frontlint.showPostsWithTag', (args?: { tag?: string; field?: TaxonomyField }) => showPosts(blogs, args)),
  ];
}

/** The blog of the active editor, or the workspace's largest. */
async function currentBlog(blogs: BlogService): Promise<Blog | undefined> {
  await blogs.ready;
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && blogs.blogOf(active)) ?? blogs.largest();
}

async function retag(blogs: BlogService, mode: 'rename' | 'merge', args: RetagArgs = {}): Promise<number> {
  const blog = await currentBlog(blogs);
  if (!blog) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No posts with front matter found in this workspace.'));
    return 0;
  }
  const field = args.field ?? 'tags';
  const taxonomy = blog.index.taxonomy(field);
  const items = taxonomy.map(({ name, count }) => ({ label: name, description: count === 1 ? vscode.l10n.t('1 post') : vscode.l10n.t('{0} posts', count) }));
  let from = args.from === undefined ? undefined : Array.isArray(args.from) ? args.from : [args.from];
  if (!from) {
    if (mode === 'rename') {
      const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Tag to rename') });
      from = picked && [picked.label];
    } else {
      const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Tags to merge into one'), canPickMany: true });
      from = picked && picked.length > 1 ? picked.map((p) => p.label) : undefined;
    }
  }
  if (!from || from.length === 0) return 0;
  const to =
    args.to ??
    (await vscode.window.showInputBox({
      prompt: mode === 'rename' ? vscode.l10n.t('New name for "{0}"', from[0]) : vscode.l10n.t('Merge {0} into', from.join(', ')),
      value: from[0],
      validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('A tag cannot be empty.')),
    }));
  if (!to?.trim()) return 0;
  const preview = args.preview ?? args.to === undefined;
  const { edit, skipped } = await retagEdit(blog, field, new Set(from), to.trim(), preview);
  if (skipped.length > 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Left as they are (their tags are written in a way Frontlint does not edit): {0}', skipped.join(', ')));
  }
  if (edit.size === 0) return 0;
  // As a refactoring (asked interactively) VS Code previews it and then saves the posts; called
  // with arguments it leaves them unsaved, for the caller to look at or undo.
  await vscode.workspace.applyEdit(edit, { isRefactoring: preview });
  return edit.size;
}

/**
 * One WorkspaceEdit over every post that lists one of `from`, so one undo reverts it all. Each
 * post's text is the open document's when it is open (unsaved edits included), else the file's.
 */
async function retagEdit(blog: Blog, field: TaxonomyField, from: ReadonlySet<string>, to: string, needsConfirmation: boolean): Promise<{ edit: vscode.WorkspaceEdit; skipped: string[] }> {
  const { parsePost, retagEdits } = engine();
  const edit = new vscode.WorkspaceEdit();
  /** Posts that list a tag to change but got no edit (a YAML alias, a TOML dotted key). */
  const skipped: string[] = [];
  const metadata: vscode.WorkspaceEditEntryMetadata = { needsConfirmation, label: vscode.l10n.t('Change tag to "{0}"', to) };
  for (const entry of blog.index.posts()) {
    if (!entry[field].some((name) => from.has(name))) continue;
    const uri = blog.folder.with({ path: entry.path });
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const post = parsePost(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { generator: blog.index.site.generator });
    const shift = text.length - post.text.length; // a BOM before the text
    const edits = retagEdits(post, field, from, to);
    if (edits.length === 0 && entry[field].some((name) => from.has(name) && name !== to)) skipped.push(entry.rel);
    for (const e of edits) {
      const range = post.lines.rangeOf(e.span);
      const start = new vscode.Position(range.start.line, range.start.character + (range.start.line === 0 ? shift : 0));
      const end = new vscode.Position(range.end.line, range.end.character + (range.end.line === 0 ? shift : 0));
      edit.replace(uri, new vscode.Range(start, end), e.newText, metadata);
    }
  }
  return { edit, skipped };
}

async function showPosts(blogs: BlogService, args: { tag?: string; field?: TaxonomyField } = {}): Promise<void> {
  const blog = await currentBlog(blogs);
  if (!blog) return;
  const field = args.field ?? 'tags';
  const tag =
    args.tag ??
    (
      await vscode.window.showQuickPick(
        blog.index.taxonomy(field).map(({ name, count }) => ({ label: name, description: count === 1 ? vscode.l10n.t('1 post') : vscode.l10n.t('{0} posts', count) })),
        { placeHolder: vscode.l10n.t('Show the posts with tag') },
      )
    )?.label;
  if (!tag) return;
  const posts = [...blog.index.posts()].filter((p) => p[field].includes(tag)).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const picked = await vscode.window.showQuickPick(
    posts.map((p) => ({ label: p.title ?? p.rel, description: p.date?.slice(0, 10), detail: p.rel, path: p.path })),
    { placeHolder: vscode.l10n.t('Posts with "{0}"', tag), matchOnDetail: true },
  );
  if (picked) await vscode.window.showTextDocument(blog.folder.with({ path: picked.path }));
}
