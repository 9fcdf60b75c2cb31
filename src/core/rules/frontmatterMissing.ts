import type { Rule } from '../rule';

/**
 * MDX posts of Next.js blogs (Tailwind's, among others) keep their metadata in a JavaScript export
 * instead: `export const meta = { title: … }`.
 */
const METADATA_EXPORT = /^export\s+const\s+(?:meta|metadata|frontmatter|frontMatter)\s*=/m;
/** Front matter under blank lines: Hugo skips them and reads it; Jekyll and Astro take it for text. */
// (Its first line a `key:`, so that two rules with text between them are not taken for one.)
const UNDER_BLANK_LINES = /^(?:[ \t]*(?:\r\n|\n|\r))+(?=---[ \t]*(?:\r\n|\n|\r)[A-Za-z_][\w.-]*:[\s\S]*?(?:\r\n|\n|\r)---[ \t]*(?:\r\n|\n|\r|$))/;

export const frontmatterMissing: Rule = {
  id: 'frontmatter-missing',
  description: 'The post has no front matter.',
  defaultSeverity: 'information',
  tags: ['front-matter'],
  fixable: true,
  check({ post, t, mdx }) {
    if (post.frontMatter || (mdx && METADATA_EXPORT.test(post.text))) return [];
    const blank = UNDER_BLANK_LINES.exec(post.text);
    if (blank) {
      const span = { start: 0, end: blank[0].length };
      return [{
        span,
        message: t('The front matter starts under blank lines: Hugo reads it, but Jekyll, Astro and Frontlint take it for text. Delete the blank lines above it.'),
        fix: { title: t('Delete the blank lines above the front matter'), edits: [{ span, newText: '' }] },
      }];
    }
    const end = post.lines.lineEnd(0);
    return [{ span: { start: 0, end }, message: t('This post has no front matter. Run "Frontlint: Insert Front Matter" to add it.') }];
  },
};
