import type { Rule } from '../rule';

/**
 * MDX posts of Next.js blogs (Tailwind's, among others) keep their metadata in a JavaScript export
 * instead: `export const meta = { title: … }`.
 */
const METADATA_EXPORT = /^export\s+const\s+(?:meta|metadata|frontmatter|frontMatter)\s*=/m;

export const frontmatterMissing: Rule = {
  id: 'frontmatter-missing',
  description: 'The post has no front matter.',
  defaultSeverity: 'information',
  tags: ['front-matter'],
  fixable: false,
  check({ post, t, mdx }) {
    if (post.frontMatter || (mdx && METADATA_EXPORT.test(post.text))) return [];
    const end = post.lines.lineEnd(0);
    return [{ span: { start: 0, end }, message: t('This post has no front matter. Run "Frontlint: Insert Front Matter" to add it.') }];
  },
};
