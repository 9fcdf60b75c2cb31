import * as vscode from 'vscode';
import type { JsonSchema } from '../schema/types';
import type { FieldSource } from '../site';
import type { BlogService } from './blog';
import { toRange } from './convert';
import { engine } from './engine';
import type { Linter } from './linter';
import { readingTimeDetails } from './readingTimeText';
import { schemaService } from './schemas';

/** Characters after which front matter completion is offered without Ctrl+Space. */
export const COMPLETION_TRIGGERS = [':', ' ', '[', ',', '-'];

/** Field descriptions for completion and hover: the post's front matter schema's, over the built-in profile's. */
let profile: FieldSource | undefined;
const bySchema = new WeakMap<JsonSchema, FieldSource>();
function fieldsOf(document: vscode.TextDocument): FieldSource {
  profile ??= engine().profileFields(vscode.l10n.t);
  const schema = schemaService().schemaFor(document);
  if (!schema) return profile;
  let fields = bySchema.get(schema);
  if (!fields) bySchema.set(schema, (fields = engine().schemaFields(schema, profile)));
  return fields;
}

const postCount = (count: number) => (count === 1 ? vscode.l10n.t('1 post') : vscode.l10n.t('{0} posts', count));

/** Completion inside front matter: keys with descriptions, and values from the blog itself. */
export class FrontMatterCompletion implements vscode.CompletionItemProvider {
  constructor(
    private readonly linter: Linter,
    private readonly blogs: BlogService,
  ) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const result = this.linter.resultFor(document);
    if (!result) return undefined;
    const { post } = result;
    const context = engine().cursorContext(post, post.lines.offsetAt(position));
    if (context.kind === 'none') return undefined;
    const range = toRange(post.lines.rangeOf(context.span));
    if (context.kind === 'key') {
      return fieldsOf(document)
        .fields()
        .filter((f) => !context.present.has(f.key))
        .map((f) => {
          const item = new vscode.CompletionItem(f.key, vscode.CompletionItemKind.Property);
          item.documentation = new vscode.MarkdownString(f.description);
          item.insertText = context.syntax === 'toml' ? `${f.key} = ` : `${f.key}: `;
          item.range = range;
          item.command = { command: 'editor.action.triggerSuggest', title: '' }; // values follow
          return item;
        });
    }
    const index = this.blogs.indexOf(document.uri);
    const field = fieldsOf(document).field(context.key);
    const values: Array<{ label: string; description?: string; detail?: string }> = [];
    if (context.key === 'tags' || context.key === 'categories') {
      const listed = new Set(context.listed.filter((v) => v !== context.prefix));
      for (const { name, count } of index?.taxonomy(context.key) ?? []) if (!listed.has(name)) values.push({ label: name, description: postCount(count) });
    } else if (field?.kind === 'boolean') {
      values.push({ label: 'true' }, { label: 'false' });
    } else if (context.key === 'lang') {
      for (const code of engine().LANG_CODES) values.push({ label: code });
    } else if (context.key === 'model') {
      for (const { name, count } of index?.models() ?? []) values.push({ label: name, description: postCount(count) });
    } else if (context.key === 'date' || context.key === 'lastmod' || field?.kind === 'date') {
      const samples = [...(index?.posts() ?? [])].flatMap((p) => (p.date ? [p.date] : []));
      values.push({ label: engine().dateInBlogFormat(new Date(), samples), description: vscode.l10n.t('now') });
    } else if (context.key === 'reading_time') {
      values.push({ label: String(result.readingTime.minutes), description: vscode.l10n.t('computed from the body') });
    }
    for (const value of field?.values ?? []) values.push({ label: value });
    return values.map((value, rank) => {
      const item = new vscode.CompletionItem({ label: value.label, description: value.description }, vscode.CompletionItemKind.Value);
      const bare = context.key === 'reading_time' || value.label === 'true' || value.label === 'false';
      // TOML's strings are always quoted (a date too: Jekyll's style is no TOML date, and Hugo reads the text).
      item.insertText = bare ? value.label : context.syntax === 'toml' ? JSON.stringify(value.label) : engine().yamlScalar(value.label, context.list === 'flow');
      item.range = range;
      item.sortText = String(rank).padStart(5, '0'); // most used first, as ranked
      item.filterText = value.label;
      return item;
    });
  }
}

/** Hover in front matter: a field's description; the reading-time breakdown; a tag's post count. */
export class FrontMatterHover implements vscode.HoverProvider {
  constructor(
    private readonly linter: Linter,
    private readonly blogs: BlogService,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.linter.resultFor(document);
    if (!result) return undefined;
    const target = engine().hoverTarget(result.post, result.post.lines.offsetAt(position));
    if (!target) return undefined;
    const range = toRange(result.post.lines.rangeOf(target.span));
    if (target.kind === 'item') {
      const count = this.blogs.indexOf(document.uri)?.taxonomy(target.key as 'tags' | 'categories').find((t) => t.name === target.value)?.count ?? 0;
      return new vscode.Hover(new vscode.MarkdownString(vscode.l10n.t('**{0}**: used by {1} in this blog', target.value, postCount(count))), range);
    }
    const markdown = new vscode.MarkdownString();
    markdown.appendMarkdown(`**${target.key}**`);
    const description = fieldsOf(document).field(target.key)?.description;
    if (description) markdown.appendMarkdown(`\n\n${description}`);
    if (target.key === 'reading_time') markdown.appendMarkdown(`\n\n${readingTimeDetails(result).map((line) => `- ${line}`).join('\n')}`);
    return new vscode.Hover(markdown, range);
  }
}

/** Internal links in the body open the linked post (resolved through the blog index). */
export class BlogDocumentLinks implements vscode.DocumentLinkProvider {
  constructor(private readonly blogs: BlogService) {}

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const blog = this.blogs.blogOf(document.uri);
    const entry = blog?.index.get(document.uri.path);
    if (!blog || !entry) return [];
    const links: vscode.DocumentLink[] = [];
    for (const link of entry.links) {
      const resolution = engine().resolveLink(blog.index, entry, link);
      if (resolution.status !== 'ok' || !resolution.target) continue;
      const documentLink = new vscode.DocumentLink(toRange(link.targetRange), blog.folder.with({ path: resolution.target.path }));
      documentLink.tooltip = resolution.target.title ?? resolution.target.rel;
      links.push(documentLink);
    }
    return links;
  }
}
