import type { Rule } from '../rule';

export const frontmatterSyntax: Rule = {
  id: 'frontmatter-syntax',
  description: 'The front matter is not valid YAML: a syntax error, an unterminated block or a duplicate key.',
  defaultSeverity: 'error',
  tags: ['front-matter'],
  fixable: false,
  check({ post, t }) {
    return (post.frontMatter?.errors ?? []).map((error) => ({ span: error.span, message: t('Front matter: {0}', t(error.message, ...(error.args ?? []))) }));
  },
};
