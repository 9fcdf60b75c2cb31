import { isScalar } from 'yaml';
import { isIncludeFragment, keyInAnyCase } from '../parse/frontMatter';
import type { Post } from '../post';
import { schemaFindings, type Rule } from '../rule';

/** A level-1 heading line: `# Title`, or a line of text over `===`. */
const ATX_TITLE = /^ {0,3}#[ \t]+\S/;
const SETEXT_TITLE = /^ {0,3}=+[ \t]*$/;

/**
 * Whether the body opens with a level-1 heading. Docusaurus, VitePress, MkDocs and GitHub Pages'
 * Jekyll (jekyll-titles-from-headings) take a page's title from it when front matter has none.
 */
function titledByHeading(post: Post): boolean {
  // (A comment before it, such as a licence header, is not read.)
  const first = post.blocks.find((block) => block.kind !== 'html' || !post.lines.lineText(block.startLine).trimStart().startsWith('<!--'));
  if (first?.kind !== 'heading') return false;
  if (first.endLine > first.startLine) return SETEXT_TITLE.test(post.lines.lineText(first.endLine));
  return ATX_TITLE.test(post.lines.lineText(first.startLine));
}

/**
 * A site's home page (`layout: home`, as `jekyll new` writes its index.md): its title is the site's,
 * which the theme shows.
 */
function isHomePage(post: Post): boolean {
  const layout = post.frontMatter?.fields.get('layout')?.value;
  return isScalar(layout) && layout.value === 'home';
}

export const requiredField: Rule = {
  id: 'required-field',
  description: 'A field the profile requires (by default `title`) is missing or empty.',
  defaultSeverity: 'error',
  tags: ['front-matter'],
  fixable: true,
  check(context) {
    if (context.schema) return schemaFindings(context, 'required-field');
    const { post, profile, t } = context;
    const fm = post.frontMatter;
    if (!fm?.parsed || fm.errors.length > 0 && fm.fields.size === 0 || isIncludeFragment(fm)) return [];
    // On the opening fence; Hexo's front matter may have none, and then on the closing one.
    const opening = fm.openLine >= 0 ? { start: 0, end: post.lines.lineEnd(fm.openLine) } : { start: post.lines.lineStarts[fm.closeLine], end: post.lines.lineEnd(fm.closeLine) };
    return profile.requiredFields.flatMap((name) => {
      // Hugo reads front matter keys in any case (`Title:` is its `title`).
      const field = fm.fields.get(name) ?? (context.generator === 'hugo' ? fm.fields.get(keyInAnyCase(fm.fields, name) ?? name) : undefined);
      if (!field) {
        if (name === 'title' && (titledByHeading(post) || isHomePage(post))) return [];
        // Front matter that does not parse may hold the field where the parser lost it: its syntax finding says what is wrong.
        if (fm.errors.length > 0 && writtenAsKey(post.text.slice(fm.contentSpan.start, fm.contentSpan.end), name)) return [];
        return [{ span: opening, message: t('Required field "{0}" is missing.', name) }];
      }
      const value = field.value;
      const empty = value === null || (isScalar(value) && (value.value === null || String(value.value).trim() === ''));
      return empty ? [{ span: field.keySpan, message: t('Required field "{0}" is empty.', name) }] : [];
    });
  },
};

/** Whether a line of the front matter opens with `name:` (at any indentation, in any case). */
function writtenAsKey(source: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^[ \\t]*["']?${escaped}["']?[ \\t]*[:=]`, 'im').test(source);
}
