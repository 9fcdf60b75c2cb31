import type { Rule } from '../rule';

export const frontmatterMissing: Rule = {
  id: 'frontmatter-missing',
  description: 'The post has no front matter.',
  defaultSeverity: 'information',
  tags: ['front-matter'],
  fixable: false,
  check({ post, t }) {
    if (post.frontMatter) return [];
    const end = post.lines.lineEnd(0);
    return [{ span: { start: 0, end }, message: t('This post has no front matter. Run "Frontlint: Insert Front Matter" to add it.') }];
  },
};
